package io.kiosque.quote;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.article.ArticleAccess;
import io.kiosque.security.Roles;
import io.kiosque.web.Examples;
import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import io.kiosque.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/quotes")
@Tag(name = "Quotes", description = "Quotations found in articles, and who said them")
@Produces(APPLICATION_JSON)
public class QuoteResource {

    private final QuoteService quotes;
    private final ArticleAccess access;

    @Context
    UriInfo uri;

    QuoteResource(QuoteService quotes, ArticleAccess access) {
        this.quotes = quotes;
        this.access = access;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Search quotes of published articles",
            description = "Both filters ignore accents and case: speaker=poutine finds « Vladimir Poutine ».")
    @APIResponse(
            responseCode = "200",
            description = "A page of quotes",
            headers = @Header(name = "Link", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuotePage.class)))
    public Response search(
            @Parameter(description = "Part of the speaker's name or role", example = "poutine")
                    @QueryParam("speaker")
                    @Size(max = 300)
                    String speaker,
            @Parameter(description = "Part of the quoted text", example = "amitie") @QueryParam("q") @Size(max = 300)
                    String q,
            @Valid @BeanParam PageParams paging) {
        QuotePage result = quotes.search(speaker, q, paging.page, paging.size);
        return Response.ok(result)
                .header("Link", PageLinks.header(uri, paging.page, result.totalPages()))
                .build();
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Get one quote")
    @APIResponse(
            responseCode = "200",
            description = "The quote",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = QuoteView.class),
                            examples = @ExampleObject(name = "seed", value = Examples.QUOTE)))
    @APIResponse(responseCode = "404", description = "No such quote, or one of a draft the caller may not see")
    public QuoteView get(@PathParam("id") long id) {
        return QuoteView.of(visible(id));
    }

    @PATCH
    @Path("{id}")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Correct a quote's speaker or kind",
            description =
                    "JSON merge patch: leave a field out to keep it, send \"speaker\": null to clear it. "
                            + "The correction survives re-extraction as long as the same quote text stays in its block. Bumps the article's version.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = QuotePatch.class),
                            examples = @ExampleObject(name = "speaker", value = "{\"speaker\": \"Vladimir Poutine\"}")))
    @APIResponse(
            responseCode = "200",
            description = "The corrected quote",
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or an invalid value")
    @APIResponse(responseCode = "404", description = "No such quote")
    @APIResponse(responseCode = "415", description = "Not JSON")
    public QuoteView correct(
            @PathParam("id") long id, @Valid @NotNull(message = "a JSON body is required") QuotePatch patch) {
        return QuoteView.of(quotes.correct(id, patch));
    }

    private Quote visible(long id) {
        return quotes.find(id)
                .filter(q -> access.canRead(q.articleId))
                .orElseThrow(
                        () -> new ProblemException(io.kiosque.web.ProblemType.NOT_FOUND, "no quote with id " + id));
    }
}
