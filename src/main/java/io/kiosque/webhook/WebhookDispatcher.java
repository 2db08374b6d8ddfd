package io.kiosque.webhook;

import io.kiosque.change.ChangePump;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Delivers off the request path. After each pass of the change pump (a commit, or every second), each endpoint with
 * work that no instance holds is leased by this instance and served by one of a bounded pool of threads: queue its
 * new changes, then send its due deliveries oldest first, stopping at the first failure (the rest wait behind it,
 * in order, for its retry). The lease (renewed per message, expiring if the instance dies) makes one instance at a
 * time deliver to an endpoint; everything to do is in the database, so a restart, or another instance, picks up.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final WebhookService webhooks;
    private final WebhookSender sender;
    private final int concurrency;

    private final String owner = UUID.randomUUID().toString();

    private final Set<Long> serving = ConcurrentHashMap.newKeySet();
    private volatile ExecutorService workers;

    WebhookDispatcher(
            WebhookService webhooks,
            WebhookSender sender,
            @ConfigProperty(name = "kiosque.webhooks.concurrency", defaultValue = "8") int concurrency) {
        this.webhooks = webhooks;
        this.sender = sender;
        this.concurrency = concurrency;
    }

    void onChangesSequenced(@Observes ChangePump.ChangesSequenced pass) {
        for (Long id : webhooks.endpointsWithWork(Instant.now())) {
            if (serving.size() >= concurrency) {
                return; // the others wait for the next pass
            }
            if (serving.add(id)) {
                if (webhooks.lease(id, owner, lease())) {
                    workers().submit(() -> serve(id));
                } else {
                    serving.remove(id);
                }
            }
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (workers != null) {
            workers.shutdownNow();
        }
    }

    private void serve(long id) {
        try {
            while (webhooks.fanOut(id) > 0) {
                // a backlog: queued in batches
            }
            Optional<WebhookService.Attempt> next;
            while ((next = webhooks.next(id)).isPresent()
                    && !Thread.currentThread().isInterrupted()) {
                WebhookService.Attempt attempt = next.get();
                if (!webhooks.record(attempt, sender.send(attempt)) || !webhooks.lease(id, owner, lease())) {
                    break;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("delivering to webhook %d failed (%s); it is tried again at the next pass", id, e.getMessage());
        } finally {
            try {
                webhooks.release(id, owner);
            } finally {
                serving.remove(id);
            }
        }
    }

    /** Longer than one attempt with the bookkeeping around it (30 s by default); after a crash, deliveries resume within it. */
    private Duration lease() {
        return sender.timeout().multipliedBy(2).plusSeconds(10);
    }

    private ExecutorService workers() {
        if (workers == null) {
            synchronized (this) {
                if (workers == null) {
                    workers = Executors.newFixedThreadPool(concurrency, r -> {
                        Thread thread = new Thread(r, "kiosque-webhook-delivery");
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return workers;
    }
}
