package io.kiosque.article;

/**
 * What readers see of an article's comments changed: one comment approved (shown, the count up by one), edited
 * (its shown text), or removed (hidden again, the count down by one); fired inside the comment's transaction.
 */
public record CommentsChanged(long articleId, long commentId, Kind kind) {

    public enum Kind {
        APPROVED,
        EDITED,
        REMOVED
    }
}
