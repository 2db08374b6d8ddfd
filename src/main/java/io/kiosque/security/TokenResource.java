package io.kiosque.security;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/tokens")
@Tag(name = "Tokens", description = "API tokens for editors, moderators and admins")
@Produces(APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
public class TokenResource {

    private final TokenService tokens;

    TokenResource(TokenService tokens) {
        this.tokens = tokens;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @Operation(
            summary = "Create a token",
            description = "The answer carries the secret, once; Kiosque keeps only its hash.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = TokenInput.class),
                            examples =
                                    @ExampleObject(
                                            name = "editor",
                                            value = "{\"name\": \"Rédaction web\", \"roles\": [\"editor\"]}")))
    @APIResponse(
            responseCode = "201",
            description = "Created; `token` is the secret",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid field")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public Response create(@Valid @NotNull(message = "a JSON body is required") TokenInput input) {
        TokenService.Issued issued = tokens.issue(input.name().strip(), input.roles(), input.expiresAt());
        return Response.created(URI.create("/api/tokens/" + issued.token().id))
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .entity(TokenView.of(issued.token(), issued.secret()))
                .build();
    }

    @GET
    @Operation(summary = "List tokens", description = "Without their secrets.")
    @APIResponse(
            responseCode = "200",
            description = "Every token, revoked ones included",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public Response list() {
        List<TokenView> all =
                tokens.list().stream().map(t -> TokenView.of(t, null)).toList();
        return Response.ok(all).header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @DELETE
    @Path("{id}")
    @Operation(
            summary = "Revoke a token",
            description = "It stops working at once, on every instance. The last valid admin token cannot be revoked.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such token")
    @APIResponse(responseCode = "409", description = "The last valid admin token: at least one must remain")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }
}
