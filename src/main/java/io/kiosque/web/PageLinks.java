package io.kiosque.web;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** RFC 8288 Link headers for page-numbered lists: first, prev, next, last, keeping the request's other parameters. */
public final class PageLinks {

    private PageLinks() {}

    /** How many pages of this size hold this many items. */
    public static int pageCount(long total, int size) {
        return (int) ((total + size - 1) / size);
    }

    public static String header(UriInfo uri, int page, int totalPages) {
        List<String> links = new ArrayList<>(4);
        int last = Math.max(1, totalPages);
        links.add(link(uri, 1, "first"));
        if (page > 1) {
            links.add(link(uri, Math.min(page - 1, last), "prev"));
        }
        if (page < last) {
            links.add(link(uri, page + 1, "next"));
        }
        links.add(link(uri, last, "last"));
        return String.join(", ", links);
    }

    /** A link to the same request with one query parameter replaced. */
    public static String link(UriInfo uri, String param, Object value, String rel) {
        URI target = uri.getRequestUriBuilder().replaceQueryParam(param, value).build();
        return "<" + target.getRawPath() + "?" + target.getRawQuery() + ">; rel=\"" + rel + "\"";
    }

    private static String link(UriInfo uri, int page, String rel) {
        return link(uri, "page", page, rel);
    }
}
