package io.kiosque.text;

/**
 * A quotation found in an article.
 *
 * @param block    index of the block it is in, or -1 for the title
 * @param start    offset of the first character of the quoted text in the block (UTF-16 code units, as JavaScript counts)
 * @param end      offset just past its last character; {@code text.substring(start, end)} is the quote
 * @param text     the words inside the marks, trimmed
 * @param parent   index in the result list of the quote this one is nested in, or -1
 * @param speaker  who said it, as the text names them (a person or a role), or null when it does not say
 * @param kind     speech or term
 * @param language best guess of the quote's language (BCP 47)
 */
public record FoundQuote(int block, int start, int end, String text, int parent, String speaker, QuoteKind kind, String language) {

    public boolean inTitle() {
        return block < 0;
    }
}
