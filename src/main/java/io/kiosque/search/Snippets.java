package io.kiosque.search;

import java.util.List;

/**
 * A short extract of a block around its matched words, each wrapped in {@code <mark>}. The rest of the text is
 * HTML-escaped, so the snippet is safe to insert as HTML: it is the only HTML Kiosque emits.
 */
public final class Snippets {

    /** Characters of context kept before the first matched word. */
    private static final int LEAD_IN = 60;

    private Snippets() {
    }

    public static String of(String text, SearchQuery.Matches matches, int maxLength) {
        List<int[]> spans = matches.spans();
        int from = spans.isEmpty() ? 0 : wordStartBefore(text, Math.max(0, spans.get(0)[0] - LEAD_IN), spans.get(0)[0]);
        int to = Math.min(text.length(), from + maxLength);
        if (to < text.length()) {
            to = wordEndBefore(text, from, to);
        }
        StringBuilder out = new StringBuilder(maxLength + 64);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (int[] span : spans) {
            if (span[0] < at || span[1] > to) {
                continue;
            }
            escape(text, at, span[0], out);
            out.append("<mark>");
            escape(text, span[0], span[1], out);
            out.append("</mark>");
            at = span[1];
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** The start of the first whole word at or after {@code from}, never past {@code limit}. */
    private static int wordStartBefore(String text, int from, int limit) {
        if (from == 0) {
            return 0;
        }
        int i = from;
        while (i < limit && !Character.isWhitespace(text.charAt(i - 1))) {
            i++;
        }
        return i;
    }

    /** Cut at the last space before {@code to}, so that no word is halved; keep {@code to} if there is none. */
    private static int wordEndBefore(String text, int from, int to) {
        for (int i = to; i > from; i--) {
            if (Character.isWhitespace(text.charAt(i))) {
                return i;
            }
        }
        return Character.isLowSurrogate(text.charAt(to)) ? to - 1 : to;
    }

    private static void escape(String text, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
    }
}
