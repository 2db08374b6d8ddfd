package io.kiosque.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Fixed-window counters of hits per bucket. Past the limit: 429 with Retry-After (seconds to the next window). Where
 * the counters live is chosen at build time with the database: {@link InMemoryRateLimiter} for the embedded H2
 * deployment, {@link DatabaseRateLimiter} for PostgreSQL (the README's "Deployments" table).
 */
public interface RateLimiter {

    /** Counts one hit in the bucket's current window; throws the 429 problem past {@code limit} hits. */
    default void hit(String bucket, int limit, Duration window) {
        long windowMillis = window.toMillis();
        long now = System.currentTimeMillis();
        Instant windowStart = Instant.ofEpochMilli(now - now % windowMillis);
        if (count(bucket, windowStart, window) > limit) {
            long retryAfter = Math.max(1, (windowStart.toEpochMilli() + windowMillis - now + 999) / 1000);
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "too many comments: at most " + limit + " per "
                    + window.toSeconds() + " s from one client or on one article; retry in " + retryAfter + " s",
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }

    /** Adds one hit to the bucket's window starting at {@code windowStart} and returns the window's hits so far. */
    int count(String bucket, Instant windowStart, Duration window);
}
