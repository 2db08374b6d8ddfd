package io.kiosque.comment;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A comment as moderators see it: why it is held, and how often readers flagged it. */
@Schema(name = "ModeratedComment")
public record ModerationView(
        @Schema(examples = "12") long id,
        @Schema(examples = "1") long articleId,
        @Schema(nullable = true) Long parentId,
        @Schema(examples = "Anne Le Guen") String authorName,
        @Schema(examples = "Achetez sur www.exemple.fr") String body,

        @Schema(
                enumeration = {"pending", "approved", "rejected", "spam", "deleted"},
                examples = "pending")
        String status,

        @Schema(nullable = true, examples = "3 links (at most 2 pass unreviewed)")
        String holdReason,

        @Schema(examples = "0") int flagCount,
        @Schema(examples = "2026-01-02T09:00:00Z") Instant createdAt) {

    static ModerationView of(Comment c) {
        return new ModerationView(
                c.id, c.articleId, c.parentId, c.authorName, c.body, c.status, c.holdReason, c.flagCount, c.createdAt);
    }

    /** One page of the queue. */
    @Schema(name = "ModerationPage")
    public record Page(
            List<ModerationView> items,
            @Schema(examples = "1") int page,
            @Schema(examples = "20") int size,
            @Schema(examples = "1") long totalItems,
            @Schema(examples = "1") int totalPages) {}
}
