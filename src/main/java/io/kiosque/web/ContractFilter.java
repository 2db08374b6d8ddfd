package io.kiosque.web;

import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Documents the responses every operation shares, so that no operation can forget them: 400 where a parameter
 * can be wrong, 413 where a body is taken, 401 (a token was sent and is not valid, or a protected operation got none) everywhere, 403 where
 * a role is required, 406 (nothing fits Accept), 429 (too many bad tokens from one client) and 503 (the database is
 * unreachable, or too busy to answer in time) everywhere. Every error response, shared or an operation's own, has
 * the problem+json body: an operation's annotation names the status and its meaning, and an example when it has one.
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (!path.startsWith("/api") && !path.startsWith("/sitemap")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                boolean secured = operation.getSecurity() != null
                        && !operation.getSecurity().isEmpty();
                boolean hasParameters = operation.getParameters() != null
                        && !operation.getParameters().isEmpty();
                if (hasParameters) {
                    describe(operation, "400", "A parameter has the wrong type or an invalid value");
                }
                if (operation.getRequestBody() != null) {
                    describe(operation, "413", "The body is larger than this operation takes");
                }
                describe(
                        operation,
                        "401",
                        secured
                                ? "No token, or a token that is unknown, revoked or expired"
                                : "A token was sent and is unknown, revoked or expired (this operation needs none)");
                if (secured) {
                    describe(operation, "403", "The token lacks a role this operation needs");
                }
                describe(operation, "406", "None of the media types in Accept is one this operation produces");
                describe(
                        operation,
                        "429",
                        "Too many failed authentications from this client: any token is refused until Retry-After seconds");
                describe(
                        operation,
                        "503",
                        "The database cannot be reached, or the server is too busy to answer in time; retry after Retry-After seconds");
                operation.getResponses().getAPIResponses().forEach((status, response) -> {
                    if (status.charAt(0) >= '4' && response.getContent() == null) {
                        response.setContent(problemContent());
                    }
                });
                if (!secured) {
                    // anonymous or with a token: an editor's token shows drafts, and Swagger UI sends it once
                    // authorized
                    operation.setSecurity(List.of(
                            OASFactory.createSecurityRequirement(),
                            OASFactory.createSecurityRequirement().addScheme(KiosqueApi.BEARER)));
                }
            });
        });
    }

    /**
     * Adds the response unless the operation describes it itself; the body-less 401 and 403 that the generator adds
     * for {@code @RolesAllowed} are replaced.
     */
    private static void describe(Operation operation, String status, String description) {
        APIResponse existing = operation.getResponses().getAPIResponse(status);
        boolean generated =
                existing != null && existing.getContent() == null && ("401".equals(status) || "403".equals(status));
        if (existing != null && !generated) {
            return;
        }
        APIResponse response =
                OASFactory.createAPIResponse().description(description).content(problemContent());
        if ("401".equals(status)) {
            response.setHeaders(Map.of(
                    "WWW-Authenticate",
                    OASFactory.createHeader()
                            .description("Bearer realm=\"kiosque\"")
                            .schema(OASFactory.createSchema()
                                    .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING))));
        }
        if ("429".equals(status)) {
            response.setHeaders(Map.of(
                    "Retry-After",
                    OASFactory.createHeader()
                            .description("Seconds to wait")
                            .schema(OASFactory.createSchema()
                                    .addType(
                                            org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.INTEGER))));
        }
        operation.getResponses().addAPIResponse(status, response);
    }

    private static Content problemContent() {
        return OASFactory.createContent()
                .addMediaType(
                        Problem.MEDIA_TYPE,
                        OASFactory.createMediaType()
                                .schema(OASFactory.createSchema().ref("Problem")));
    }
}
