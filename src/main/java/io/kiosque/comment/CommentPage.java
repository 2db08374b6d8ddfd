package io.kiosque.comment;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of threads; pass nextCursor as ?cursor= for the next one. */
@Schema(name = "CommentPage")
public record CommentPage(
        @Schema(description = "Threads: first comments with their replies")
        List<CommentView> items,

        @Schema(nullable = true, description = "Opaque; null on the last page")
        String nextCursor) {}
