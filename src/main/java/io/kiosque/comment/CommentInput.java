package io.kiosque.comment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reader's new comment. Lengths count characters (Unicode code points), not bytes. */
@Schema(name = "CommentInput")
public record CommentInput(
        @NotNull
        @Schema(
                required = true,
                minLength = 1,
                maxLength = 80,
                description = "Shown with the comment; 1 to 80 characters",
                examples = "Anne Le Guen")
        String authorName,

        @NotNull
        @Schema(
                required = true,
                minLength = 1,
                maxLength = 5000,
                description =
                        "Plain text, 1 to 5 000 characters. Never interpreted as HTML: `<b>` stays the four characters `<b>`.",
                examples = "Une « amitié invincible » qui inquiète l’Europe.")
        String body,

        @Schema(
                nullable = true,
                description = "The comment this one replies to (an approved comment of the same article)")
        Long parentId,

        @Schema(nullable = true, description = "Anchor the comment to one paragraph of the article")
        Long paragraphId) {}
