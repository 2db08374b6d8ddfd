package io.kiosque.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends one signed message. The target is checked again after DNS resolution, redirects are not followed (a 3xx is a
 * failure like any non-2xx), the whole attempt is bounded by the timeout (headers and body alike), and at most 4 KiB
 * of the answer is read, of which the start is kept for the deliveries list.
 */
@ApplicationScoped
public class WebhookSender {

    static final int MAX_RESPONSE_BYTES = 4096;
    private static final int KEPT_RESPONSE_CHARS = 200;

    private final WebhookTargets targets;
    private final Duration timeout;

    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "kiosque-webhook-deadlines");
        thread.setDaemon(true);
        return thread;
    });

    WebhookSender(
            WebhookTargets targets,
            @ConfigProperty(name = "kiosque.webhooks.timeout", defaultValue = "10S") Duration timeout) {
        this.targets = targets;
        this.timeout = timeout;
    }

    /** How an attempt went: a status code when the receiver answered, an error when it did not or said no. */
    public record Outcome(boolean succeeded, Integer statusCode, Duration duration, String error) {}

    Duration timeout() {
        return timeout;
    }

    Outcome send(WebhookService.Attempt attempt) {
        long started = System.nanoTime();
        Optional<String> refusal = targets.refusal(attempt.url());
        if (refusal.isPresent()) {
            return new Outcome(false, null, since(started), "refused: the URL " + refusal.get());
        }
        long timestamp = Instant.now().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(attempt.url()))
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Kiosque-Webhooks/1")
                .header("webhook-id", attempt.messageId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header(
                        "webhook-signature",
                        WebhookSignature.header(attempt.secrets(), attempt.messageId(), timestamp, attempt.body()))
                .POST(HttpRequest.BodyPublishers.ofString(attempt.body(), StandardCharsets.UTF_8))
                .build();
        try {
            HttpResponse<InputStream> response = client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream())
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            String answer = readStart(
                    response.body(), timeout.toMillis() - since(started).toMillis());
            int status = response.statusCode();
            boolean ok = status >= 200 && status < 300;
            return new Outcome(
                    ok,
                    status,
                    since(started),
                    ok ? null : ("HTTP " + status + (answer.isBlank() ? "" : ": " + answer)));
        } catch (TimeoutException e) {
            return new Outcome(false, null, since(started), "no answer within " + timeout.toSeconds() + " s");
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Outcome(
                    false,
                    null,
                    since(started),
                    "could not deliver: " + cause.getClass().getSimpleName()
                            + (cause.getMessage() == null ? "" : " " + cause.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, since(started), "interrupted (the instance is stopping)");
        }
    }

    /** Up to 4 KiB of the answer, read before the deadline (the stream is closed then), of which the start is kept. */
    private String readStart(InputStream body, long millisLeft) {
        ScheduledFuture<?> closer =
                deadlines.schedule(() -> close(body), Math.max(1, millisLeft), TimeUnit.MILLISECONDS);
        try (body) {
            byte[] bytes = body.readNBytes(MAX_RESPONSE_BYTES);
            String text = new String(bytes, StandardCharsets.UTF_8)
                    .replaceAll("\\s+", " ")
                    .strip();
            return text.length() <= KEPT_RESPONSE_CHARS ? text : text.substring(0, KEPT_RESPONSE_CHARS) + "…";
        } catch (IOException e) {
            return "";
        } finally {
            closer.cancel(false);
        }
    }

    private static void close(InputStream body) {
        try {
            body.close();
        } catch (IOException e) {
            // already closed
        }
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }
}
