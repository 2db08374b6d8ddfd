package io.kiosque.article;

import io.kiosque.web.ETags;
import io.kiosque.web.RequestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
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

    private Counter hits;
    private Counter misses;

    /** Resolved once: counting on the event loop must not look meters up by name and tags. */
    @Inject
    void metrics(MeterRegistry registry) {
        hits = fastPath(registry, "hit");
        misses = fastPath(registry, "miss");
    }

    private static Counter fastPath(MeterRegistry registry, String result) {
        return Counter.builder("kiosque.fast.path").description("Published-article reads answered from memory (hit) or passed on (miss)")
                .tag("result", result).register(registry);
    }

    void register(@Observes Router router) {
        router.get("/api/articles/:idOrSlug").order(ORDER).handler(this::serve);
    }

    private void serve(RoutingContext context) {
        if (!wantsJson(context) || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.next(); // not what the cache holds
            return;
        }
        PublishedArticleCache.Entry entry = cache.enabled() ? cache.get(context.pathParam("idOrSlug")) : null;
        if (entry == null) {
            misses.increment();
            context.next();
            return;
        }
        hits.increment();
        context.put(RequestMetrics.ROUTE, "/api/articles/{idOrSlug}");
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
