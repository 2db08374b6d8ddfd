package io.kiosque.article;

import java.time.Instant;

/**
 * The few columns that decide whether a cached representation is current: read with one indexed query
 * on every GET, so that any instance sees another instance's edit at once.
 */
public record ArticleHead(
        long id,
        ArticleStatus status,
        Instant publishedAt,
        Instant unpublishAt,
        long version,
        Instant updatedAt,
        int commentCount) {

    public boolean isPublished() {
        return Article.isPublic(status, publishedAt, unpublishAt, Instant.now());
    }

    /** Published once and unpublished since (an embargo ended): 410 to readers, not 404. */
    public boolean wasUnpublished() {
        Instant now = Instant.now();
        return status == ArticleStatus.PUBLISHED
                && unpublishAt != null
                && !now.isBefore(unpublishAt)
                && publishedAt != null
                && publishedAt.isBefore(unpublishAt);
    }

    /** What clients see as the status: scheduled until the publication time. */
    public ArticleStatus statusNow() {
        return Article.statusAt(status, publishedAt, Instant.now());
    }
}
