package io.kiosque.change;

/**
 * Where a client is in the change feed: the position of the last change it read, and how many times retention had
 * removed changes when the cursor was handed out ({@code <position>.<purges>}); {@code 0} reads from the beginning.
 */
public record ChangeCursor(long position, long purges) {

    /** The parameter's pattern: 0, or position and purges. */
    public static final String PATTERN = "^(0|[1-9][0-9]{0,17}\\.(0|[1-9][0-9]{0,17}))$";

    static final ChangeCursor START = new ChangeCursor(0, 0);

    /** Parses a cursor that matched {@link #PATTERN}. */
    static ChangeCursor parse(String text) {
        int dot = text.indexOf('.');
        return dot < 0
                ? START
                : new ChangeCursor(Long.parseLong(text.substring(0, dot)), Long.parseLong(text.substring(dot + 1)));
    }

    boolean isStart() {
        return position == 0;
    }

    @Override
    public String toString() {
        return isStart() ? "0" : position + "." + purges;
    }
}
