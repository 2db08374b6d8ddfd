package io.kiosque.article;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kiosque.text.BlockType;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An article as schema.org NewsArticle JSON-LD, for publishers' pages and search engines. */
@Schema(name = "NewsArticleJsonLd", description = "schema.org NewsArticle (https://schema.org/NewsArticle)")
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record NewsArticleJsonLd(
        @JsonProperty("@context") @Schema(examples = "https://schema.org")
        String context,

        @JsonProperty("@type") @Schema(examples = "NewsArticle")
        String type,

        @Schema(examples = "1") String identifier,

        @Schema(examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String headline,

        @Schema(examples = "fr") String inLanguage,
        @Schema(nullable = true) Instant datePublished,
        Instant dateModified,
        List<Person> author,
        @Schema(description = "Tags, comma-separated") String keywords,

        @Schema(description = "The paragraphs, separated by blank lines")
        String articleBody,

        int wordCount,
        int commentCount,

        @Schema(
                description =
                        "The article on this API: an absolute URL when kiosque.public-url is set, a path otherwise",
                examples = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible")
        String url,

        @Schema(description = "Corrections and update notices, oldest first")
        List<CorrectionComment> correction) {

    public static final String MEDIA_TYPE = "application/ld+json";

    /** A schema.org Person. */
    @Schema(name = "JsonLdPerson")
    public record Person(@JsonProperty("@type") String type, String name) {}

    /** A schema.org CorrectionComment. */
    @Schema(name = "JsonLdCorrectionComment")
    public record CorrectionComment(
            @JsonProperty("@type") @Schema(examples = "CorrectionComment")
            String type,

            String text,
            Instant datePublished) {}

    static NewsArticleJsonLd of(Article article, String url) {
        String body = article.blocks.stream()
                .filter(b -> b.type == BlockType.PARAGRAPH)
                .map(b -> b.text)
                .collect(Collectors.joining("\n\n"));
        return new NewsArticleJsonLd(
                "https://schema.org",
                "NewsArticle",
                Long.toString(article.id),
                article.title,
                article.language,
                article.publishedAt,
                article.updatedAt,
                article.authors.stream().map(name -> new Person("Person", name)).toList(),
                String.join(", ", article.tags),
                body,
                article.wordCount,
                article.commentCount,
                url,
                article.corrections.stream()
                        .map(c -> new CorrectionComment("CorrectionComment", c.text, c.createdAt))
                        .toList());
    }
}
