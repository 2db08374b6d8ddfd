package io.kiosque.article;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of POST and PUT /api/articles in JSON. */
@Schema(name = "ArticleInput", description = "An article to create, or the full new state of one to replace.")
public record ArticleInput(
        @NotBlank
        @Size(max = MAX_TITLE, message = "must be at most {max} characters")
        @Schema(required = true, examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String title,

        @NotNull
        @Size(max = MAX_BLOCKS, message = "must have at most {max} blocks")
        @Schema(required = true, description = "The ordered body; the first paragraph becomes the lead")
        List<@Valid @NotNull BlockInput> blocks,

        @Pattern(
                regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})*",
                message = "must be a BCP 47 language tag such as fr or fr-BE")
        @Schema(description = "BCP 47 language tag; defaults to fr", examples = "fr", defaultValue = "fr")
        String language,

        @Pattern(regexp = ArticleStatus.WIRE_NAMES, message = ArticleStatus.EXPECTED)
        @Schema(
                enumeration = {"draft", "scheduled", "published"},
                defaultValue = "draft",
                examples = "published",
                description = "scheduled: published at publishAt, invisible to readers until then")
        String status,

        @Size(max = 50, message = "must have at most {max} tags") @Schema(examples = "[\"international\", \"russie\"]")
        List<@NotBlank @Size(max = 100) String> tags,

        @Size(max = 20, message = "must have at most {max} authors")
        @Schema(examples = "[\"Rédaction internationale\"]")
        List<@NotBlank @Size(max = 200) String> authors,

        @Schema(
                description = "Publication time; defaults to the time of publication when status is published",
                nullable = true,
                examples = "2026-01-02T08:30:00Z")
        Instant publishedAt,

        @Schema(
                description =
                        "With status scheduled: the instant of publication, with its zone; in the past, the article is published now",
                nullable = true,
                examples = "2026-01-03T06:00:00+01:00")
        Instant publishAt,

        @Schema(
                description =
                        "The end of an embargo, after the publication: the article leaves every read path then (410 by id or slug)",
                nullable = true,
                examples = "2026-02-03T06:00:00+01:00")
        Instant unpublishAt,

        @Pattern(regexp = CommentMode.WIRE_NAMES, message = CommentMode.EXPECTED)
        @Schema(
                enumeration = {"open", "premoderated", "closed"},
                defaultValue = "open",
                nullable = true,
                description =
                        "open: comments approved at once unless a rule holds them; premoderated: all held for a moderator; closed: no new comments. "
                                + "Omitted on replace: unchanged.")
        String commentMode) {

    public static final int MAX_TITLE = 300;
    public static final int MAX_BLOCKS = 2000;
    public static final int MAX_BLOCK_TEXT = 100_000;
}
