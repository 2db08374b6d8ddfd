package io.kiosque.webhook;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WebhookDelivery", description = "One message to one endpoint and how its attempts went")
public record DeliveryView(
        @Schema(examples = "7") long id,

        @Schema(description = "The webhook-id header, the same on every attempt", examples = "msg_2f1c0a9e")
        String webhookId,

        @Schema(examples = "article.published") String type,

        @Schema(
                enumeration = {"pending", "succeeded", "failed"},
                examples = "succeeded")
        String status,

        @Schema(examples = "1") int attempts,

        @Schema(
                nullable = true,
                description = "HTTP status of the last attempt; null when it got no answer",
                examples = "200")
        Integer lastStatusCode,

        @Schema(nullable = true, examples = "84") Integer lastDurationMillis,

        @Schema(
                nullable = true,
                description = "What went wrong last time, with the start of the answer",
                examples = "HTTP 503")
        String lastError,

        @Schema(nullable = true, examples = "2026-01-02T09:00:00Z")
        Instant lastAttemptAt,

        @Schema(nullable = true, description = "When pending: the next attempt", examples = "2026-01-02T09:00:30Z")
        Instant nextAttemptAt,

        @Schema(examples = "2026-01-02T09:00:00Z") Instant createdAt) {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(
                d.id,
                d.messageId,
                d.type,
                d.status,
                d.attempts,
                d.lastStatusCode,
                d.lastDurationMs,
                d.lastError,
                d.lastAttemptAt,
                WebhookDelivery.PENDING.equals(d.status) ? d.nextAttemptAt : null,
                d.createdAt);
    }
}
