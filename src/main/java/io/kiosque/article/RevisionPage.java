package io.kiosque.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of an article's revisions, newest first. */
@Schema(name = "RevisionPage")
public record RevisionPage(
        List<RevisionSummary> items,
        @Schema(examples = "1") int page,
        @Schema(examples = "20") int size,
        @Schema(examples = "4") long totalItems,
        @Schema(examples = "1") int totalPages) {}
