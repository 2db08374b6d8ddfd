package io.kiosque.web;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The Cache-Control of the API's answers: what every reader may see (published articles, lists, search, the feed)
 * may be kept by shared caches for a short while; what depends on who asks (drafts) only by the asker's own client.
 */
@ApplicationScoped
public class CachePolicy {

    /** How long shared caches (a CDN, nginx) may serve a public answer without asking again. */
    private int maxAgeSeconds;

    CachePolicy(@ConfigProperty(name = "kiosque.http.max-age", defaultValue = "30") int maxAgeSeconds) {
        this.maxAgeSeconds = maxAgeSeconds;
    }

    /** Public when the answer is the same for every reader; private otherwise. */
    public String cacheControl(boolean sameForEveryReader) {
        return sameForEveryReader ? "public, max-age=" + maxAgeSeconds : "private, no-cache";
    }

    /** As {@link #cacheControl(boolean)}, kept by shared caches no longer than until {@code until} (an embargo's end; null: none). */
    public String cacheControl(boolean sameForEveryReader, Instant until) {
        if (!sameForEveryReader || until == null) {
            return cacheControl(sameForEveryReader);
        }
        long left = Math.max(0, Duration.between(Instant.now(), until).getSeconds());
        return "public, max-age=" + Math.min(maxAgeSeconds, left);
    }
}
