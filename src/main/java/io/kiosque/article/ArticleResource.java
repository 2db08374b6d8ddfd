package io.kiosque.article;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;
import static jakarta.ws.rs.core.MediaType.TEXT_PLAIN;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosque.article.ArticleRepresentations.Variant;
import io.kiosque.security.Roles;
import io.kiosque.web.CachePolicy;
import io.kiosque.web.Examples;
import io.kiosque.web.Instants;
import io.kiosque.web.PageLinks;
import io.kiosque.web.PageParams;
import io.kiosque.web.PlainTextBody;
import io.kiosque.web.Problem;
import io.kiosque.web.ProblemException;
import io.kiosque.web.SparseFields;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.List;
import java.util.Map;
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
@Tag(name = "Articles", description = "News articles and their ordered blocks")
@Produces(APPLICATION_JSON)
public class ArticleResource {

    private final ArticleService articles;
    private final ArticleRepresentations representations;
    private final CachePolicy cachePolicy;
    private final ArticleAccess access;
    private final ObjectMapper json;

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    ArticleResource(
            ArticleService articles,
            ArticleRepresentations representations,
            CachePolicy cachePolicy,
            ArticleAccess access,
            ObjectMapper json) {
        this.articles = articles;
        this.representations = representations;
        this.cachePolicy = cachePolicy;
        this.access = access;
        this.json = json;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "List articles, newest first",
            description =
                    "Page-numbered. The Link header carries first, prev, next and last. Readers see published articles only; "
                            + "editors see drafts too and may filter by status.")
    @APIResponse(
            responseCode = "200",
            description = "A page of articles",
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 links to the first, previous, next and last pages",
                            schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticlePage.class),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE_PAGE)))
    @APIResponse(
            responseCode = "400",
            description = "A paging or filter parameter is invalid",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "size", value = Examples.PROBLEM_PAGE_SIZE)))
    public Response list(
            @Parameter(
                            description = "Only articles with this status; readers may only ask for published",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"draft", "scheduled", "published"}))
                    @QueryParam("status")
                    @Pattern(regexp = ArticleStatus.WIRE_NAMES, message = ArticleStatus.EXPECTED)
                    String status,
            @Parameter(description = "Only articles with this tag (case-insensitive)", example = "international")
                    @QueryParam("tag")
                    @Size(max = 100)
                    String tag,
            @Parameter(description = "Only articles by this author (full name, case-insensitive)")
                    @QueryParam("author")
                    @Size(max = 200)
                    String author,
            @Parameter(
                            description =
                                    "Only articles published at or after this date (2026-01-02) or instant (2026-01-02T08:30:00Z)",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("publishedAfter")
                    String publishedAfter,
            @Parameter(
                            description = "Only articles published before this date or instant",
                            schema = @Schema(type = SchemaType.STRING))
                    @QueryParam("publishedBefore")
                    String publishedBefore,
            @Parameter(description = "newest (default) or oldest first, by publication time")
                    @QueryParam("sort")
                    @DefaultValue("newest")
                    @Pattern(regexp = "newest|oldest", message = "must be newest or oldest")
                    String sort,
            @Parameter(
                            description = "Sparse fieldset: only these fields of each item, comma-separated",
                            example = "id,slug,title")
                    @QueryParam("fields")
                    @Size(max = 500)
                    String fields,
            @Valid @BeanParam PageParams paging,
            @Parameter(
                            description =
                                    "nextCursor of the previous page: keyset paging over published articles, instead of page")
                    @QueryParam("cursor")
                    String cursor) {
        SparseFields selected = fields == null ? null : SparseFields.parse(fields, ArticleSummary.class);
        ArticleService.ArticleFilter filter = new ArticleService.ArticleFilter(
                ArticleStatus.fromWireName(status),
                blankToNull(tag),
                blankToNull(author),
                Instants.parse("publishedAfter", publishedAfter),
                Instants.parse("publishedBefore", publishedBefore),
                "oldest".equals(sort));
        ArticleService.ArticleListing listing;
        if (access.canSeeDrafts()) {
            listing = articles.list(filter, paging.page, paging.size, cursor);
        } else if (status != null
                && !ArticleStatus.PUBLISHED.wireName().equals(status)) { // drafts and scheduled: editors only
            listing = new ArticleService.ArticleListing(List.of(), 0, null);
        } else {
            listing = articles.list(filter.withStatus(ArticleStatus.PUBLISHED), paging.page, paging.size, cursor);
        }
        return pageResponse(listing, paging.page, paging.size, cursor, selected);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(summary = "Create an article from JSON")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleInput.class),
                            examples = @ExampleObject(name = "short", value = Examples.ARTICLE_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created; Location names the new article",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Malformed JSON or a field fails validation",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "validation", value = Examples.PROBLEM_VALIDATION)))
    @APIResponse(responseCode = "415", description = "Neither JSON nor plain text")
    @APIResponse(
            responseCode = "422",
            description =
                    "Well-formed but unusable: an ad with text, a block with no visible text, an unknown block id")
    public Response create(@Valid @NotNull(message = "a JSON body is required") ArticleInput input) {
        return created(articles.create(input));
    }

    @POST
    @Consumes(TEXT_PLAIN)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Import an article from newsroom plain text",
            description =
                    "The first non-empty line is the title; blank lines separate blocks; a block that reads `Publicité` is an ad slot; "
                            + "a short line that does not end like a sentence is a heading; a trailing `Laisser un commentaire` is dropped. "
                            + "UTF-8 only, at most 1 MiB.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = TEXT_PLAIN,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE_TEXT)))
    @APIResponse(
            responseCode = "201",
            description = "Imported; Location names the new article",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Empty text, bytes that are not UTF-8, or a bad parameter",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not UTF-8", value = Examples.PROBLEM_NOT_UTF8)))
    @APIResponse(responseCode = "413", description = "More than 1 MiB")
    @APIResponse(responseCode = "415", description = "A charset other than UTF-8")
    @APIResponse(responseCode = "422", description = "A title with no body")
    public Response importText(
            byte[] body,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            @Parameter(
                            description = "Status of the imported article",
                            schema =
                                    @Schema(
                                            type = SchemaType.STRING,
                                            enumeration = {"draft", "published"}))
                    @QueryParam("status")
                    @DefaultValue("published")
                    @Pattern(regexp = ArticleStatus.WIRE_NAMES, message = ArticleStatus.EXPECTED)
                    String status,
            @Parameter(description = "BCP 47 language tag")
                    @QueryParam("language")
                    @DefaultValue("fr")
                    @Pattern(
                            regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                            message = "must be a BCP 47 language tag such as fr or fr-BE")
                    String language) {
        String text = PlainTextBody.decode(body, contentType, ArticleService.MAX_TEXT_BYTES);
        return created(articles.importText(text, ArticleStatus.fromWireName(status), language));
    }

    @GET
    @Path("{idOrSlug}")
    @PermitAll
    @Operation(
            summary = "Get an article by id or slug",
            description = "Old slugs keep resolving after a title change. "
                    + "Send If-None-Match with the ETag of a previous response to get 304 when nothing changed.")
    @APIResponse(
            responseCode = "200",
            description = "The article",
            headers = {
                @Header(
                        name = "ETag",
                        description = "Changes with every edit",
                        schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Last-Modified", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "Cache-Control", schema = @Schema(type = SchemaType.STRING))
            },
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleView.class),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(
            responseCode = "404",
            description = "No such article, or a draft the caller may not see",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "not found", value = Examples.PROBLEM_NOT_FOUND)))
    @APIResponse(
            responseCode = "410",
            description = "Was public, and unpublished at its unpublishAt (an embargo's end)")
    public Response get(
            @Parameter(
                            description = "Numeric id or slug",
                            example = "russie-coree-du-nord-poutine-salue-une-amitie-invincible")
                    @PathParam("idOrSlug")
                    String idOrSlug,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        if (!Variant.anyAcceptable(headers.getAcceptableMediaTypes())) {
            throw new NotAcceptableException();
        }
        return representations.get(idOrSlug, ifNoneMatch, Variant.JSON);
    }

    @GET
    @Path("{idOrSlug}")
    @Produces(TEXT_PLAIN + ";qs=0.5") // JSON stays the default for Accept: */*
    @PermitAll
    @Operation(
            summary = "Export an article as newsroom plain text",
            description = "The same conventions as the import: importing this text gives back the same blocks.")
    @APIResponse(
            responseCode = "200",
            description = "The article as text",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = TEXT_PLAIN,
                            schema = @Schema(type = SchemaType.STRING),
                            examples = @ExampleObject(name = "seed", value = Examples.ARTICLE_TEXT)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    // with its content, as in get(): the three are one operation, whose merged 404 would otherwise list its keys in
    // another order
    @APIResponse(
            responseCode = "404",
            description = "No such article, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Was public, and unpublished at its unpublishAt (an embargo's end)")
    public Response export(
            @PathParam("idOrSlug") String idOrSlug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.get(idOrSlug, ifNoneMatch, Variant.TEXT);
    }

    @GET
    @Path("{idOrSlug}/paragraphs")
    @PermitAll
    @Tag(name = "Paragraphs")
    @Operation(summary = "List an article's blocks in reading order")
    @APIResponse(
            responseCode = "200",
            description = "The blocks",
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(type = SchemaType.ARRAY, implementation = BlockView.class)))
    @APIResponse(responseCode = "404", description = "No such article, or a draft the caller may not see")
    public List<BlockView> paragraphs(@PathParam("idOrSlug") String idOrSlug) {
        Article article = articles.find(idOrSlug)
                .filter(access::canRead)
                .orElseThrow(() -> ProblemException.notFound("article", idOrSlug));
        return article.blocks.stream().map(BlockView::of).toList();
    }

    @GET
    @Path("{idOrSlug}")
    @Produces(NewsArticleJsonLd.MEDIA_TYPE + ";qs=0.4")
    @PermitAll
    @Operation(
            summary = "Get an article as schema.org NewsArticle JSON-LD",
            description = "For publishers' pages and search engines.")
    @APIResponse(
            responseCode = "200",
            description = "The article as JSON-LD",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content =
                    @Content(
                            mediaType = NewsArticleJsonLd.MEDIA_TYPE,
                            schema = @Schema(implementation = NewsArticleJsonLd.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    // with its content, as in get(): the three are one operation, whose merged 404 would otherwise list its keys in
    // another order
    @APIResponse(
            responseCode = "404",
            description = "No such article, or a draft the caller may not see",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(
            responseCode = "410",
            description = "Was public, and unpublished at its unpublishAt (an embargo's end)")
    public Response jsonLd(
            @PathParam("idOrSlug") String idOrSlug, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return representations.get(idOrSlug, ifNoneMatch, Variant.JSON_LD);
    }

    @PUT
    @Path("{id}")
    @Consumes(APPLICATION_JSON)
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Replace an article",
            description =
                    "Full replace. If-Match with the article's current ETag is required, so that "
                            + "two editors cannot overwrite each other. Name a block's id to keep it (its comments and quote corrections stay attached).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = ArticleInput.class),
                            examples = @ExampleObject(name = "short", value = Examples.ARTICLE_INPUT)))
    @APIResponse(
            responseCode = "200",
            description = "The article after the change",
            headers = @Header(name = "ETag", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = ArticleView.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON or a field fails validation")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(
            responseCode = "412",
            description = "If-Match names an older version",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            schema = @Schema(implementation = Problem.class),
                            examples = @ExampleObject(name = "stale", value = Examples.PROBLEM_STALE)))
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(responseCode = "422", description = "Well-formed but unusable")
    @APIResponse(responseCode = "428", description = "If-Match is missing")
    public Response replace(
            @PathParam("id") long id,
            @Parameter(description = "The ETag of the version being replaced", required = true)
                    @HeaderParam(HttpHeaders.IF_MATCH)
                    String ifMatch,
            @Valid @NotNull(message = "a JSON body is required") ArticleInput input) {
        Article article = articles.replace(id, ArticleVersions.required(ifMatch, id), input);
        return Response.ok(ArticleView.of(article))
                .header(HttpHeaders.ETAG, ArticleRepresentations.etag(article))
                .build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.EDITOR)
    @Operation(
            summary = "Delete an article",
            description = "Its blocks, quotes and comments go with it. If-Match is optional and honoured.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "No such article")
    @APIResponse(responseCode = "412", description = "If-Match names an older version")
    public Response delete(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        articles.delete(id, ArticleVersions.expected(ifMatch, id));
        return Response.noContent().build();
    }

    static Response created(Article article) {
        return Response.created(URI.create("/api/articles/" + article.id))
                .header(HttpHeaders.ETAG, ArticleRepresentations.etag(article))
                .entity(ArticleView.of(article))
                .build();
    }

    private Response pageResponse(
            ArticleService.ArticleListing listing, int page, int size, String cursor, SparseFields fields) {
        int totalPages = PageLinks.pageCount(listing.total(), size);
        List<ArticleSummary> items =
                listing.items().stream().map(ArticleSummary::of).toList();
        Object body = fields == null
                ? new ArticlePage(items, page, size, listing.total(), totalPages, listing.nextCursor())
                : new SparseArticlePage(
                        fields.select(json, items), page, size, listing.total(), totalPages, listing.nextCursor());
        String links = cursor == null
                ? PageLinks.header(uri, page, totalPages)
                : listing.nextCursor() == null ? null : PageLinks.link(uri, "cursor", listing.nextCursor(), "next");
        return Response.ok(body)
                .header("Link", links)
                .header(HttpHeaders.CACHE_CONTROL, cachePolicy.cacheControl(!access.canSeeDrafts()))
                .build();
    }

    /** An ArticlePage whose items carry only the fields the client asked for. */
    record SparseArticlePage(
            List<Map<String, Object>> items, int page, int size, long totalItems, int totalPages, String nextCursor) {}
}
