package io.kiosque.search;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleService;
import io.kiosque.article.Block;
import io.kiosque.quote.Quote;
import io.kiosque.text.BlockType;
import io.kiosque.web.PageLinks;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Runs a reader's query on the deployment's engine and dresses the hits: article data, best block, snippet. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class SearchService {

    /** Search pages stop here: beyond it a reader refines the query, and deep offsets cost every engine. */
    public static final int MAX_HITS = 1000;

    private static final int SNIPPET_LENGTH = 220;

    private final SearchEngine engine;
    private final ArticleService articleService;

    private final Timer latency;

    SearchService(SearchEngine engine, ArticleService articleService, MeterRegistry registry) {
        this.engine = engine;
        this.articleService = articleService;
        this.latency = Timer.builder("kiosque.search")
                .description("Searches from query to dressed hits, by engine")
                .tag("engine", engine.name())
                .register(registry);
    }

    public SearchPage search(String text, String type, int page, int size) {
        return latency.record(() -> dressedHits(text, type, page, size));
    }

    private SearchPage dressedHits(String text, String type, int page, int size) {
        SearchQuery query = SearchQuery.parse(text);
        if (query.isEmpty()) {
            return new SearchPage(List.of(), page, size, 0, 0);
        }
        SearchEngine.Hits found = engine.search(query, type, (page - 1) * size, size);
        List<Long> articleIds = found.hits().stream()
                .map(SearchEngine.Hit::articleId)
                .distinct()
                .toList();
        List<Long> quoteIds = found.hits().stream()
                .map(SearchEngine.Hit::quoteId)
                .filter(id -> id != null)
                .toList();
        Map<Long, Article> articles =
                articleIds.isEmpty() ? Map.of() : byId(articleService.findWithBlocks(articleIds), a -> a.id);
        Map<Long, Quote> quotes = quoteIds.isEmpty() ? Map.of() : byId(Quote.list("id in ?1", quoteIds), q -> q.id);
        List<SearchHit> hits = new ArrayList<>(found.hits().size());
        for (SearchEngine.Hit hit : found.hits()) {
            Article article = articles.get(hit.articleId());
            if (article == null || !article.isPublished()) {
                continue; // changed since the engine answered
            }
            if (hit.quoteId() == null) {
                hits.add(articleHit(query, article, hit.score()));
            } else if (quotes.containsKey(hit.quoteId())) {
                Quote quote = quotes.get(hit.quoteId());
                hits.add(hit(
                        article,
                        hit,
                        quote.blockId,
                        quote.speaker,
                        Snippets.of(quote.text, query.match(quote.text), SNIPPET_LENGTH)));
            }
        }
        long total = Math.min(found.total(), MAX_HITS);
        return new SearchPage(hits, page, size, total, PageLinks.pageCount(total, size));
    }

    /**
     * The article at the block whose snippet shows the most clauses (then matches the most); a block beats the title on
     * a tie, as it can be scrolled to, and an earlier block a later one.
     */
    private static SearchHit articleHit(SearchQuery query, Article article, double score) {
        SearchQuery.Matches best = query.match(article.title);
        int bestRank = rank(best);
        Block bestBlock = null;
        for (Block block : article.blocks) {
            if (block.type == BlockType.AD) {
                continue;
            }
            SearchQuery.Matches matches = query.match(block.text);
            int rank = rank(matches);
            if (matches.any() && (rank > bestRank || bestBlock == null && rank == bestRank)) {
                best = matches;
                bestRank = rank;
                bestBlock = block;
                if (rank == rank(query.clauses().size(), query.clauses().size())) {
                    break; // every clause in the snippet: no later block can do better
                }
            }
        }
        String text = bestBlock == null ? article.title : bestBlock.text;
        return hit(
                article,
                new SearchEngine.Hit("article", article.id, null, score),
                bestBlock == null ? null : bestBlock.id,
                null,
                Snippets.of(text, best, SNIPPET_LENGTH));
    }

    private static int rank(SearchQuery.Matches matches) {
        return rank(Snippets.clausesShown(matches, SNIPPET_LENGTH), matches.clausesMatched());
    }

    private static int rank(int clausesShown, int clausesMatched) {
        return clausesShown * 1000 + clausesMatched;
    }

    private static SearchHit hit(Article article, SearchEngine.Hit hit, Long blockId, String speaker, String snippet) {
        return new SearchHit(
                hit.type(),
                Math.round(hit.score() * 1000) / 1000.0,
                article.id,
                article.slug,
                article.title,
                article.publishedAt,
                blockId,
                hit.quoteId(),
                speaker,
                snippet);
    }

    private static <T> Map<Long, T> byId(List<? extends T> items, Function<T, Long> id) {
        return items.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
