package io.kiosque.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Per-endpoint caps on request bodies, checked on Content-Length before anything is read: a reader's comment
 * has no business being megabytes long. Above all of them, {@code quarkus.http.limits.max-body-size} caps every
 * body, chunked ones included. The text import also checks its decoded size.
 */
public class BodyLimits {

    static final long COMMENT_BYTES = 64 * 1024;
    static final long TOKEN_BYTES = 8 * 1024;
    static final long ARTICLE_BYTES = 2 * 1024 * 1024;

    @ServerRequestFilter(preMatching = true)
    public Response limit(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Problems.response(ProblemType.MALFORMED_REQUEST, "Content-Length '" + length + "' is not a number", request.getUriInfo(), Map.of());
        }
        long cap = capFor(request.getUriInfo().getPath());
        if (bytes > cap) {
            return Problems.response(ProblemType.PAYLOAD_TOO_LARGE, "the body is " + bytes + " bytes; this operation takes at most " + cap + " bytes",
                    request.getUriInfo(), Map.of());
        }
        return null;
    }

    static long capFor(String path) {
        if (path.startsWith("/api/comments") || (path.startsWith("/api/articles/") && path.endsWith("/comments"))
                || path.startsWith("/api/moderation")) {
            return COMMENT_BYTES;
        }
        if (path.startsWith("/api/tokens")) {
            return TOKEN_BYTES;
        }
        return ARTICLE_BYTES;
    }
}
