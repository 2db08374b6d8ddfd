package io.kiosque.web;

import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

/** A pool with no free connection is a busy server (503, Retry-After), neither an outage nor a retry still in flight. */
@QuarkusTest
@TestProfile(DatabaseBusyTest.SmallPool.class)
class DatabaseBusyTest {

    public static class SmallPool implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.max-size", "3", "quarkus.datasource.jdbc.acquisition-timeout", "3S");
        }
    }

    @Inject
    DataSource database;

    @Inject
    Idempotency idempotency;

    private List<Connection> take(int count) throws SQLException {
        List<Connection> taken = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            taken.add(database.getConnection());
        }
        return taken;
    }

    private static void giveBack(List<Connection> taken) throws SQLException {
        for (Connection connection : taken) {
            connection.close();
        }
    }

    @Test
    void shouldAnswerBusyWithRetryAfterWhenNoConnectionIsFree() throws Exception {
        List<Connection> taken = take(3);
        try {
            anonymous()
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString())
                    .body("{\"authorName\": \"Pressée\", \"body\": \"Au démarrage.\"}")
                    .post("/api/articles/1/comments")
                    .then()
                    .statusCode(503)
                    .header("Retry-After", "1")
                    .contentType("application/problem+json")
                    .body("detail", containsString("busy"));
        } finally {
            giveBack(taken);
        }
        anonymous().get("/api/articles/1").then().statusCode(200);
    }

    @Test
    void shouldAnswerMoreSimultaneousPostsThanThePoolHasConnections() throws Exception {
        // a post waiting for its batch holds no connection: the batch's writer needs one
        ExecutorService clients = Executors.newFixedThreadPool(12);
        try {
            List<Future<io.restassured.response.Response>> answers = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String body = "{\"authorName\": \"Foule " + i + "\", \"body\": \"Tous ensemble, " + UUID.randomUUID()
                        + ".\"}";
                answers.add(clients.submit(() -> anonymous()
                        .contentType(ContentType.JSON)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .body(body)
                        .post("/api/articles/1/comments")));
            }
            for (Future<io.restassured.response.Response> answer : answers) {
                io.restassured.response.Response response = answer.get(60, TimeUnit.SECONDS);
                assertEquals(201, response.statusCode(), response.asString());
            }
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void shouldNotReadAPoolTimeoutInsideTheWriteAsARetryOfTheSameKey() throws Exception {
        List<Connection> taken = take(2); // the write's own transaction takes the third
        try {
            Instant start = Instant.now();
            RuntimeException thrown = assertThrows(
                    RuntimeException.class,
                    () -> idempotency.execute(
                            "test", "address:test", UUID.randomUUID().toString(), "hash", TransactionRunner.OWN, () -> {
                                throw new GenericJDBCException("Unable to acquire JDBC Connection", poolTimeout());
                            }));
            assertTrue(DatabaseErrors.isPoolExhausted(thrown), "the pool's own failure, not a 409: " + thrown);
            assertTrue(
                    Duration.between(start, Instant.now()).toSeconds() < 10,
                    "no wait for a first request that does not exist");
        } finally {
            giveBack(taken);
        }
    }

    /** What Agroal throws when no connection frees up in time, taken from the pool itself. */
    private SQLException poolTimeout() {
        try {
            CompletableFuture.supplyAsync(() -> {
                        try {
                            return database.getConnection();
                        } catch (SQLException e) {
                            throw new IllegalStateException(e);
                        }
                    })
                    .get()
                    .close();
            throw new AssertionError("the pool had a free connection");
        } catch (ExecutionException e) {
            assertSame(IllegalStateException.class, e.getCause().getClass());
            return (SQLException) e.getCause().getCause();
        } catch (InterruptedException | SQLException e) {
            throw new AssertionError(e);
        }
    }
}
