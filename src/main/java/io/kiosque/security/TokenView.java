package io.kiosque.security;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token as admins see it; the secret appears only in the answer to its creation. */
@Schema(name = "Token")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TokenView(
        @Schema(examples = "2") long id,
        @Schema(examples = "Rédaction web") String name,
        @Schema(examples = "[\"editor\"]") Set<String> roles,
        @Schema(examples = "2026-01-02T08:30:00Z") Instant createdAt,
        @Schema(nullable = true) Instant expiresAt,
        @Schema(nullable = true) Instant revokedAt,

        @Schema(description = "Neither revoked nor expired", examples = "true")
        boolean active,

        @Schema(
                nullable = true,
                description = "The bearer secret: returned once, by the POST that creates the token; store it now",
                examples = "kq_3bW9l0pZ…")
        String token) {

    static TokenView of(ApiToken t, String secret) {
        return new TokenView(
                t.id, t.name, t.roleSet(), t.createdAt, t.expiresAt, t.revokedAt, t.isActive(Instant.now()), secret);
    }
}
