package io.kiosque.search;

import io.kiosque.article.Article;
import io.kiosque.article.Block;
import io.kiosque.quote.Quote;
import io.kiosque.text.BlockType;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** What search indexes of an article: the published article's text by weight, and each of its quotes. */
@ApplicationScoped
public class SearchDocuments {

    public record ArticleDocument(long articleId, Instant publishedAt, String title, List<String> headings, List<String> paragraphs) {
    }

    public record QuoteDocument(long quoteId, String text, String speaker) {
    }

    public record Documents(ArticleDocument article, List<QuoteDocument> quotes) {
    }

    /** The article's documents, or empty when it is gone or not published (then nothing of it is searchable). */
    public Optional<Documents> load(long articleId) {
        return Article.<Article>findByIdOptional(articleId).filter(Article::isPublished).map(this::of);
    }

    public Documents of(Article article) {
        List<String> headings = texts(article.blocks, BlockType.HEADING);
        List<String> paragraphs = texts(article.blocks, BlockType.PARAGRAPH);
        List<QuoteDocument> quotes = Quote.<Quote>list("articleId", Sort.ascending("position"), article.id).stream()
                .map(q -> new QuoteDocument(q.id, q.text, q.speaker)).toList();
        return new Documents(new ArticleDocument(article.id, article.publishedAt, article.title, headings, paragraphs), quotes);
    }

    private static List<String> texts(List<Block> blocks, BlockType type) {
        return blocks.stream().filter(b -> b.type == type).map(b -> b.text).toList();
    }
}
