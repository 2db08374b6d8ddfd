package io.kiosque.article;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.security.Roles;
import io.kiosque.web.Examples;
import io.kiosque.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api")
@Tag(name = "Paragraphs", description = "The blocks of an article one by one: paragraphs, headings and ad slots")
@Produces(APPLICATION_JSON)
public class ParagraphResource {

    private final ArticleService articles;
    private final ArticleAccess access;

    ParagraphResource(ArticleService articles, ArticleAccess access) {
        this.articles = articles;
        this.access = access;
    }

    @GET
    @Path("paragraphs/{id}")
    @PermitAll
    @Operation(summary = "Get one block")
    @APIResponse(
            responseCode = "200",
            description = "The block",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = BlockView.class),
                            examples = @ExampleObject(name = "lead", value = Examples.BLOCK)))
    @APIResponse(responseCode = "404", description = "No such block, or one of a draft the caller may not see")
    public BlockView get(@PathParam("id") long id) {
        return BlockView.of(visibleBlock(id));
    }

    @PATCH
    @Path("paragraphs/{id}")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Change one block's text",
            description = "Bumps the article's version and ETag; quotes in the block are extracted again. "
                    + "If-Match with the article's ETag is optional and honoured.")
    @RequestBody(
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ParagraphPatch.class)))
    @APIResponse(
            responseCode = "200",
            description = "The block after the change",
            headers =
                    @Header(
                            name = "ETag",
                            description = "The article's new ETag",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = BlockView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or invalid text")
    @APIResponse(responseCode = "404", description = "No such block")
    @APIResponse(responseCode = "412", description = "If-Match names an older version of the article")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "The block is an ad slot, or the text has nothing visible")
    public Response patch(
            @PathParam("id") long id,
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ParagraphPatch patch) {
        Block existing = visibleBlock(id);
        Block block = articles.updateBlock(id, ArticleVersions.expected(ifMatch, existing.article.id), patch);
        return Response.ok(BlockView.of(block))
                .header(HttpHeaders.ETAG, ArticleRepresentations.etag(block.article))
                .build();
    }

    private Block visibleBlock(long id) {
        return articles.findBlock(id)
                .filter(b -> access.canRead(b.article))
                .orElseThrow(() -> ProblemException.notFound("paragraph", id));
    }
}
