package io.kiosque.article;

/** An article's approved-comment count changed; fired inside the comment's transaction. */
public record CommentCountChanged(long articleId) {
}
