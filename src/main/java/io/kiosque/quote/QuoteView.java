package io.kiosque.quote;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A quotation as clients see it. */
@Schema(name = "Quote", description = "A quotation found in an article, with who said it when the text says so.")
public record QuoteView(
        @Schema(examples = "3") long id,
        @Schema(examples = "1") long articleId,
        @Schema(description = "The block holding the quote; null when it is in the title", nullable = true, examples = "2") Long paragraphId,
        @Schema(description = "The words inside the quotation marks, trimmed", examples = "amitié invincible") String text,
        @Schema(description = "Offset of the first quoted character in the block's text (or the title), in UTF-16 code units as JavaScript counts them",
                examples = "153") int start,
        @Schema(description = "Offset just past the last quoted character: text.substring(start, end) is the quote", examples = "170") int end,
        @Schema(description = "The quote this one is nested in", nullable = true) Long parentId,
        @Schema(description = "Who said it, as the text names them (a person or a role); null when the text does not say", nullable = true,
                examples = "Vladimir Poutine") String speaker,
        @Schema(enumeration = { "speech", "term" }, description = "speech: someone's words; term: a word or name set apart", examples = "speech") String kind,
        @Schema(description = "Best guess of the quote's language", examples = "fr") String language,
        @Schema(description = "True when an editor corrected the speaker or the kind", examples = "false") boolean corrected) {

    static QuoteView of(Quote quote) {
        return new QuoteView(quote.id, quote.articleId, quote.blockId, quote.text, quote.startOffset, quote.endOffset, quote.parentId,
                quote.speaker, quote.kind, quote.language, quote.speakerCorrected || quote.kindCorrected);
    }
}
