package io.kiosque.change;

import io.kiosque.article.ChangesHeard;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * One thread per instance that numbers committed outbox rows and then tells the consumers ({@link ChangesSequenced}).
 * Woken after each local commit that wrote a row, and on PostgreSQL by the change listener when another instance
 * committed one; it also looks every second on its own, which is how rows committed before a crash, or while a
 * notification was lost, are caught up: the outbox alone says what is left to do. Retention runs here too.
 */
@ApplicationScoped
public class ChangePump {

    private static final Logger LOG = Logger.getLogger(ChangePump.class);
    private static final long IDLE_MILLIS = 1000;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final ChangeLog log;
    private final Event<ChangesSequenced> sequenced;
    private final Duration retention;

    private final Semaphore wakeUps = new Semaphore(0);
    private volatile boolean running = true;
    private Thread thread;
    private Instant nextPurge = Instant.now();
    private boolean failing;

    ChangePump(
            ChangeLog log,
            Event<ChangesSequenced> sequenced,
            @ConfigProperty(name = "kiosque.changes.retention", defaultValue = "30D") Duration retention) {
        this.log = log;
        this.sequenced = sequenced;
        this.retention = retention;
    }

    /** Something committed outbox rows: number them now rather than at the next look. */
    public void wake() {
        wakeUps.release();
    }

    void onChangesHeard(@Observes ChangesHeard heard) {
        wake();
    }

    void start(@Observes StartupEvent started) {
        thread = new Thread(this::run, "kiosque-change-pump");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        thread.interrupt();
    }

    private void run() {
        while (running) {
            try {
                wakeUps.tryAcquire(IDLE_MILLIS, TimeUnit.MILLISECONDS);
                wakeUps.drainPermits();
                pumpOnce();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void pumpOnce() {
        try {
            log.sequenceAll();
            sequenced.fire(new ChangesSequenced());
            if (Instant.now().isAfter(nextPurge)) {
                int removed = log.purge(Instant.now().minus(retention));
                nextPurge = Instant.now().plus(PURGE_EVERY);
                LOG.debugf("retention removed %d change events", removed);
            }
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) { // once per outage
                LOG.warnf(
                        "changes cannot be numbered or delivered for now (%s); retrying every second", e.getMessage());
            }
            failing = true;
        }
    }

    /** Fired on the pump's thread after each pass: the consumers look for what they have not handled yet. */
    public record ChangesSequenced() {}
}
