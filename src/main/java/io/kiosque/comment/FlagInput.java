package io.kiosque.comment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's report of a comment. */
@Schema(name = "Flag")
public record FlagInput(
        @NotNull
        @Pattern(regexp = "offensive|abusive|spam|other", message = "must be offensive, abusive, spam or other")
        @Schema(
                required = true,
                enumeration = {"offensive", "abusive", "spam", "other"},
                examples = "spam")
        String reason) {}
