package io.kiosque.article;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A revision in a list: who made which version, when and how, without the article's body. */
@Schema(name = "RevisionSummary")
public record RevisionSummary(
        @Schema(description = "The article's version this revision holds", examples = "3")
        long version,

        @Schema(examples = "2026-01-02T09:15:00Z") Instant createdAt,

        @Schema(
                description = "Name of the token that made the change; kiosque for Kiosque's own imports",
                examples = "Rédaction web")
        String author,

        @Schema(
                enumeration = {
                    "created",
                    "imported",
                    "replaced",
                    "paragraph-edited",
                    "quote-corrected",
                    "corrected",
                    "restored",
                    "undeleted",
                    "published",
                    "unpublished"
                },
                examples = "paragraph-edited")
        String kind,

        @Schema(
                description = "The title at that version",
                examples = "Russie - Corée du Nord : Poutine salue une « amitié invincible »")
        String title) {}
