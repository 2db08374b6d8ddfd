package io.kiosque.search;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of search results; the Link header carries first, prev, next and last. */
@Schema(name = "SearchPage")
public record SearchPage(
        List<SearchHit> items,

        @Schema(description = "1-based page number", examples = "1")
        int page,

        @Schema(examples = "20") int size,

        @Schema(description = "Hits over all pages", examples = "1")
        long totalItems,

        @Schema(examples = "1") int totalPages) {}
