package io.kiosque.article;

/**
 * What readers see of an article's comments changed (one approved, edited, held, deleted; its count with it);
 * fired inside the comment's transaction.
 */
public record CommentsChanged(long articleId) {
}
