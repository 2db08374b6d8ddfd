package io.kiosque.article;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article in a listing: everything but the body. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "1") long id,

        @Schema(examples = "russie-coree-du-nord-poutine-salue-une-amitie-invincible")
        String slug,

        @Schema(examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String title,

        @Schema(examples = "fr") String language,

        @Schema(
                implementation = String.class,
                enumeration = {"draft", "scheduled", "published"},
                examples = "published")
        ArticleStatus status,

        @Schema(nullable = true, examples = "2026-01-02T08:30:00Z")
        Instant publishedAt,

        @Schema(examples = "2026-01-02T08:30:00Z") Instant updatedAt,
        @Schema(examples = "0") long version,
        @Schema(examples = "423") int wordCount,
        @Schema(examples = "2") int readingTimeMinutes,
        List<String> tags,
        List<String> authors,

        @Schema(description = "Approved comments", examples = "0")
        int commentCount) {

    static ArticleSummary of(Article article) {
        return new ArticleSummary(
                article.id,
                article.slug,
                article.title,
                article.language,
                article.statusNow(),
                article.publishedAt,
                article.updatedAt,
                article.version,
                article.wordCount,
                ReadingTime.minutes(article.wordCount),
                List.copyOf(article.tags),
                List.copyOf(article.authors),
                article.commentCount);
    }
}
