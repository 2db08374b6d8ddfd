package io.kiosque.article;

import java.time.Instant;

/**
 * The few columns that decide whether a cached representation is current: read with one indexed query
 * on every GET, so that any instance sees another instance's edit at once.
 */
public record ArticleHead(long id, ArticleStatus status, long version, Instant updatedAt, int commentCount) {

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
