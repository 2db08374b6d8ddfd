package io.kiosque.web;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks on the request line and headers, before anything is read or routed. Per-endpoint caps on bodies,
 * checked on Content-Length: a reader's comment has no business being megabytes long (above all of them,
 * {@code quarkus.http.limits.max-body-size} caps every body, chunked ones included; the text import also checks
 * its decoded size). A Content-Type that is not a media type is refused here, with a problem, rather than
 * failing deep in content negotiation. The path and query parameters go through the same text checks as bodies
 * ({@link InputText}).
 */
public class RequestGuards {

    static final long COMMENT_BYTES = 64 * 1024;
    static final long TOKEN_BYTES = 8 * 1024;
    static final long ARTICLE_BYTES = 2 * 1024 * 1024;

    private static final Pattern ID = Pattern.compile("[1-9][0-9]{0,17}");
    private static final Pattern NUMBER = Pattern.compile("[+-]?\\p{Nd}+");

    @ServerRequestFilter(preMatching = true)
    public Response check(ContainerRequestContext request) {
        String contentType = request.getHeaderString(HttpHeaders.CONTENT_TYPE);
        if (contentType != null) {
            try {
                MediaType.valueOf(contentType);
            } catch (IllegalArgumentException e) {
                return Problems.response(
                        ProblemType.UNSUPPORTED_MEDIA_TYPE,
                        "Content-Type '" + contentType
                                + "' is not a media type; send application/json (or text/plain; charset=utf-8 for imports)",
                        request.getUriInfo(),
                        Map.of());
            }
        }
        try {
            checkParameters(request.getUriInfo());
        } catch (ProblemException e) {
            return Problems.response(e, request.getUriInfo());
        }
        if (hasAliasedId(request.getUriInfo().getPath())) {
            return Problems.response(
                    ProblemType.NOT_FOUND,
                    "nothing at " + request.getUriInfo().getPath()
                            + "; ids are written in ASCII digits without leading zeros",
                    request.getUriInfo(),
                    Map.of());
        }
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return null;
        }
        long bytes;
        try {
            bytes = Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return Problems.response(
                    ProblemType.MALFORMED_REQUEST,
                    "Content-Length '" + length + "' is not a number",
                    request.getUriInfo(),
                    Map.of());
        }
        long cap = capFor(request.getUriInfo().getPath());
        if (bytes > cap) {
            return Problems.response(
                    ProblemType.PAYLOAD_TOO_LARGE,
                    "the body is " + bytes + " bytes; this operation takes at most " + cap + " bytes",
                    request.getUriInfo(),
                    Map.of());
        }
        return null;
    }

    /** Query parameters are echoed in problems and links, and some are stored: they are text like any other input. */
    private static void checkParameters(UriInfo uri) {
        InputText.checkParameter("path", uri.getPath());
        uri.getQueryParameters().forEach((name, values) -> {
            InputText.checkParameter("query parameter name", name);
            values.forEach(value -> InputText.checkParameter(name, value));
        });
    }

    /** An id as Kiosque writes it: ASCII digits, no sign, no leading zero, within a long. */
    public static boolean isId(String segment) {
        return ID.matcher(segment).matches();
    }

    /**
     * A path segment that reads as a number but is not written as Kiosque writes ids (١, full-width １, 001, +1):
     * Java would convert it to the same id, giving one resource endless addresses (and caches endless keys).
     * Slugs are never all digits, so no slug is lost. A lone 0 is how 0 is written (an article's first version).
     */
    static boolean hasAliasedId(String path) {
        if (!path.startsWith("/api/")) {
            return false;
        }
        for (String segment : path.split("/")) {
            if (NUMBER.matcher(segment).matches() && !isId(segment) && !segment.equals("0")) {
                return true;
            }
        }
        return false;
    }

    static long capFor(String path) {
        if (path.startsWith("/api/comments")
                || (path.startsWith("/api/articles/") && path.endsWith("/comments"))
                || path.startsWith("/api/moderation")) {
            return COMMENT_BYTES;
        }
        if (path.startsWith("/api/tokens")) {
            return TOKEN_BYTES;
        }
        return ARTICLE_BYTES;
    }
}
