package io.kiosque.web;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-window counters. With several instances (PostgreSQL) they live in the database, so that every instance
 * behind a load balancer counts the same hits; as the only instance (embedded H2) they live in memory, which
 * sees every hit and costs no transaction. Past the limit: 429 with Retry-After (seconds to the next window).
 */
@ApplicationScoped
public class RateLimiter {

    private static final org.jboss.logging.Logger LOG = org.jboss.logging.Logger.getLogger(RateLimiter.class);

    @Inject
    EntityManager em;

    @Inject
    Deployment deployment;

    private final AtomicLong hits = new AtomicLong();
    private final Map<String, AtomicInteger> localCounters = new ConcurrentHashMap<>();

    public void hit(String bucket, int limit, Duration window) {
        Window current = Window.now(window);
        int count = count(bucket, current);
        LOG.debugf("rate limit %s: %d of %d", bucket, count, limit);
        if (count > limit) {
            long retryAfter = current.secondsLeft();
            throw new ProblemException(ProblemType.TOO_MANY_REQUESTS, "too many comments: at most " + limit + " per "
                    + window.toSeconds() + " s from one client or on one article; retry in " + retryAfter + " s",
                    Map.of("Retry-After", Long.toString(retryAfter)));
        }
    }

    /** Counts a hit in the bucket's current window, refusing nothing: for limits that {@link #blockedFor} enforces. */
    public void record(String bucket, Duration window) {
        count(bucket, Window.now(window));
    }

    /** Seconds until the bucket's window ends when it already holds {@code limit} hits; 0 below the limit. Counts nothing. */
    public long blockedFor(String bucket, int limit, Duration window) {
        Window current = Window.now(window);
        int count;
        if (deployment.isSingleInstance()) {
            AtomicInteger counter = localCounters.get(localKey(bucket, current.start()));
            count = counter == null ? 0 : counter.get();
        } else {
            count = QuarkusTransaction.requiringNew().call(() -> {
                List<?> hits = em.createNativeQuery("select hits from rate_limit where bucket = ?1 and window_start = ?2")
                        .setParameter(1, bucket).setParameter(2, current.start()).getResultList();
                return hits.isEmpty() ? 0 : ((Number) hits.get(0)).intValue();
            });
        }
        return count >= limit ? current.secondsLeft() : 0;
    }

    /** The fixed window that holds this instant. */
    private record Window(Instant start, long millis, long now) {

        static Window now(Duration window) {
            long millis = window.toMillis();
            long now = System.currentTimeMillis();
            return new Window(Instant.ofEpochMilli(now - now % millis), millis, now);
        }

        long secondsLeft() {
            return Math.max(1, (start.toEpochMilli() + millis - now + 999) / 1000);
        }
    }

    private int count(String bucket, Window window) {
        return deployment.isSingleInstance() ? countLocally(bucket, window.start()) : countInDatabase(bucket, window);
    }

    private static String localKey(String bucket, Instant windowStart) {
        return bucket + "@" + windowStart.toEpochMilli();
    }

    private int countLocally(String bucket, Instant windowStart) {
        String key = localKey(bucket, windowStart);
        if (hits.incrementAndGet() % 10_000 == 0) {
            localCounters.keySet().removeIf(k -> Long.parseLong(k.substring(k.lastIndexOf('@') + 1)) < windowStart.toEpochMilli());
        }
        return localCounters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    private int countInDatabase(String bucket, Window window) {
        int count;
        try {
            count = QuarkusTransaction.requiringNew().call(() -> increment(bucket, window.start()));
        } catch (RuntimeException raced) {
            // another request (on any instance) created this window's row first: count on it
            LOG.debugf("rate limit %s: counting again after %s", bucket, raced.toString());
            count = QuarkusTransaction.requiringNew().call(() -> increment(bucket, window.start()));
        }
        if (hits.incrementAndGet() % 1000 == 0) {
            QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from rate_limit where window_start < ?1")
                    .setParameter(1, Instant.ofEpochMilli(window.now() - 2 * window.millis())).executeUpdate());
        }
        return count;
    }

    private int increment(String bucket, Instant windowStart) {
        int updated = em.createNativeQuery("update rate_limit set hits = hits + 1 where bucket = ?1 and window_start = ?2")
                .setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
        if (updated == 0) {
            em.createNativeQuery("insert into rate_limit (bucket, window_start, hits) values (?1, ?2, 1)")
                    .setParameter(1, bucket).setParameter(2, windowStart).executeUpdate();
            return 1;
        }
        return ((Number) em.createNativeQuery("select hits from rate_limit where bucket = ?1 and window_start = ?2")
                .setParameter(1, bucket).setParameter(2, windowStart).getSingleResult()).intValue();
    }
}
