package io.kiosque.search;

import java.util.List;

/** Where search terms are stored and ranked: Lucene beside the embedded H2 file, or PostgreSQL's text search. */
interface SearchEngine {

    /** Inside the transaction that changed the article (also for deletes and unpublishing). */
    void articleChanged(long articleId, boolean deleted);

    /** After that transaction committed. */
    void afterCommit();

    /** Hits ranked by relevance, then newest article first; {@code type} is article, quote or null for both. */
    Hits search(SearchQuery query, String type, int offset, int limit);

    record Hit(String type, long articleId, Long quoteId, double score) {
    }

    record Hits(List<Hit> hits, long total) {
    }
}
