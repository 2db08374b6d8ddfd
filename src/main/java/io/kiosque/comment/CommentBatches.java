package io.kiosque.comment;

import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import io.kiosque.web.TransactionRunner;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Group commit of comment posts: a writer thread takes every post waiting in the queue (up to {@link #MAX_BATCH}),
 * writes them in one transaction, and answers each request after that transaction committed. The batch writes its
 * posts' comments together ({@link CommentService#startBatch}: one query for their articles, one for their duplicates,
 * one JDBC batch of inserts), then runs each post's own work (its idempotency record, {@link CommentService#post}
 * answering its receipt), so rules and records stay exact; it adds to the comment counts at its end. Posts arriving
 * during a batch wait for the next one, so a lone post waits for nobody. {@link #WRITERS} writers take turns: one
 * writes its comments while another commits (and each gets its share of a loaded machine's CPU). A post the batch
 * refuses (its article closed or gone, a parent not of the article) is answered so, and the others go on. When one
 * post's work fails (a key another request holds, a database error), nothing of the batch was committed: every post of
 * the batch runs again alone, in its own request and transaction, and gets the answer it would have had without
 * batching. When the commit itself fails, whether it happened is unknown: every post of the batch gets 503, and a
 * retry with its Idempotency-Key finds the comment if it was stored.
 */
@ApplicationScoped
public class CommentBatches implements TransactionRunner {

    static final int MAX_BATCH = 64;
    static final int WRITERS = 3;
    private static final Logger LOG = Logger.getLogger(CommentBatches.class);

    /** A post's answer when its batch rolled back before committing: it runs again in a transaction of its own. */
    private static final Object RUN_ALONE = new Object();

    /** A request's work waiting for its batch; {@code post} is the comment it posts, null for other work. */
    private record Waiting(NewComment post, Callable<?> work, CompletableFuture<Object> answer, long queuedAt) {}

    private final EntityManager em;
    private final CommentService comments;
    private final MeterRegistry registry;

    private final BlockingQueue<Waiting> queue = new LinkedBlockingQueue<>();
    private volatile boolean running;
    private final List<Thread> writers = new ArrayList<>();
    private DistributionSummary sizes;
    private Timer queueWait;
    private Timer work;
    private Timer commit;
    private Counter reruns;

    CommentBatches(EntityManager em, CommentService comments, MeterRegistry registry) {
        this.em = em;
        this.comments = comments;
        this.registry = registry;
    }

    void start(@Observes StartupEvent started) {
        sizes = DistributionSummary.builder("kiosque.comment.batch.size")
                .description("Comment posts written in one transaction")
                .serviceLevelObjectives(1, 2, 4, 8, 16, 32, 64)
                .register(registry);
        queueWait = Timer.builder("kiosque.comment.batch.queue.wait")
                .description("Time a comment post waits for its batch to start")
                .register(registry);
        work = Timer.builder("kiosque.comment.batch.work")
                .description("Time a batch's statements take, before its commit")
                .register(registry);
        commit = Timer.builder("kiosque.comment.batch.commit")
                .description("Time a batch's commit takes")
                .register(registry);
        registry.gauge("kiosque.comment.batch.queued", this, CommentBatches::queued);
        reruns = Counter.builder("kiosque.comment.batch.reruns")
                .description("Batches rolled back by one post's failure, whose posts then ran alone")
                .register(registry);
        running = true;
        for (int i = 0; i < WRITERS; i++) {
            Thread writer = new Thread(this::write, "comment-batches-" + i);
            writer.setDaemon(true);
            writer.start();
            writers.add(writer);
        }
    }

    /** Lets the batches being written finish; posts still queued then run alone (or fail as the stopping database makes them). */
    void stop(@Observes ShutdownEvent stopping) throws InterruptedException {
        running = false;
        for (Thread writer : writers) {
            writer.join(TimeUnit.SECONDS.toMillis(30));
        }
        for (Waiting left; (left = queue.poll()) != null; ) {
            left.answer().complete(RUN_ALONE);
        }
    }

    /** Posts waiting for the next batch. */
    int queued() {
        return queue.size();
    }

    /** Where the work of a request that posts this comment runs: the batch writes the comment with the others. */
    TransactionRunner forPost(NewComment post) {
        return new TransactionRunner() {
            @Override
            public <T> T call(Callable<T> work) {
                return queue(post, work);
            }
        };
    }

    @Override
    public <T> T call(Callable<T> work) {
        return queue(null, work);
    }

    @SuppressWarnings("unchecked")
    private <T> T queue(NewComment post, Callable<T> work) {
        if (!running) {
            return OWN.call(work);
        }
        Waiting waiting = new Waiting(post, work, new CompletableFuture<>(), System.nanoTime());
        queue.add(waiting);
        if (!running && queue.remove(waiting)) {
            return OWN.call(work); // stopped meanwhile, and the writer will not take it
        }
        Object answer;
        try {
            answer = waiting.answer().get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) e.getCause();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(
                    ProblemType.UNAVAILABLE,
                    "interrupted while the comment was being written; retry with the same "
                            + "Idempotency-Key to learn whether it was stored",
                    Map.of("Retry-After", "1"));
        }
        return answer == RUN_ALONE ? OWN.call(work) : (T) answer;
    }

    private void write() {
        List<Waiting> batch = new ArrayList<>(MAX_BATCH);
        while (running || !queue.isEmpty()) {
            try {
                Waiting first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    continue;
                }
                batch.add(first);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            queue.drainTo(batch, MAX_BATCH - 1);
            try {
                writeBatch(batch);
            } catch (RuntimeException | Error e) {
                LOG.error("comment batch failed outside its transaction", e);
                batch.forEach(waiting -> waiting.answer().completeExceptionally(e));
            }
            batch.clear();
        }
    }

    private void writeBatch(List<Waiting> batch) {
        long start = System.nanoTime();
        sizes.record(batch.size());
        batch.forEach(waiting -> queueWait.record(start - waiting.queuedAt(), TimeUnit.NANOSECONDS));
        List<Object> answers = new ArrayList<>(batch.size());
        long[] workedAt = {0};
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                em.setFlushMode(FlushModeType.COMMIT); // the posts' work flushes what it must; nothing else needs to
                List<NewComment> posts = batch.stream()
                        .map(Waiting::post)
                        .filter(Objects::nonNull)
                        .toList();
                List<ProblemException> refusals = posts.isEmpty() ? List.of() : comments.startBatch(posts);
                int post = 0;
                for (Waiting waiting : batch) {
                    ProblemException refused = waiting.post() == null ? null : refusals.get(post++);
                    if (refused == null) {
                        answers.add(callUnchecked(waiting.work()));
                    } else {
                        waiting.answer().completeExceptionally(refused); // written nothing: its answer needs no commit
                        answers.add(null);
                    }
                }
                if (!posts.isEmpty()) {
                    comments.countBatch();
                }
                em.flush(); // every statement has run: what fails after this is the commit itself
                workedAt[0] = System.nanoTime();
            });
        } catch (RuntimeException e) {
            if (workedAt[0] == 0) {
                LOG.debugf(
                        e, "a batch of %d comments rolled back before its commit; each runs again alone", batch.size());
                reruns.increment(); // nothing was committed: each post gets the answer it would have had alone
                batch.forEach(waiting -> waiting.answer().complete(RUN_ALONE));
                return;
            }
            LOG.warnf("a batch of %d comments failed to commit: %s", batch.size(), e.getMessage());
            ProblemException unknown = new ProblemException(
                    ProblemType.UNAVAILABLE,
                    "the database did not confirm that the comment "
                            + "was stored; retry with the same Idempotency-Key, which replays the comment if it was",
                    Map.of("Retry-After", "5"));
            batch.forEach(waiting -> waiting.answer().completeExceptionally(unknown));
            return;
        }
        long committedAt = System.nanoTime();
        work.record(workedAt[0] - start, TimeUnit.NANOSECONDS);
        commit.record(committedAt - workedAt[0], TimeUnit.NANOSECONDS);
        for (int i = 0; i < batch.size(); i++) {
            batch.get(i).answer().complete(answers.get(i));
        }
    }

    private static Object callUnchecked(Callable<?> work) {
        try {
            return work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
