package io.kiosque.web;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Rate-limit windows of the PostgreSQL deployment, in the rate_limit table: every instance behind a load balancer
 * counts the same hits. Each hit is its own short transaction, committed without waiting for the WAL flush: every
 * post to an article counts on the same row, and with a durable commit each held that row for a disk flush, which
 * capped posts per article at flushes per second. A crash of PostgreSQL forgets at most the last fraction of a second
 * of hits (wal_writer_delay) of a one-minute window; while it runs, the counts are exact.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class DatabaseRateLimiter implements RateLimiter {

    private static final Logger LOG = Logger.getLogger(DatabaseRateLimiter.class);

    private final EntityManager em;
    private final AtomicLong hits = new AtomicLong();

    DatabaseRateLimiter(EntityManager em) {
        this.em = em;
    }

    @Override
    public int count(String bucket, Instant windowStart, Duration window) {
        int count;
        try {
            count = QuarkusTransaction.requiringNew().call(() -> increment(bucket, windowStart));
        } catch (RuntimeException raced) {
            // another request (on any instance) created this window's row first: count on it
            LOG.debugf("rate limit %s: counting again after %s", bucket, raced.toString());
            count = QuarkusTransaction.requiringNew().call(() -> increment(bucket, windowStart));
        }
        if (hits.incrementAndGet() % 1000 == 0) { // now and then, drop the windows before the previous one
            QuarkusTransaction.requiringNew()
                    .run(() -> em.createNativeQuery("delete from rate_limit where window_start < ?1")
                            .setParameter(1, windowStart.minus(window))
                            .executeUpdate());
        }
        return count;
    }

    @Override
    public int hits(String bucket, Instant windowStart) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var hits = em.createNativeQuery("select hits from rate_limit where bucket = ?1 and window_start = ?2")
                    .setParameter(1, bucket)
                    .setParameter(2, windowStart)
                    .getResultList();
            return hits.isEmpty() ? 0 : ((Number) hits.get(0)).intValue();
        });
    }

    private int increment(String bucket, Instant windowStart) {
        em.createNativeQuery("set local synchronous_commit = off").executeUpdate();
        var counted = em.createNativeQuery(
                        "update rate_limit set hits = hits + 1 where bucket = ?1 and window_start = ?2 returning hits")
                .setParameter(1, bucket)
                .setParameter(2, windowStart)
                .getResultList();
        if (counted.isEmpty()) {
            em.createNativeQuery("insert into rate_limit (bucket, window_start, hits) values (?1, ?2, 1)")
                    .setParameter(1, bucket)
                    .setParameter(2, windowStart)
                    .executeUpdate();
            return 1;
        }
        return ((Number) counted.get(0)).intValue();
    }
}
