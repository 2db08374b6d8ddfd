package io.kiosque.article;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import io.kiosque.web.Examples;
import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import io.kiosque.web.Problem;
import io.kiosque.web.ProblemException;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * An article's revisions, for editors. Anyone else gets 404 on every path here, as for an article that does not exist,
 * so that neither old wording nor the existence of an article leaks.
 */
@Path("/api/articles")
@Tag(
        name = "Revisions",
        description = "Every version of an article: who changed what, diffs and restores (editors only)")
@Produces(APPLICATION_JSON)
@PermitAll
public class RevisionResource {

    private final Revisions revisions;
    private final ArticleService articles;
    private final ArticleAccess access;

    @Context
    UriInfo uri;

    RevisionResource(Revisions revisions, ArticleService articles, ArticleAccess access) {
        this.revisions = revisions;
        this.articles = articles;
        this.access = access;
    }

    @GET
    @Path("{id}/revisions")
    @Operation(
            summary = "List an article's revisions, newest first",
            description = "Without the bodies; page-numbered, with a Link header. "
                    + "Kept after a deletion until the retention ends.")
    @APIResponse(
            responseCode = "200",
            description = "A page of revisions",
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 links to the first, previous, next and last pages",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = RevisionPage.class),
                            examples = @ExampleObject(name = "seed", value = Examples.REVISION_PAGE)))
    @APIResponse(responseCode = "404", description = "No such article, or the caller is not an editor")
    public Response list(
            @Parameter(description = "Article id", example = "1") @PathParam("id") long id,
            @Valid @BeanParam PageParams paging) {
        access.requireEditor(id);
        Revisions.RevisionListing listing = revisions.list(id, paging.page, paging.size);
        if (listing.total() == 0 && articles.head(Long.toString(id)).isEmpty()) {
            throw ProblemException.notFound("article", id);
        }
        int totalPages = PageLinks.pageCount(listing.total(), paging.size);
        return Response.ok(new RevisionPage(listing.items(), paging.page, paging.size, listing.total(), totalPages))
                .header("Link", PageLinks.header(uri, paging.page, totalPages))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @GET
    @Path("{id}/revisions/{version}")
    @Operation(
            summary = "Get an article as it was at a version",
            description =
                    "The same shape as the article itself; commentCount is 0, " + "comments are not part of revisions.")
    @APIResponse(
            responseCode = "200",
            description = "The article at that version",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE)))
    @APIResponse(responseCode = "404", description = "No such article or version, or the caller is not an editor")
    public Response get(
            @Parameter(description = "Article id", example = "1") @PathParam("id") long id,
            @Parameter(description = "A version of the article", example = "0") @PathParam("version") long version) {
        access.requireEditor(id);
        return Response.ok(ArticleView.of(id, version, revisions.snapshot(revisions.existing(id, version))))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @POST
    @Path("{id}/revisions/{version}/restore")
    @Operation(
            summary = "Restore an article's content to a version",
            description =
                    "Title, language, blocks, tags, authors and comment mode become "
                            + "that version's, as a new version (itself a revision); status and publication times stay as they are. Blocks still in the article "
                            + "keep their ids, comments and quote corrections; quotes are found again. If-Match with the article's current ETag is required.")
    @APIResponse(
            responseCode = "200",
            description = "The article after the restore",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "404", description = "No such article or version, or the caller is not an editor")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an older version",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response restore(
            @Parameter(description = "Article id", example = "1") @PathParam("id") long id,
            @Parameter(description = "The version to restore", example = "0") @PathParam("version") long version,
            @Parameter(description = "The ETag of the article's current version", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch) {
        access.requireEditor(id);
        Article article = articles.restore(id, ArticleVersions.required(ifMatch, id), version);
        return Response.ok(ArticleView.of(article))
                .header(HttpHeaders.ETAG, ArticleRepresentations.etag(article))
                .build();
    }

    @GET
    @Path("{id}/diff")
    @Operation(
            summary = "What changed between two versions of an article",
            description = "Editors only (404 to anyone else). Blocks are matched "
                    + "by id: added, removed, moved, changed or unchanged; a changed text comes with its word edits as ranges in UTF-16 units of the old "
                    + "and new text. from may be greater than to: the reverse diff.")
    @APIResponse(
            responseCode = "200",
            description = "The diff",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleDiff.class),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE_DIFF)))
    @APIResponse(responseCode = "404", description = "No such article or version, or the caller is not an editor")
    public Response diff(
            @Parameter(description = "Article id", example = "1") @PathParam("id") long id,
            @Parameter(description = "The old version", required = true, example = "0") @QueryParam("from") Long from,
            @Parameter(description = "The new version", required = true, example = "2") @QueryParam("to") Long to) {
        access.requireEditor(id);
        if (from == null || to == null) {
            throw ProblemException.invalidField(from == null ? "from" : "to", "is required: a version of the article");
        }
        return Response.ok(revisions.diff(id, from, to))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache")
                .build();
    }

    @POST
    @Path("{id}/restore")
    @Operation(
            summary = "Restore a deleted article",
            description = "Admins only (404 to anyone else), within kiosque.revisions.deleted-retention "
                    + "(30 days) of the deletion: the article comes back from its last revision with its id, block ids, status and publication time, "
                    + "as a new version; its comments went with the deletion.")
    @APIResponse(
            responseCode = "201",
            description = "Restored",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "404",
            description = "No article deleted under this id within the retention, or the caller is not an admin")
    public Response undelete(
            @Parameter(description = "Id of the deleted article", example = "1") @PathParam("id") long id) {
        access.requireAdmin(id);
        return ArticleResource.created(articles.undelete(id));
    }
}
