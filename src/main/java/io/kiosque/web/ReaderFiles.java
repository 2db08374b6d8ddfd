package io.kiosque.web;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Serves the reader page's files (META-INF/resources) instead of the static handler, which marks them
 * {@code immutable} for a day although their names never change: a browser would keep an old reader.js next to a
 * new index.html. Here they are {@code no-cache} with an ETag: a browser revalidates each time and gets a 304
 * without a body while the file is unchanged.
 */
@ApplicationScoped
public class ReaderFiles {

    private static final Map<String, String> TYPES = Map.of(
            "/index.html", "text/html;charset=UTF-8",
            "/reader.js", "text/javascript;charset=UTF-8",
            "/reader.css", "text/css;charset=UTF-8",
            "/favicon.svg", "image/svg+xml");

    private record File(Buffer body, String etag) {}

    private final Map<String, File> loaded = new HashMap<>();

    /** Before the static handler. The files are read once, at start; in dev mode at every request, so that an edit shows. */
    void register(@Observes Router router) {
        TYPES.keySet().forEach(path -> loaded.put(path, load(path)));
        router.route("/")
                .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                .method(HttpMethod.GET)
                .method(HttpMethod.HEAD)
                .handler(c -> serve(c, "/index.html"));
        TYPES.keySet()
                .forEach(path -> router.route(path)
                        .order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT)
                        .method(HttpMethod.GET)
                        .method(HttpMethod.HEAD)
                        .handler(c -> serve(c, path)));
    }

    private void serve(RoutingContext context, String path) {
        File file = LaunchMode.current() == LaunchMode.DEVELOPMENT ? load(path) : loaded.get(path);
        var response = context.response()
                .putHeader(HttpHeaders.CACHE_CONTROL, "no-cache")
                .putHeader(HttpHeaders.ETAG, file.etag());
        if (ETags.noneMatchFails(context.request().getHeader(HttpHeaders.IF_NONE_MATCH), file.etag())) {
            response.setStatusCode(304).end();
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_TYPE, TYPES.get(path));
        if (context.request().method() == HttpMethod.HEAD) {
            response.putHeader(
                            HttpHeaders.CONTENT_LENGTH,
                            Integer.toString(file.body().length()))
                    .end();
        } else {
            response.end(file.body());
        }
    }

    private static File load(String path) {
        try (InputStream in =
                Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/resources" + path)) {
            if (in == null) {
                throw new IllegalStateException("the reader file " + path + " is missing from the build");
            }
            byte[] bytes = in.readAllBytes();
            return new File(
                    Buffer.buffer(bytes), ETags.strong(Digests.sha256(bytes).substring(0, 32)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
