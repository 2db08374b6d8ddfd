package io.kiosque.article;

/**
 * Fired inside the writing transaction, so that derived data (quotes, search index) is updated atomically
 * with the article.
 */
public record ArticleChanged(Article article, Kind kind) {

    public enum Kind {
        CREATED,
        UPDATED,
        DELETED
    }
}
