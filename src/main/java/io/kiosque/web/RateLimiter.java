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
        Window current = Window.now(window);
        if (count(bucket, current.start(), window) > limit) {
            long retryAfter = current.secondsLeft();
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "too many comments: at most " + limit + " per "
                    + window.toSeconds() + " s from one client or on one article; retry in " + retryAfter + " s",
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }

    /** Counts a hit in the bucket's current window, refusing nothing: for limits that {@link #blockedFor} enforces. */
    default void record(String bucket, Duration window) {
        count(bucket, Window.now(window).start(), window);
    }

    /** Seconds until the bucket's window ends when it already holds {@code limit} hits; 0 below the limit. Counts nothing. */
    default long blockedFor(String bucket, int limit, Duration window) {
        Window current = Window.now(window);
        return hits(bucket, current.start()) >= limit ? current.secondsLeft() : 0;
    }

    /** Adds one hit to the bucket's window starting at {@code windowStart} and returns the window's hits so far. */
    int count(String bucket, Instant windowStart, Duration window);

    /** The window's hits so far, adding none. */
    int hits(String bucket, Instant windowStart);

    /** The fixed window that holds this instant. */
    record Window(Instant start, long millis, long now) {

        static Window now(Duration window) {
            long millis = window.toMillis();
            long now = System.currentTimeMillis();
            return new Window(Instant.ofEpochMilli(now - now % millis), millis, now);
        }

        long secondsLeft() {
            return Math.max(1, (start.toEpochMilli() + millis - now + 999) / 1000);
        }
    }
}
