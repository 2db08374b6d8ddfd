package io.kiosque.article;

import io.kiosque.article.PublishedArticleCache.Kind;
import io.kiosque.web.ETags;
import io.kiosque.web.RequestMetrics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves a published article's cached JSON, and the first page of its comment threads, on the event loop, before the
 * REST layer: the hot path of a news site. Anything it cannot answer exactly like the REST layer would (a miss, a
 * token, another media type, another page) goes on to the REST layer.
 */
@ApplicationScoped
public class FastArticleRoute {

    /** Before the REST layer's routes, after Quarkus's CORS and header filters. */
    static final int ORDER = 1_000;

    private static final String ARTICLE_ROUTE = "/api/articles/{idOrSlug}";
    private static final String COMMENTS_ROUTE = "/api/articles/{idOrSlug}/comments";

    private final PublishedArticleCache cache;
    private final Counter hits;
    private final Counter misses;

    FastArticleRoute(PublishedArticleCache cache, MeterRegistry registry) {
        this.cache = cache;
        // resolved once: counting on the event loop must not look meters up by name and tags
        this.hits = fastPath(registry, "hit");
        this.misses = fastPath(registry, "miss");
    }

    private static Counter fastPath(MeterRegistry registry, String result) {
        return Counter.builder("kiosque.fast.path")
                .description("Published-article reads answered from memory (hit) or passed on (miss)")
                .tag("result", result)
                .register(registry);
    }

    void register(@Observes Router router) {
        router.get("/api/articles/:idOrSlug")
                .order(ORDER)
                .handler(context -> serve(context, Kind.ARTICLE, ARTICLE_ROUTE, context.pathParam("idOrSlug")));
        router.get("/api/articles/:idOrSlug/comments")
                .order(ORDER)
                .handler(context -> serve(
                        context,
                        Kind.FIRST_COMMENT_PAGE,
                        COMMENTS_ROUTE,
                        PublishedArticleCache.firstPageKey(
                                context.pathParam("idOrSlug"), context.request().query())));
    }

    private void serve(RoutingContext context, Kind kind, String route, String key) {
        if (key == null || !wantsJson(context) || context.request().getHeader(HttpHeaders.AUTHORIZATION) != null) {
            context.next(); // not what the cache holds
            return;
        }
        PublishedArticleCache.Entry entry = cache.enabled() ? cache.get(kind, key, System.currentTimeMillis()) : null;
        if (entry == null) {
            misses.increment();
            context.next();
            return;
        }
        hits.increment();
        context.put(RequestMetrics.ROUTE, route);
        var response = context.response(); // Vary: web.VaryHeader
        putIfPresent(response.headers(), HttpHeaders.ETAG, entry.etag());
        putIfPresent(response.headers(), HttpHeaders.LAST_MODIFIED, entry.lastModified());
        putIfPresent(response.headers(), HttpHeaders.CACHE_CONTROL, entry.cacheControl());
        putIfPresent(response.headers(), "Link", entry.link());
        if (entry.etag() != null
                && ETags.noneMatchFails(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), entry.etag())) {
            response.setStatusCode(304).end();
        } else {
            response.putHeader(HttpHeaders.CONTENT_TYPE, "application/json").end(Buffer.buffer(entry.body()));
        }
    }

    private static void putIfPresent(MultiMap headers, CharSequence name, String value) {
        if (value != null) {
            headers.set(name, value);
        }
    }

    /** No Accept, or one that JSON satisfies first; text/plain and JSON-LD go to the REST layer. */
    private static boolean wantsJson(RoutingContext context) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        return accept == null || accept.equals("*/*") || accept.startsWith("application/json");
    }
}
