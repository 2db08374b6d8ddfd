package io.kiosque.change;

import java.util.Arrays;

/** The kinds of change the feed and webhooks carry; the wire name is the Standard Webhooks {@code type}. */
public enum ChangeType {
    ARTICLE_PUBLISHED("article.published", false),
    ARTICLE_UPDATED("article.updated", false),
    ARTICLE_UNPUBLISHED("article.unpublished", true),
    ARTICLE_DELETED("article.deleted", true),
    COMMENT_APPROVED("comment.approved", false),
    COMMENT_EDITED("comment.edited", false),
    COMMENT_REMOVED("comment.removed", false);

    /** The wire names, for the Bean Validation pattern of webhook subscriptions. */
    public static final String WIRE_NAMES =
            "article\\.published|article\\.updated|article\\.unpublished|article\\.deleted"
                    + "|comment\\.approved|comment\\.edited|comment\\.removed";

    public final String wireName;
    /** The article leaves the published archive: a client drops its copy. */
    public final boolean tombstone;

    ChangeType(String wireName, boolean tombstone) {
        this.wireName = wireName;
        this.tombstone = tombstone;
    }

    /** An article event after which the feed shows the article. */
    boolean showsArticle() {
        return this == ARTICLE_PUBLISHED || this == ARTICLE_UPDATED;
    }

    static ChangeType fromWireName(String name) {
        return Arrays.stream(values())
                .filter(t -> t.wireName.equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no change type " + name));
    }
}
