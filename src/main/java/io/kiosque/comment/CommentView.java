package io.kiosque.comment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as readers see it, with its replies. */
@Schema(name = "Comment", description = "A comment; `body` is plain text to be shown as text (never as HTML).")
public record CommentView(
        @Schema(examples = "12") long id,
        @Schema(examples = "1") long articleId,
        @Schema(nullable = true) Long parentId,

        @Schema(nullable = true, description = "The paragraph the comment is anchored to")
        Long paragraphId,

        @Schema(examples = "Anne Le Guen") String authorName,

        @Schema(examples = "Une « amitié invincible » qui inquiète l’Europe.")
        String body,

        @Schema(
                enumeration = {"pending", "approved", "rejected", "spam", "deleted"},
                examples = "approved")
        String status,

        @Schema(description = "0 for a thread's first comment", examples = "0")
        int depth,

        @Schema(examples = "2026-01-02T09:00:00Z") Instant createdAt,
        @Schema(examples = "2026-01-02T09:00:00Z") Instant updatedAt,

        @Schema(description = "Approved replies, oldest first")
        List<CommentView> replies) {

    static CommentView of(Comment c, List<CommentView> replies) {
        return new CommentView(
                c.id,
                c.articleId,
                c.parentId,
                c.paragraphId,
                c.authorName,
                c.body,
                c.status,
                c.depth,
                c.createdAt,
                c.updatedAt,
                replies);
    }
}
