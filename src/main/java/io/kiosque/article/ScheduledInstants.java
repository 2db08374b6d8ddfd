package io.kiosque.article;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Does the once-only work of publication and unpublication instants (search index, every instance's cache) shortly
 * after they pass: readers already compare times, so this only has to be prompt, not exact. Every instance polls; the
 * database decides which one does each instant ({@link ArticleService#reachInstant}). The first poll runs at start, which
 * catches up with instants that passed while no instance ran.
 */
@ApplicationScoped
public class ScheduledInstants {

    private static final Logger LOG = Logger.getLogger(ScheduledInstants.class);
    private static final int BATCH = 100;

    private final ArticleService articles;
    private final Duration pollInterval;

    private final Counter reached;
    private ScheduledExecutorService poller;

    ScheduledInstants(
            ArticleService articles,
            @ConfigProperty(name = "kiosque.schedule.poll-interval", defaultValue = "200ms") Duration pollInterval,
            MeterRegistry registry) {
        this.articles = articles;
        this.pollInterval = pollInterval;
        this.reached = Counter.builder("kiosque.schedule.instants")
                .description("Publication and unpublication instants this instance did the work of")
                .register(registry);
    }

    void start(@Observes StartupEvent started) {
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "kiosque-scheduled-instants");
            thread.setDaemon(true);
            return thread;
        });
        poller.scheduleWithFixedDelay(this::poll, 0, pollInterval.toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent stopping) {
        poller.shutdownNow();
    }

    /** How many instants this instance did the work of, since it started. */
    public long reached() {
        return (long) reached.count();
    }

    private void poll() {
        try {
            for (long articleId : articles.dueArticles(BATCH)) {
                if (articles.reachInstant(articleId)) {
                    reached.increment();
                }
            }
        } catch (RuntimeException e) { // the next poll tries again; the due rows stay until done
            LOG.warnf("scheduled publications: %s", e.getMessage());
        }
    }
}
