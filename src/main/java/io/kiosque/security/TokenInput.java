package io.kiosque.security;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A token to create. */
@Schema(name = "TokenInput")
public record TokenInput(
        @NotBlank
        @Size(max = 100)
        @Pattern(
                regexp = "^(?=.*\\S)[^\\x00-\\x1F\\x7F-\\x9F]*$",
                message = "must be one line of visible text, without control characters")
        @Schema(required = true, description = "Who or what uses it", examples = "Rédaction web")
        String name,

        @NotEmpty(message = "must name at least one role")
        @Schema(
                required = true,
                description = "editor, moderator and/or admin (admin implies the others)",
                examples = "[\"editor\"]")
        Set<@NotNull @Pattern(regexp = "editor|moderator|admin", message = "must be editor, moderator or admin") String>
                roles,

        @Future(message = "must be in the future")
        @Schema(
                nullable = true,
                description = "When it stops working; never when absent",
                examples = "2027-01-01T00:00:00Z")
        Instant expiresAt) {}
