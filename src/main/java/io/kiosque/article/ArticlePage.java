package io.kiosque.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of the article list; the Link header carries first, prev, next and last. */
@Schema(name = "ArticlePage")
public record ArticlePage(
        List<ArticleSummary> items,

        @Schema(description = "1-based page number", examples = "1")
        int page,

        @Schema(examples = "20") int size,

        @Schema(description = "Articles matching the filters, over all pages", examples = "1")
        long totalItems,

        @Schema(examples = "1") int totalPages,

        @Schema(
                nullable = true,
                description =
                        "Published listings only: pass as ?cursor= for the next page, as fast at any depth; null on the last page")
        String nextCursor) {}
