package io.kiosque.web;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * Sliding-window hit limits per bucket, estimated from two fixed-window counters: the current window's hits plus the
 * previous window's, weighted by how much of the previous window still lies within the last {@code window}. Unlike a
 * fixed window, a client cannot send twice the limit across a window boundary. Past the limit: 429 with Retry-After,
 * the seconds until one more hit fits. Where the counters live is chosen at build time with the database:
 * {@link InMemoryRateLimiter} for the embedded H2 deployment, {@link DatabaseRateLimiter} for PostgreSQL (the README's
 * "Deployments" table).
 */
public interface RateLimiter {

    /** Counts one hit in the bucket; throws the 429 problem when the hits of the last {@code window} pass {@code limit}. */
    default void hit(String bucket, int limit, Duration window) {
        Window current = Window.now(window);
        int inCurrent = count(bucket, current.start(), window);
        int inPrevious = hits(bucket, current.previousStart());
        if (current.estimate(inPrevious, inCurrent) > limit) {
            long retryAfter = current.secondsUntilRoom(inPrevious, inCurrent, limit);
            throw new ProblemException(
                    ProblemType.TOO_MANY_REQUESTS,
                    "too many comments: at most " + limit + " per " + window.toSeconds()
                            + " s from one client or on one article; retry in " + retryAfter + " s",
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }

    /** Counts a hit in the bucket, refusing nothing: for limits that {@link #blockedFor} enforces. */
    default void record(String bucket, Duration window) {
        count(bucket, Window.now(window).start(), window);
    }

    /** Seconds until one more hit fits when the last {@code window} already holds {@code limit} hits; 0 below. Counts nothing. */
    default long blockedFor(String bucket, int limit, Duration window) {
        Window current = Window.now(window);
        int inCurrent = hits(bucket, current.start());
        int inPrevious = hits(bucket, current.previousStart());
        return current.estimate(inPrevious, inCurrent) >= limit
                ? current.secondsUntilRoom(inPrevious, inCurrent, limit)
                : 0;
    }

    /**
     * Adds one hit to the bucket's window starting at {@code windowStart} and returns the window's hits so far.
     * Implementations keep at least the previous window's counter.
     */
    int count(String bucket, Instant windowStart, Duration window);

    /** The window's hits so far, adding none. */
    int hits(String bucket, Instant windowStart);

    /** The fixed window that holds {@code now}. */
    record Window(Instant start, long millis, long now) {

        static Window now(Duration window) {
            long millis = window.toMillis();
            long now = System.currentTimeMillis();
            return new Window(Instant.ofEpochMilli(now - now % millis), millis, now);
        }

        Instant previousStart() {
            return start.minusMillis(millis);
        }

        /** Hits within the last window: the previous window's share still inside it (rounded up), plus the current's. */
        int estimate(int inPrevious, int inCurrent) {
            return previousShare(inPrevious, now - start.toEpochMilli()) + inCurrent;
        }

        private int previousShare(int inPrevious, long elapsed) {
            return (int) Math.ceil(inPrevious * (double) (millis - elapsed) / millis);
        }

        /** Seconds from now until {@code estimate + 1 <= limit}: while the previous window's share fades, or in the next window. */
        long secondsUntilRoom(int inPrevious, int inCurrent, int limit) {
            long at;
            if (inCurrent < limit) {
                at = start.toEpochMilli() + elapsedWhenShareFits(inPrevious, limit - inCurrent - 1);
            } else { // the current window becomes the previous one
                at = start.toEpochMilli() + millis + elapsedWhenShareFits(inCurrent, limit - 1);
            }
            return Math.max(1, (at - now + 999) / 1000);
        }

        /** Milliseconds into a window after which ceil(hits × remaining share) is at most {@code room}. */
        private long elapsedWhenShareFits(int hits, int room) {
            if (hits <= room) {
                return 0;
            }
            return (long) Math.ceil(millis * (1 - (double) room / hits));
        }
    }
}
