package io.kiosque.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation as clients see it. */
@Schema(name = "Quote", description = "A quotation found in an article, with who said it when the text says so.")
public record QuoteView(
        @Schema(examples = "3") long id,
        @Schema(examples = "1") long articleId,

        @Schema(
                description = "The block holding the quote; null when it is in the title",
                nullable = true,
                examples = "2")
        Long paragraphId,

        @Schema(description = "The words inside the quotation marks, trimmed", examples = "amitié invincible")
        String text,

        @Schema(
                description =
                        "Offset of the first quoted character in the block's text (or the title), in UTF-16 code units as JavaScript counts them",
                examples = "153")
        int start,

        @Schema(
                description = "Offset just past the last quoted character: text.substring(start, end) is the quote",
                examples = "170")
        int end,

        @Schema(description = "The quote this one is nested in", nullable = true)
        Long parentId,

        @Schema(
                description =
                        "Who said it, as the text names them (a person or a role); null when the text does not say",
                nullable = true,
                examples = "Vladimir Poutine")
        String speaker,

        @Schema(
                enumeration = {"speech", "term"},
                description = "speech: someone's words; term: a word or name set apart",
                examples = "speech")
        String kind,

        @Schema(description = "Best guess of the quote's language", examples = "fr")
        String language,

        @Schema(description = "True when an editor corrected the speaker or the kind", examples = "false")
        boolean corrected,

        @Schema(
                enumeration = {
                    "verb-after",
                    "verb-before",
                    "according-to",
                    "incise",
                    "colon",
                    "continuation",
                    "repeated",
                    "editor",
                    "none",
                    "unknown"
                },
                description =
                        "How the speaker was found: the rule that named them (verb-after: « », a déclaré X; "
                                + "verb-before: X a déclaré : « »; according-to: selon X; incise: « …, confie X. … »; colon: X a affiché sa confiance : « »; "
                                + "continuation: the previous speaker goes on; repeated: a title or heading quote the body gives to someone), "
                                + "editor when an editor set the speaker, none without a speaker, unknown for a speaker extracted before Kiosque recorded how",
                examples = "verb-before")
        String attribution,

        @Schema(
                nullable = true,
                description =
                        "Where the words that decided the speaker are (the name, the role, or the person a pronoun "
                                + "points back to), so that a front-end can show them and an editor check them; null without them")
        SpeakerMention speakerMention) {

    /** A place in an article's text: a block (null for the title) and UTF-16 offsets in its text. */
    @Schema(name = "SpeakerMention")
    public record SpeakerMention(
            @Schema(
                    description = "The block holding the mention; null when it is in the title",
                    nullable = true,
                    examples = "2")
            Long paragraphId,

            @Schema(description = "Offset of the mention's first character, UTF-16 code units", examples = "88")
            int start,

            @Schema(description = "Offset just past its last character", examples = "104")
            int end) {}

    static QuoteView of(Quote quote) {
        SpeakerMention mention = quote.mentionStart == null
                ? null
                : new SpeakerMention(quote.mentionBlockId, quote.mentionStart, quote.mentionEnd);
        String attribution = quote.speaker == null
                ? "none"
                : quote.speakerCorrected ? "editor" : quote.attribution == null ? "unknown" : quote.attribution;
        return new QuoteView(
                quote.id,
                quote.articleId,
                quote.blockId,
                quote.text,
                quote.startOffset,
                quote.endOffset,
                quote.parentId,
                quote.speaker,
                quote.kind,
                quote.language,
                quote.speakerCorrected || quote.kindCorrected,
                attribution,
                mention);
    }
}
