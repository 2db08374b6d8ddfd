package io.kiosque.change;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One change as the feed lists it, and as a webhook's {@code data}. */
@Schema(
        name = "Change",
        description = "A change readers can observe. `tombstone` is true when the article left the published archive "
                + "(unpublished or deleted): drop your copy.")
public record ChangeView(
        @Schema(
                description = "Where this change is in the feed: pass it as ?since= to read what follows",
                examples = "1042.0")
        String cursor,

        @Schema(
                enumeration = {
                    "article.published",
                    "article.updated",
                    "article.unpublished",
                    "article.deleted",
                    "comment.approved",
                    "comment.edited",
                    "comment.removed"
                },
                examples = "article.published")
        String type,

        @Schema(examples = "1") long articleId,
        @Schema(examples = "la-rade-de-brest") String slug,

        @Schema(description = "The article's version after the change (its ETag)", examples = "3")
        long version,

        boolean tombstone,
        @Schema(examples = "2026-01-02T09:00:00Z") Instant occurredAt,

        @Schema(nullable = true, description = "comment.* only: the comment", examples = "12")
        Long commentId,

        @Schema(
                nullable = true,
                description = "comment.* only: the article's approved comments after the change",
                examples = "4")
        Integer commentCount) {

    private record Payload(Long commentId, Integer commentCount) {}

    /** The change, with its cursor as handed out after this many purges. */
    public static ChangeView of(ChangeEvent event, long purges, ObjectMapper json) {
        Payload payload;
        try {
            payload = json.readValue(event.payload, Payload.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChangeType type = event.changeType();
        return new ChangeView(
                new ChangeCursor(event.position, purges).toString(),
                type.wireName,
                event.articleId,
                event.slug,
                event.version,
                type.tombstone,
                event.occurredAt,
                payload.commentId(),
                payload.commentCount());
    }
}
