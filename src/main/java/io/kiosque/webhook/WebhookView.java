package io.kiosque.webhook;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Webhook", description = "A webhook endpoint. `secret` is shown once, when created or rotated.")
public record WebhookView(
        @Schema(examples = "1") long id,
        @Schema(examples = "https://hooks.example/kiosque") String url,
        @Schema(nullable = true, examples = "Site mobile") String description,
        @Schema(examples = "[\"article.published\"]") List<String> events,
        boolean enabled,

        @Schema(nullable = true, description = "Why Kiosque disabled it (24 h of failures)")
        String disabledReason,

        @Schema(
                nullable = true,
                description = "The signing secret (Standard Webhooks `whsec_…`): only in the answer that creates it",
                examples = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")
        String secret,

        @Schema(nullable = true, description = "Until then the previous secret signs too")
        Instant previousSecretExpiresAt,

        @Schema(examples = "2026-01-02T09:00:00Z") Instant createdAt) {

    static WebhookView of(WebhookEndpoint e, String secret) {
        Instant previousUntil = e.previousSecretUntil != null && e.previousSecretUntil.isAfter(Instant.now())
                ? e.previousSecretUntil
                : null;
        return new WebhookView(
                e.id,
                e.url,
                e.description,
                e.eventList(),
                e.enabled,
                e.disabledReason,
                secret,
                previousUntil,
                e.createdAt);
    }
}
