package io.kiosque.comment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A moderator's decision. */
@Schema(name = "ModerationDecision")
public record ModerationDecision(
        @NotNull
        @Pattern(regexp = "approved|rejected|spam", message = "must be approved, rejected or spam")
        @Schema(
                required = true,
                enumeration = {"approved", "rejected", "spam"},
                examples = "approved")
        String status) {}
