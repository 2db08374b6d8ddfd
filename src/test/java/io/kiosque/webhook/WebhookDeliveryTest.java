package io.kiosque.webhook;

import static io.kiosque.web.Api.admin;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.standardwebhooks.Webhook;
import com.sun.net.httpserver.HttpServer;
import io.kiosque.change.ChangeFeedTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Deliveries to a receiver on this machine (allowed by kiosque.webhooks.allowed-hosts), with short retry delays. */
@QuarkusTest
@TestProfile(WebhookDeliveryTest.LocalReceiver.class)
class WebhookDeliveryTest {

    /** Chosen once per JVM (a system property): the profile and the test class may be loaded by different class loaders. */
    static final int PORT = Integer.parseInt(System.getProperties()
            .computeIfAbsent("kiosque.test.webhook-receiver-port", key -> Integer.toString(freePort()))
            .toString());

    public static class LocalReceiver implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "kiosque.webhooks.allowed-hosts",
                    "127.0.0.1:" + PORT,
                    "kiosque.webhooks.retry-schedule",
                    "1s,1s,1s,1s",
                    "kiosque.webhooks.timeout",
                    "3S");
        }
    }

    /** What one path of the receiver got: bodies and headers, in arrival order. */
    record Received(String body, HttpHeaders headers) {}

    private static HttpServer receiver;
    private static final Map<String, List<Received>> RECEIVED = new ConcurrentHashMap<>();
    /** Per path, how many requests are answered 503 before the receiver recovers. */
    private static final Map<String, AtomicInteger> FAILURES_LEFT = new ConcurrentHashMap<>();

    @BeforeAll
    static void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", PORT), 0);
        receiver.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = exchange.getRequestBody().readAllBytes();
            RECEIVED.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>())
                    .add(new Received(
                            new String(body, StandardCharsets.UTF_8),
                            HttpHeaders.of(exchange.getRequestHeaders(), (name, value) -> true)));
            if (path.startsWith("/redirect")) {
                exchange.getResponseHeaders().add("Location", "http://127.0.0.1:" + PORT + "/elsewhere");
                exchange.sendResponseHeaders(302, -1);
            } else if (FAILURES_LEFT.getOrDefault(path, new AtomicInteger()).getAndDecrement() > 0) {
                byte[] answer = "x".repeat(100_000).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(503, answer.length);
                exchange.getResponseBody().write(answer);
            } else {
                exchange.sendResponseHeaders(204, -1);
            }
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stopReceiver() {
        receiver.stop(0);
    }

    @Test
    void shouldRetryAFailingReceiverWithTheSameIdUntilItRecoversAndSignEveryAttempt() throws Exception {
        FAILURES_LEFT.put("/flaky", new AtomicInteger(2));
        JsonPath hook = register("/flaky", "article.published");
        String secret = hook.getString("secret");
        assertTrue(secret.startsWith("whsec_"), secret);
        long article = ChangeFeedTest.create("published");

        await().atMost(Duration.ofSeconds(30))
                .until(() -> RECEIVED.getOrDefault("/flaky", List.of()).size() >= 3);
        List<Received> attempts = RECEIVED.get("/flaky");
        assertEquals(
                1,
                attempts.stream()
                        .map(r -> r.headers().firstValue("webhook-id").orElseThrow())
                        .distinct()
                        .count(),
                "one webhook-id on every attempt");
        for (Received attempt : attempts) {
            new Webhook(secret)
                    .verify(
                            attempt.body(),
                            attempt.headers()); // the reference library: throws if the signature is wrong
        }
        JsonPath body = new JsonPath(attempts.get(0).body());
        assertEquals("article.published", body.getString("type"));
        assertEquals(article, body.getLong("data.articleId"));
        await().atMost(Duration.ofSeconds(10))
                .untilAsserted(() -> admin().get("/api/webhooks/" + hook.getLong("id") + "/deliveries")
                        .then()
                        .statusCode(200)
                        .body("[0].status", equalTo("succeeded"))
                        .body("[0].attempts", equalTo(3)));
        admin().get("/api/webhooks/" + hook.getLong("id") + "/deliveries")
                .then()
                .body("[0].lastStatusCode", equalTo(204));
    }

    @Test
    void shouldDeliverToOneEndpointInOrderBehindAFailure() {
        FAILURES_LEFT.put("/ordered", new AtomicInteger(3));
        register("/ordered", "article.published", "article.updated", "article.deleted");
        for (int i = 0; i < 4; i++) {
            admin().delete("/api/articles/" + ChangeFeedTest.create("published"))
                    .then()
                    .statusCode(204);
        }
        await().atMost(Duration.ofSeconds(40))
                .until(() -> distinctIds("/ordered").size() == 8);
        List<Long> cursors = RECEIVED.get("/ordered").stream()
                .<Long>map(r -> ChangeFeedTest.position(new JsonPath(r.body()).getString("data.cursor")))
                .distinct()
                .toList();
        assertEquals(cursors.stream().sorted().toList(), cursors, "in order of position");
    }

    @Test
    void shouldSignWithBothSecretsAfterARotation() {
        JsonPath hook = register("/rotated", "article.published");
        String old = hook.getString("secret");
        String fresh = admin().post("/api/webhooks/" + hook.getLong("id") + "/secret")
                .then()
                .statusCode(200)
                .body("secret", startsWith("whsec_"))
                .extract()
                .path("secret");
        ChangeFeedTest.create("published");
        await().atMost(Duration.ofSeconds(20))
                .until(() -> !RECEIVED.getOrDefault("/rotated", List.of()).isEmpty());
        Received received = RECEIVED.get("/rotated").get(0);
        assertEquals(
                2,
                received.headers().firstValue("webhook-signature").orElseThrow().split(" ").length);
        verify(old, received);
        verify(fresh, received);
    }

    @Test
    void shouldNotFollowRedirectsAndShouldPingOnDemand() {
        JsonPath hook = register("/redirect", "article.deleted");
        admin().post("/api/webhooks/" + hook.getLong("id") + "/test")
                .then()
                .statusCode(202)
                .body("type", equalTo("webhook.test"));
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(() -> admin().get("/api/webhooks/" + hook.getLong("id") + "/deliveries")
                        .then()
                        .body("[0].lastStatusCode", equalTo(302))
                        .body("[0].status", equalTo("pending")));
        assertTrue(RECEIVED.getOrDefault("/elsewhere", List.of()).isEmpty(), "the redirect was not followed");
    }

    private static void verify(String secret, Received received) {
        try {
            new Webhook(secret).verify(received.body(), received.headers());
        } catch (Exception e) {
            throw new AssertionError("signature under " + secret.substring(0, 10) + "…: " + e.getMessage(), e);
        }
    }

    private static List<String> distinctIds(String path) {
        return RECEIVED.getOrDefault(path, List.of()).stream()
                .map(r -> r.headers().firstValue("webhook-id").orElseThrow())
                .distinct()
                .toList();
    }

    private static JsonPath register(String path, String... events) {
        String list = String.join("\", \"", events);
        return admin().contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:" + PORT + path + "\", \"events\": [\"" + list + "\"]}")
                .post("/api/webhooks")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
