package io.kiosque.comment;

import static jakarta.ws.rs.core.MediaType.APPLICATION_JSON;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kiosque.article.ArticleAccess;
import io.kiosque.article.ArticleHead;
import io.kiosque.article.PublishedArticleCache;
import io.kiosque.web.ClientAddress;
import io.kiosque.web.Digests;
import io.kiosque.web.Examples;
import io.kiosque.web.Idempotency;
import io.kiosque.web.PageLinks;
import io.kiosque.web.RateLimiter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.UncheckedIOException;
import java.time.Duration;
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

@Path("/api/articles/{idOrSlug}/comments")
@Tag(name = "Comments", description = "Reader comments: anonymous posting with safe retries, threads, moderation")
@Produces(APPLICATION_JSON)
public class ArticleCommentsResource {

    private final CommentService comments;
    private final ArticleAccess access;
    private final Idempotency idempotency;
    private final CommentBatches batches;
    private final RateLimiter rateLimiter;
    private final ClientAddress client;
    private final CommentsConfig config;
    private final PublishedArticleCache published;
    private final ObjectMapper json;

    @Context
    UriInfo uri;

    ArticleCommentsResource(
            CommentService comments,
            ArticleAccess access,
            Idempotency idempotency,
            CommentBatches batches,
            RateLimiter rateLimiter,
            ClientAddress client,
            CommentsConfig config,
            PublishedArticleCache published,
            ObjectMapper json) {
        this.comments = comments;
        this.access = access;
        this.idempotency = idempotency;
        this.batches = batches;
        this.rateLimiter = rateLimiter;
        this.client = client;
        this.config = config;
        this.published = published;
        this.json = json;
    }

    @GET
    @PermitAll
    @Operation(
            summary = "Read an article's approved comments as threads",
            description =
                    "Cursor-paged over first comments (threads); each carries its approved replies, oldest first, nested up to "
                            + "the maximum depth (3 by default). Pages stay correct while comments arrive. Pass nextCursor as ?cursor=.")
    @APIResponse(
            responseCode = "200",
            description = "A page of threads",
            headers =
                    @Header(
                            name = "Link",
                            description = "rel=next when there is more",
                            schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CommentPage.class)))
    @APIResponse(responseCode = "404", description = "No such article, or a draft")
    public Response list(
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "newest (default) or oldest first")
                    @QueryParam("order")
                    @DefaultValue("newest")
                    @Pattern(regexp = "newest|oldest", message = "must be newest or oldest")
                    String order,
            @Parameter(description = "nextCursor of the previous page") @QueryParam("cursor") String cursor,
            @Parameter(description = "Threads per page, at most 100")
                    @QueryParam("limit")
                    @DefaultValue("20")
                    @Min(value = 1, message = "must be at least 1")
                    @Max(value = 100, message = "must be at most 100")
                    int limit,
            @Parameter(description = "Only threads anchored to this paragraph") @QueryParam("paragraphId")
                    Long paragraphId) {
        long epoch = published.epoch();
        ArticleHead article = access.readableHead(idOrSlug);
        CommentPage page = comments.threads(article.id(), !"oldest".equals(order), cursor, limit, paragraphId);
        String link = page.nextCursor() == null ? null : PageLinks.link(uri, "cursor", page.nextCursor(), "next");
        String firstPage = cursor == null && paragraphId == null && article.isPublished()
                ? PublishedArticleCache.firstPageKey(
                        idOrSlug, uri.getRequestUri().getRawQuery())
                : null;
        if (firstPage == null) {
            return Response.ok(page).header("Link", link).build();
        }
        byte[] body = json(page);
        published.put(
                PublishedArticleCache.Kind.FIRST_COMMENT_PAGE,
                firstPage,
                epoch,
                new PublishedArticleCache.Entry(
                        article.id(), body, null, null, null, link, PublishedArticleCache.Entry.servedUntil(article)));
        return Response.ok(body, APPLICATION_JSON).header("Link", link).build();
    }

    @POST
    @Consumes(APPLICATION_JSON)
    @PermitAll
    @Operation(
            summary = "Post a comment as an anonymous reader",
            description =
                    "Send an Idempotency-Key (a UUID per comment) to make retries safe: the same key with the same body replays "
                            + "the first response, even when the retries arrive at once; with another body it is refused (422). Keys are kept 48 h. "
                            + "A key belongs to the client that sent it (its X-Client-Id, else its address): the replay, editToken included, goes "
                            + "to that client only; another client's same key is another key. "
                            + "On an open article the comment is approved at once unless a rule holds it; on a premoderated one it waits (status pending).")
    @RequestBody(
            content =
                    @Content(
                            mediaType = APPLICATION_JSON,
                            schema = @Schema(implementation = CommentInput.class),
                            examples = @ExampleObject(name = "reader", value = Examples.COMMENT_INPUT)))
    @APIResponse(
            responseCode = "201",
            description = "Created, or the replay of the first response to this Idempotency-Key",
            headers = {
                @Header(name = "Location", schema = @Schema(type = SchemaType.STRING)),
                @Header(
                        name = "Idempotent-Replayed",
                        description = "true on a replay",
                        schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = APPLICATION_JSON, schema = @Schema(implementation = CommentReceipt.class)))
    @APIResponse(responseCode = "400", description = "Malformed JSON, a missing field or a length out of bounds")
    @APIResponse(responseCode = "404", description = "No such article, or a draft")
    @APIResponse(
            responseCode = "409",
            description = "Comments are closed on this article, or a request with this key is still in flight")
    @APIResponse(responseCode = "415", description = "Not JSON")
    @APIResponse(
            responseCode = "422",
            description = "The key was used with another body, or parentId/paragraphId is not of this article")
    @APIResponse(
            responseCode = "429",
            description = "Too many comments from this client or on this article",
            headers = @Header(name = "Retry-After", schema = @Schema(type = SchemaType.INTEGER)))
    public Response post(
            @PathParam("idOrSlug") String idOrSlug,
            @Parameter(description = "A unique key per comment (a UUID): retries with it never create a second comment")
                    @HeaderParam("Idempotency-Key")
                    String key,
            @Parameter(
                            description =
                                    "An id the app makes once per installation (a UUID, 16 to 200 visible ASCII characters) "
                                            + "and keeps secret: retries are recognised by it from any network; without it, by the client's address")
                    @HeaderParam("X-Client-Id")
                    String clientId,
            @Valid @NotNull(message = "a JSON body is required") CommentInput input) {
        // Every database step below is its own short transaction, one after the other: a request never holds
        // two pooled connections at once, so a burst of posts cannot starve the pool. The post itself, with its
        // idempotency record, is written in a batch with the posts of other requests (group commit).
        String clientHash = client.hash();
        String retrying = client.retryIdentity(clientId);
        rateLimiter.hit("comments:client:" + clientHash, config.perClientPerMinute(), Duration.ofMinutes(1));
        // in a transaction of its own, so that its connection is back in the pool before the post waits for its batch:
        // outside a transaction the read would hold it to the end of the request, and waiting posts would starve the
        // writers
        long articleId = QuarkusTransaction.requiringNew()
                .call(() -> access.readableHead(idOrSlug))
                .id();
        // by id, so that a client alternating the article's id and slug does not get two budgets
        rateLimiter.hit("comments:article:" + articleId, config.perArticlePerMinute(), Duration.ofMinutes(1));
        String requestHash = Digests.sha256(idOrSlug + "\n" + input.authorName() + "\n" + input.body() + "\n"
                + input.parentId() + "\n" + input.paragraphId());
        NewComment post = comments.prepare(articleId, input, clientHash);
        return idempotency.execute(
                "POST /api/articles/" + idOrSlug + "/comments",
                retrying,
                key,
                requestHash,
                batches.forPost(post),
                () -> {
                    CommentReceipt receipt = comments.post(post);
                    return new Idempotency.Outcome(201, "/api/comments/" + receipt.id(), receipt, "editToken");
                });
    }

    private byte[] json(CommentPage page) {
        try {
            return json.writeValueAsBytes(page);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
