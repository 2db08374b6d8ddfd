package io.kiosque.text;

/**
 * A quotation found in an article.
 *
 * @param block       index of the block it is in, or -1 for the title
 * @param start       offset of the first character of the quoted text in the block (UTF-16 code units, as JavaScript counts)
 * @param end         offset just past its last character; {@code text.substring(start, end)} is the quote
 * @param text        the words inside the marks, trimmed
 * @param parent      index in the result list of the quote this one is nested in, or -1
 * @param speaker     who said it: the fullest name the article gives, or a role or group as written; null when it does not say
 * @param kind        speech or term
 * @param language    best guess of the quote's language (BCP 47)
 * @param attribution the rule that found the speaker, null without one
 * @param mention     where the words that decided the speaker are, null without one
 */
public record FoundQuote(
        int block,
        int start,
        int end,
        String text,
        int parent,
        String speaker,
        QuoteKind kind,
        String language,
        Attribution attribution,
        Mention mention) {

    /** A place in the article: block index (-1 for the title) and UTF-16 offsets. */
    public record Mention(int block, int start, int end) {}

    public boolean inTitle() {
        return block < 0;
    }

    /** The same quote as speech of this speaker, found by this rule from these words. */
    FoundQuote spokenBy(String name, Attribution rule, Mention decidedBy) {
        return new FoundQuote(block, start, end, text, parent, name, QuoteKind.SPEECH, language, rule, decidedBy);
    }

    /** The same quote given to another name for the same speaker (a full name, a fuller role). */
    FoundQuote withSpeaker(String name) {
        return new FoundQuote(block, start, end, text, parent, name, kind, language, attribution, mention);
    }
}
