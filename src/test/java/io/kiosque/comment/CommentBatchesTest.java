package io.kiosque.comment;

import static io.kiosque.comment.CommentResourceTest.article;
import static io.kiosque.comment.CommentResourceTest.json;
import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.change.ChangeFeedTest;
import io.kiosque.web.ProblemException;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Group commit: posts that arrive while batches are being written go together into the next one. Each test holds
 * the writers in batches of their own until its posts are all queued, so that they are sure to share one transaction.
 */
@QuarkusTest
class CommentBatchesTest {

    private static final int POSTS = 8;

    @Inject
    CommentBatches batches;

    @Inject
    TransactionSynchronizationRegistry transactions;

    private final ExecutorService clients = Executors.newFixedThreadPool(POSTS + CommentBatches.WRITERS + 1);

    @AfterEach
    void stopClients() {
        clients.shutdownNow();
    }

    /**
     * Holds every writer in a batch of its own. Released one after the other, so that the posts queued meanwhile all
     * go into one batch: the first writer released takes them all before the others could take one each.
     */
    private HeldWriters holdTheWriters() throws Exception {
        List<CountDownLatch> releases = new ArrayList<>();
        CountDownLatch holding = new CountDownLatch(CommentBatches.WRITERS);
        for (int i = 0; i < CommentBatches.WRITERS; i++) {
            CountDownLatch release = new CountDownLatch(1);
            releases.add(release);
            clients.submit(() -> batches.call(() -> {
                holding.countDown();
                return release.await(30, TimeUnit.SECONDS);
            }));
            for (int wait = 0; wait < 600 && holding.getCount() > CommentBatches.WRITERS - i - 1; wait++) {
                Thread.sleep(50); // one at a time: each holding post is the whole batch of one writer
            }
        }
        assertTrue(holding.await(30, TimeUnit.SECONDS), "every writer took a holding batch");
        return new HeldWriters(releases);
    }

    private final class HeldWriters {
        private final List<CountDownLatch> releases;

        HeldWriters(List<CountDownLatch> releases) {
            this.releases = releases;
        }

        void release() throws InterruptedException {
            releases.get(0).countDown();
            for (int i = 0; i < 600 && batches.queued() > 0; i++) {
                Thread.sleep(10);
            }
            releases.forEach(CountDownLatch::countDown);
        }
    }

    private List<Future<Response>> queue(List<Supplier<Response>> posts, int alsoQueued) throws InterruptedException {
        List<Future<Response>> answers = new ArrayList<>();
        for (Supplier<Response> post : posts) {
            answers.add(clients.submit(post::get));
        }
        for (int i = 0; i < 600 && batches.queued() < posts.size() + alsoQueued; i++) {
            Thread.sleep(50);
        }
        assertEquals(posts.size() + alsoQueued, batches.queued(), "every post waits for the next batch");
        return answers;
    }

    private static Response post(long articleId, String key, String body) {
        return anonymous()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .post("/api/articles/" + articleId + "/comments");
    }

    private static double metric(String line) {
        String metrics =
                RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
        for (String sample : metrics.split("\n")) {
            if (sample.startsWith(line)) {
                return Double.parseDouble(sample.substring(sample.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + line + " in /q/metrics");
    }

    private static double batchesOfFiveToEight() {
        return metric("kiosque_comment_batch_size_bucket{le=\"8.0\"")
                - metric("kiosque_comment_batch_size_bucket{le=\"4.0\"");
    }

    @Test
    void shouldWriteConcurrentPostsInOneBatchAndAnswerEachAfterItsCommit() throws Exception {
        long id = article("open").getLong("id");
        double largeBatchesBefore = batchesOfFiveToEight();
        double rerunsBefore = metric("kiosque_comment_batch_reruns_total");
        HeldWriters writers = holdTheWriters();
        List<Supplier<Response>> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String body = json("Lecteur " + i, "Ensemble, numéro " + i + ".");
            posts.add(() -> post(id, UUID.randomUUID().toString(), body));
        }
        List<Future<Response>> answers = queue(posts, 0);
        writers.release();
        Set<Long> ids = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.asString());
            ids.add(response.jsonPath().getLong("id"));
            anonymous().get(response.header("Location")).then().statusCode(200); // committed when answered
        }
        assertEquals(POSTS, ids.size());
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS));
        // counted by size, not in all: a post another test left in flight may be written meanwhile, alone
        assertEquals(largeBatchesBefore + 1, batchesOfFiveToEight(), "the posts went into one batch of their own");
        assertEquals(rerunsBefore, metric("kiosque_comment_batch_reruns_total"), "no post ran again alone");
        assertTrue(metric("kiosque_comment_batch_commit_seconds_count") >= 2);
        assertTrue(metric("kiosque_comment_batch_queue_wait_seconds_count") >= POSTS + CommentBatches.WRITERS);
    }

    @Test
    void shouldAnswerTheOtherPostsOfABatchNormallyWhenOneIsRefused() throws Exception {
        long id = article("open").getLong("id");
        long otherArticlesComment = post(
                        article("open").getLong("id"), UUID.randomUUID().toString(), json("Ailleurs", "Autre article."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        double rerunsBefore = metric("kiosque_comment_batch_reruns_total");
        HeldWriters writers = holdTheWriters();
        String refusedKey = UUID.randomUUID().toString();
        String refused =
                "{\"authorName\": \"Égaré\", \"body\": \"Réponse.\", \"parentId\": " + otherArticlesComment + "}";
        List<Supplier<Response>> posts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String key = i == POSTS / 2 ? refusedKey : UUID.randomUUID().toString();
            String body = i == POSTS / 2 ? refused : json("Lectrice " + i, "Acceptée, numéro " + i + ".");
            keys.add(key);
            posts.add(() -> post(id, key, body));
        }
        List<Future<Response>> answers = queue(posts, 0);
        writers.release();
        for (int i = 0; i < POSTS; i++) {
            Response response = answers.get(i).get(60, TimeUnit.SECONDS);
            assertEquals(i == POSTS / 2 ? 422 : 201, response.statusCode(), response.asString());
        }
        assertEquals(rerunsBefore, metric("kiosque_comment_batch_reruns_total"), "the refusal made no post run again");
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS - 1));
        anonymous().get("/api/articles/" + id + "/comments?limit=100").then().body("items.size()", equalTo(POSTS - 1));
        // the idempotency records are exact too: each accepted key replays, the refused key kept nothing
        post(id, keys.get(0), json("Lectrice 0", "Acceptée, numéro 0."))
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true");
        post(id, refusedKey, json("Égaré", "Une autre fois.")).then().statusCode(201);
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS));
    }

    @Test
    void shouldHoldTheSecondOfTwoIdenticalPostsOfOneBatchAndAPostIdenticalToARecentOne() throws Exception {
        long id = article("open").getLong("id");
        post(id, UUID.randomUUID().toString(), json("Lecteur 6", "Déjà dit."))
                .then()
                .statusCode(201);
        HeldWriters writers = holdTheWriters();
        List<Supplier<Response>> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String body = i == 2 || i == 5
                    ? json("Lecteur 2", "Deux fois.")
                    : i == 6 ? json("Lecteur 6", "Déjà dit.") : json("Lecteur " + i, "Unique, numéro " + i + ".");
            posts.add(() -> post(id, UUID.randomUUID().toString(), body));
        }
        List<Future<Response>> answers = queue(posts, 0);
        writers.release();
        List<String> statuses = new ArrayList<>();
        Set<Long> approved = new HashSet<>();
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.asString());
            statuses.add(response.jsonPath().getString("status"));
            if ("approved".equals(response.jsonPath().getString("status"))) {
                approved.add(response.jsonPath().getLong("id"));
            }
        }
        assertEquals("pending", statuses.get(6), "the same author's text posted before the batch");
        assertEquals(
                Set.of("approved", "pending"),
                Set.of(statuses.get(2), statuses.get(5)),
                "of two identical posts in one batch, one is held");
        assertEquals(POSTS - 2, approved.size());
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS - 1));
        // the change feed tells of each approved comment once, with the count the batch left
        List<Map<String, Object>> changes = changesOf(id);
        assertEquals(POSTS, changes.size(), "the article's publication, the first comment, the batch's approved ones");
        Set<Long> told = new HashSet<>();
        for (Map<String, Object> change : changes.subList(2, changes.size())) {
            assertEquals("comment.approved", change.get("type"));
            assertEquals(POSTS - 1, change.get("commentCount"));
            told.add(((Number) change.get("commentId")).longValue());
        }
        assertEquals(approved, told);
    }

    /** The article's changes in the feed, in order. */
    private static List<Map<String, Object>> changesOf(long articleId) {
        List<Map<String, Object>> changes = new ArrayList<>();
        ChangeFeedTest.readToEnd(
                "0",
                items -> items.stream()
                        .filter(item -> ((Number) item.get("articleId")).longValue() == articleId)
                        .forEach(changes::add));
        return changes;
    }

    @Test
    void shouldRunEveryPostAgainAloneWhenTheDatabaseFailsDuringTheirBatch() throws Exception {
        long id = article("open").getLong("id");
        double rerunsBefore = metric("kiosque_comment_batch_reruns_total");
        HeldWriters writers = holdTheWriters();
        // last in the next batch, after the posts' statements: a statement that fails, as a database that goes away
        List<Supplier<Response>> posts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String key = UUID.randomUUID().toString();
            String body = json("Lecteur " + i, "Avant la panne, numéro " + i + ".");
            keys.add(key);
            posts.add(() -> post(id, key, body));
        }
        List<Future<Response>> answers = queue(posts, 0);
        CompletableFuture<Object> failing = CompletableFuture.supplyAsync(
                () -> batches.call(() -> {
                    throw new IllegalStateException("the database went away during the batch");
                }),
                clients);
        for (int i = 0; i < 600 && batches.queued() < POSTS + 1; i++) {
            Thread.sleep(50);
        }
        writers.release();
        // nothing of the batch was committed: each post ran again alone, and was answered as without batching
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            assertEquals(201, response.statusCode(), response.asString());
        }
        assertThrows(Exception.class, () -> failing.get(60, TimeUnit.SECONDS));
        assertTrue(metric("kiosque_comment_batch_reruns_total") >= rerunsBefore + 1);
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS));
        anonymous().get("/api/articles/" + id + "/comments?limit=100").then().body("items.size()", equalTo(POSTS));
        for (int i = 0; i < POSTS; i++) {
            post(id, keys.get(i), json("Lecteur " + i, "Avant la panne, numéro " + i + "."))
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true");
        }
    }

    @Test
    void shouldAnswerEveryPostOfABatchWhoseCommitFailsAndStoreNoneOfThem() throws Exception {
        long id = article("open").getLong("id");
        HeldWriters writers = holdTheWriters();
        // first in the next batch: makes its commit fail, as a database that goes away between the statements and the
        // commit
        CompletableFuture<Object> saboteur = CompletableFuture.supplyAsync(
                () -> batches.call(() -> {
                    transactions.registerInterposedSynchronization(new Synchronization() {
                        @Override
                        public void beforeCompletion() {
                            throw new IllegalStateException("the database went away during the commit");
                        }

                        @Override
                        public void afterCompletion(int status) {}
                    });
                    return null;
                }),
                clients);
        for (int i = 0; i < 600 && batches.queued() < 1; i++) {
            Thread.sleep(50);
        }
        List<Supplier<Response>> posts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            String key = UUID.randomUUID().toString();
            String body = json("Lecteur " + i, "Pendant la panne, numéro " + i + ".");
            keys.add(key);
            posts.add(() -> post(id, key, body));
        }
        List<Future<Response>> answers = queue(posts, 1);
        writers.release();
        // the posts queued behind the saboteur share its failed commit: 503; another writer may take some of them in
        // a batch of its own, which commits: 201. Every client gets one of the two, and only the 201s are stored.
        int acknowledged = 0;
        for (Future<Response> answer : answers) {
            Response response = answer.get(60, TimeUnit.SECONDS);
            if (response.statusCode() == 201) {
                acknowledged++;
            } else {
                assertEquals(503, response.statusCode(), response.asString());
                assertEquals("5", response.header("Retry-After"));
            }
        }
        Throwable failed = assertThrows(Exception.class, () -> saboteur.get(60, TimeUnit.SECONDS))
                .getCause();
        assertTrue(failed instanceof ProblemException, String.valueOf(failed));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(acknowledged));
        // nothing acknowledged was lost, nothing else was stored: each client's retry with its key creates its comment
        // once, or replays the one it was given
        for (int i = 0; i < POSTS; i++) {
            post(id, keys.get(i), json("Lecteur " + i, "Pendant la panne, numéro " + i + "."))
                    .then()
                    .statusCode(201);
            post(id, keys.get(i), json("Lecteur " + i, "Pendant la panne, numéro " + i + "."))
                    .then()
                    .statusCode(201)
                    .header("Idempotent-Replayed", "true");
        }
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(POSTS));
    }
}
