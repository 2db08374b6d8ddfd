package io.kiosque.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Tells shared caches (a CDN, nginx) which request headers an answer depends on, on every answer, however it
 * was produced (REST layer, the fast article route, static files, 304s). Origin: the CORS headers name the
 * requesting front-end, so a cache must not hand one front-end's answer to another. Under /api also Accept
 * (JSON, text, JSON-LD, Atom, or 406) and Authorization (a token shows drafts, a bad one gets 401).
 */
@ApplicationScoped
public class VaryHeader {

    static final String API = "Accept, Authorization, Origin";
    static final String OTHER = "Origin";

    /** Runs before every route; the header is settled when the answer's headers are written. */
    void register(@Observes Filters filters) {
        filters.register(this::vary, 1_000);
    }

    private void vary(RoutingContext context) {
        String vary = context.normalizedPath().startsWith("/api/") ? API : OTHER;
        context.addHeadersEndHandler(ignored -> merge(context.response().headers(), vary));
        context.next();
    }

    /** Adds the names to whatever Vary the answer already carries, once each. */
    static void merge(MultiMap headers, String names) {
        Set<String> seen = new LinkedHashSet<>();
        StringBuilder merged = new StringBuilder();
        for (String value : headers.getAll(HttpHeaders.VARY)) {
            append(merged, seen, value);
        }
        append(merged, seen, names);
        headers.set(HttpHeaders.VARY, merged.toString());
    }

    private static void append(StringBuilder merged, Set<String> seen, String value) {
        for (String name : value.split(",")) {
            String trimmed = name.trim();
            if (!trimmed.isEmpty() && seen.add(trimmed.toLowerCase(Locale.ROOT))) {
                merged.append(merged.length() == 0 ? "" : ", ").append(trimmed);
            }
        }
    }
}
