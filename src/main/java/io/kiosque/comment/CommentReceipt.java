package io.kiosque.comment;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the author gets back once: the comment, and the token that lets them edit or delete it for a while. */
@Schema(name = "CommentReceipt")
public record CommentReceipt(
        @Schema(examples = "12") long id,
        @Schema(examples = "1") long articleId,
        @Schema(nullable = true) Long parentId,
        @Schema(nullable = true) Long paragraphId,
        @Schema(examples = "Anne Le Guen") String authorName,

        @Schema(examples = "Une « amitié invincible » qui inquiète l’Europe.")
        String body,

        @Schema(
                enumeration = {"pending", "approved", "rejected"},
                description = "pending: waiting for a moderator",
                examples = "approved")
        String status,

        @Schema(examples = "2026-01-02T09:00:00Z") Instant createdAt,

        @Schema(
                description = "Send as X-Edit-Token to edit or delete the comment; returned only here",
                examples = "Jx3k9…")
        String editToken,

        @Schema(description = "The edit token works until then", examples = "2026-01-02T09:15:00Z")
        Instant editableUntil) {

    static CommentReceipt of(Comment c, String editToken) {
        return new CommentReceipt(
                c.id,
                c.articleId,
                c.parentId,
                c.paragraphId,
                c.authorName,
                c.body,
                c.status,
                c.createdAt,
                editToken,
                c.editableUntil);
    }
}
