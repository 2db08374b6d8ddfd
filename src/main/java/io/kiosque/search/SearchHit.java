package io.kiosque.search;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One search result: an article (at its best-matching block) or a quote. */
@Schema(name = "SearchHit")
public record SearchHit(
        @Schema(
                enumeration = {"article", "quote"},
                examples = "article")
        String type,

        @Schema(description = "Relevance; higher is better. Comparable within one response only.", examples = "3.2")
        double score,

        @Schema(examples = "1") long articleId,

        @Schema(examples = "russie-coree-du-nord-poutine-salue-une-amitie-invincible")
        String slug,

        @Schema(
                description = "The article's title, plain text",
                examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String title,

        @Schema(nullable = true, examples = "2026-01-02T08:30:00Z")
        Instant publishedAt,

        @Schema(
                nullable = true,
                description = "The block to scroll to; null when only the title matched",
                examples = "51")
        Long blockId,

        @Schema(nullable = true, description = "Quote hits only", examples = "7")
        Long quoteId,

        @Schema(
                nullable = true,
                description = "Quote hits only: who said it, when the text names them",
                examples = "Vladimir Poutine")
        String speaker,

        @Schema(
                description =
                        "An extract of the matching text in which each matched word is wrapped in <mark>…</mark>. "
                                + "The rest is HTML-escaped: this field is the only HTML Kiosque emits, safe to insert as HTML.",
                examples = "…Poutine a salué une « <mark>amitié</mark> <mark>invincible</mark> » avec Pyongyang…")
        String snippet) {}
