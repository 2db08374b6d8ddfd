package io.kiosque.article;

import io.kiosque.web.ETags;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Serves a published article's cached JSON on the event loop, before the REST layer: the hot path of a news
 * site. Anything it cannot answer exactly like {@link ArticleResource} would (a miss, a token, another media
 * type) goes on to the REST layer.
 */
@ApplicationScoped
public class FastArticleRoute {

    /** Before the REST layer's routes, after Quarkus's CORS and header filters. */
    static final int ORDER = 1_000;

    @Inject
    PublishedArticleCache cache;

    void register(@Observes Router router) {
        router.get("/api/articles/:idOrSlug").order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        PublishedArticleCache.Entry entry = cache.enabled() && wantsJson(context) && context.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                ? cache.get(context.pathParam("idOrSlug")) : null;
        if (entry == null) {
            context.next();
            return;
        }
        var response = context.response()
                .putHeader(HttpHeaders.ETAG, entry.etag())
                .putHeader(HttpHeaders.LAST_MODIFIED, entry.lastModified())
                .putHeader(HttpHeaders.CACHE_CONTROL, entry.cacheControl()); // Vary: web.VaryHeader
        if (ETags.noneMatchFails(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(Buffer.buffer(entry.body()));
        }
    }

    /** No Accept, or one that JSON satisfies first; text/plain and JSON-LD go to the REST layer. */
    private static boolean wantsJson(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.equals("*/*") || accept.startsWith("application/json");
    }
}
