package io.kiosque.search;

import java.util.List;

/**
 * Where search terms are stored and ranked, chosen at build time with the database: {@link LuceneSearchEngine} beside
 * the embedded H2 file, {@link PostgresSearchEngine} in PostgreSQL's text search. Both rank by {@link Ranking}.
 */
interface SearchEngine {

    /** Inside the transaction that changed the article (also for deletes and unpublishing). */
    void articleChanged(long articleId, boolean deleted);

    /** At start: brings search up to date with what the database holds (changes missed by a crash, older databases). */
    void catchUp();

    /** The engine's name in metrics: {@code kiosque_search_seconds{engine="…"}}. */
    String name();

    /** Hits ranked by relevance, then newest article first; {@code type} is article, quote or null for both. */
    Hits search(SearchQuery query, String type, int offset, int limit);

    record Hit(String type, long articleId, Long quoteId, double score) {}

    record Hits(List<Hit> hits, long total) {}
}
