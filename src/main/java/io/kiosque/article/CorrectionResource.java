package io.kiosque.article;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.URI;
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

@Path("/api/articles")
@Tag(name = "Articles")
@Produces(APPLICATION_JSON)
public class CorrectionResource {

    private final ArticleService articles;

    CorrectionResource(ArticleService articles) {
        this.articles = articles;
    }

    @POST
    @Path("{id}/corrections")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Add a correction or an update notice to a published article",
            description = "Dated and kept as data: it appears in "
                    + "the article's corrections, in its JSON-LD as a schema.org CorrectionComment, moves updatedAt (dateModified, Atom updated) and "
                    + "is a new version. A correction is never edited: to fix one, add another.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = CorrectionInput.class),
                            examples = @ExampleObject(name = "correction", value = """
                    {"type": "correction", "text": "Une version précédente de cet article attribuait la lettre de vœux au ministre des affaires étrangères."}
                    """)))
    @APIResponse(
            responseCode = "201",
            description = "Added; ETag is the article's new one",
            headers = {
                @Header(name = "Location", description = "The article", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CorrectionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON, a type other than correction or update, or no text")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "409", description = "The article is not published")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "A text with nothing visible")
    public Response add(
            @Parameter(description = "Article id", example = "1") @PathParam("id") long id,
            @Valid @NotNull(message = "a JSON body is required") CorrectionInput input) {
        Correction correction = articles.addCorrection(id, input);
        return Response.created(URI.create("/api/articles/" + id))
                .header(HttpHeaders.ETAG, ArticleRepresentations.etag(correction.article))
                .entity(CorrectionView.of(correction))
                .build();
    }
}
