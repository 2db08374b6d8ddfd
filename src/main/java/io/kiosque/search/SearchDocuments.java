package io.kiosque.search;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleService;
import io.kiosque.article.Block;
import io.kiosque.quote.Quote;
import io.kiosque.text.BlockType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What search indexes of an article: the published article's text by weight, and each of its quotes. */
@ApplicationScoped
public class SearchDocuments {

    public record ArticleDocument(
            long articleId, Instant publishedAt, String title, List<String> headings, List<String> paragraphs) {}

    public record QuoteDocument(long quoteId, String text, String speaker) {}

    public record Documents(ArticleDocument article, List<QuoteDocument> quotes) {}

    private final ArticleService articleService;

    SearchDocuments(ArticleService articleService) {
        this.articleService = articleService;
    }

    /**
     * The documents of those articles that exist and are published (nothing of the others is searchable), with two
     * queries whatever their number.
     */
    public Map<Long, Documents> load(List<Long> articleIds) {
        List<Article> articles = articleService.findWithBlocks(articleIds).stream()
                .filter(Article::isPublished)
                .toList();
        Map<Long, List<QuoteDocument>> quotes = new HashMap<>();
        if (!articles.isEmpty()) {
            for (Quote q : Quote.<Quote>list(
                    "articleId in ?1",
                    Sort.ascending("articleId", "position"),
                    articles.stream().map(a -> a.id).toList())) {
                quotes.computeIfAbsent(q.articleId, id -> new ArrayList<>())
                        .add(new QuoteDocument(q.id, q.text, q.speaker));
            }
        }
        Map<Long, Documents> documents = new HashMap<>();
        for (Article article : articles) {
            List<Block> blocks = article.blocks.stream()
                    .sorted(Comparator.comparingInt(b -> b.position))
                    .toList();
            documents.put(
                    article.id,
                    new Documents(
                            new ArticleDocument(
                                    article.id,
                                    article.publishedAt,
                                    article.title,
                                    texts(blocks, BlockType.HEADING),
                                    texts(blocks, BlockType.PARAGRAPH)),
                            quotes.getOrDefault(article.id, List.of())));
        }
        return documents;
    }

    private static List<String> texts(List<Block> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.type == type).map(b -> b.text).toList();
    }
}
