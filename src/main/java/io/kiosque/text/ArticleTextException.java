package io.kiosque.text;

/** Raised when text cannot become an article; the reason tells a client what to fix. */
public class ArticleTextException extends IllegalArgumentException {

    public enum Reason {
        /** Nothing but whitespace. */
        EMPTY,
        /** A title and nothing after it. */
        NO_BODY
    }

    private final Reason reason;

    public ArticleTextException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
