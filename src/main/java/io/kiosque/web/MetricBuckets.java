package io.kiosque.web;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.Arrays;

/**
 * Latency histograms for the timers an operator watches (HTTP requests, search, comment batches): fixed buckets
 * from 1 ms to 10 s, so that a dashboard computes any quantile across instances with {@code histogram_quantile}.
 * Thirteen buckets per series rather than Micrometer's seventy: cheaper to record on the hot path and to scrape.
 */
public class MetricBuckets {

    private static final double[] BOUNDS_MS = {1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000};

    @Produces
    @Singleton
    MeterFilter latencyHistograms() {
        double[] bounds = Arrays.stream(BOUNDS_MS).map(ms -> ms * 1e6).toArray(); // timers' base unit: nanoseconds
        return new MeterFilter() {
            @Override
            public DistributionStatisticConfig configure(Meter.Id id, DistributionStatisticConfig config) {
                boolean watched = id.getName().startsWith("http.server.requests")
                        || id.getName().startsWith("kiosque.");
                if (id.getType() != Meter.Type.TIMER || !watched) {
                    return config;
                }
                return DistributionStatisticConfig.builder()
                        .serviceLevelObjectives(bounds)
                        .build()
                        .merge(config);
            }
        };
    }
}
