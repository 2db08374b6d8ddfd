package io.kiosque.article;

/** Whether readers may comment on an article, and whether a moderator sees each comment first. */
public enum CommentMode implements WireNamed {
    /** Comments are approved at once unless a rule holds them. */
    OPEN,
    /** Every comment waits for a moderator. */
    PREMODERATED,
    /** No new comment, and no edit of an existing one. */
    CLOSED;

    /** The wire names, for the fields that take them as text (a Bean Validation pattern and its message). */
    public static final String WIRE_NAMES = "open|premoderated|closed";

    public static final String EXPECTED = "must be open, premoderated or closed";

    public static CommentMode fromWireName(String name) {
        return WireNamed.fromWireName(CommentMode.class, name);
    }
}
