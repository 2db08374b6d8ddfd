package io.kiosque.web;

import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Rate-limit windows of the embedded H2 deployment, in memory: H2 in file mode admits one process, so this instance
 * sees every hit, and counting costs no transaction.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class InMemoryRateLimiter implements RateLimiter {

    private final AtomicLong hits = new AtomicLong();
    private final Map<String, AtomicInteger> counters = new ConcurrentHashMap<>();

    @Override
    public int hits(String bucket, Instant windowStart) {
        AtomicInteger counter = counters.get(key(bucket, windowStart));
        return counter == null ? 0 : counter.get();
    }

    private static String key(String bucket, Instant windowStart) {
        return bucket + "@" + windowStart.toEpochMilli();
    }

    @Override
    public int count(String bucket, Instant windowStart, Duration window) {
        String key = key(bucket, windowStart);
        if (hits.incrementAndGet() % 10_000 == 0) {
            long previous =
                    windowStart.minus(window).toEpochMilli(); // the sliding estimate still reads the previous window
            counters.keySet().removeIf(k -> Long.parseLong(k.substring(k.lastIndexOf('@') + 1)) < previous);
        }
        return counters.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }
}
