package io.kiosque.article;

import java.util.List;

/**
 * What readers see of an article's comments changed: comments approved (shown, the count up by one each), edited
 * (their shown text), or removed (hidden again, the count down by one each); fired inside the comments' transaction,
 * once for all the comments of one article that a batch of posts approved.
 */
public record CommentsChanged(long articleId, List<Long> commentIds, Kind kind) {

    public enum Kind {
        APPROVED,
        EDITED,
        REMOVED
    }

    public static CommentsChanged of(long articleId, long commentId, Kind kind) {
        return new CommentsChanged(articleId, List.of(commentId), kind);
    }
}
