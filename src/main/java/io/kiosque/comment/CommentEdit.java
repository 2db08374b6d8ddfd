package io.kiosque.comment;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The author's new text. */
@Schema(name = "CommentEdit")
public record CommentEdit(
        @NotNull
        @Schema(required = true, minLength = 1, maxLength = 5000, examples = "Une « amitié invincible », vraiment ?")
        String body) {}
