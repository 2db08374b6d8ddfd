package io.kiosque.article;

import io.kiosque.web.ProblemException;
import io.kiosque.web.ProblemType;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * When an article is public, as a write asks for it: a status, an explicit publication time, the instant of a scheduled
 * publication and the end of an embargo. Null fields were omitted.
 */
record Publication(ArticleStatus status, Instant publishedAt, Instant publishAt, Instant unpublishAt) {

    static Publication of(ArticleInput input) {
        return new Publication(
                ArticleStatus.fromWireName(input.status()),
                input.publishedAt(),
                input.publishAt(),
                input.unpublishAt());
    }

    /**
     * Sets the article's stored status and times. A scheduled article is stored as published at its publishAt (publishedAt
     * read back by a client works too); one whose publishAt has passed is published now. Publishing an article still
     * scheduled publishes it now.
     */
    void applyTo(Article article, Instant now) {
        ArticleStatus wanted = status == null ? ArticleStatus.DRAFT : status;
        if (wanted == ArticleStatus.SCHEDULED) {
            Instant at = publishAt != null ? publishAt : publishedAt;
            if (at == null) {
                throw new ProblemException(
                        ProblemType.UNPROCESSABLE,
                        "publishAt: required with status scheduled; send the instant of publication");
            }
            article.status = ArticleStatus.PUBLISHED;
            article.publishedAt = at.isAfter(now) ? at.truncatedTo(ChronoUnit.MICROS) : now;
        } else if (publishAt != null) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "publishAt: goes with status scheduled; set that status or omit publishAt");
        } else {
            article.status = wanted;
            boolean publishNow = wanted == ArticleStatus.PUBLISHED
                    && (article.publishedAt == null || article.publishedAt.isAfter(now));
            article.publishedAt = publishedAt != null
                    ? publishedAt.truncatedTo(ChronoUnit.MICROS)
                    : publishNow ? now : article.publishedAt;
        }
        article.unpublishAt = unpublishAt == null ? null : unpublishAt.truncatedTo(ChronoUnit.MICROS);
        if (article.unpublishAt != null
                && article.publishedAt != null
                && !article.unpublishAt.isAfter(article.publishedAt)) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "unpublishAt: " + article.unpublishAt + " is not after the publication, " + article.publishedAt
                            + "; an embargo ends after it starts");
        }
    }
}
