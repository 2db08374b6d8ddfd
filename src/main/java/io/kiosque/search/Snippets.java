package io.kiosque.search;

import java.util.List;

/**
 * A short extract of a block around its matched words, each wrapped in {@code <mark>}. The rest of the text is
 * HTML-escaped, so the snippet is safe to insert as HTML: it is the only HTML Kiosque emits.
 */
public final class Snippets {

    /** Characters of context kept before the first matched word. */
    private static final int LEAD_IN = 60;

    private Snippets() {}

    public static String of(String text, SearchQuery.Matches matches, int maxLength) {
        List<SearchQuery.Span> spans = matches.spans();
        int anchor = spans.isEmpty()
                ? 0
                : spans.get(densestFrom(spans, maxLength - LEAD_IN)[0]).start();
        int from = wordStartBefore(text, Math.max(0, anchor - LEAD_IN), anchor);
        int to = Math.min(text.length(), from + maxLength);
        if (to < text.length()) {
            to = wordEndBefore(text, from, to);
        }
        StringBuilder out = new StringBuilder(maxLength + 64);
        if (from > 0) {
            out.append('…');
        }
        int at = from;
        for (SearchQuery.Span span : spans) {
            if (span.start() < at || span.end() > to) {
                continue;
            }
            escape(text, at, span.start(), out);
            out.append("<mark>");
            escape(text, span.start(), span.end(), out);
            out.append("</mark>");
            at = span.end();
        }
        escape(text, at, to, out);
        if (to < text.length()) {
            out.append('…');
        }
        return out.toString();
    }

    /** How many different clauses the snippet of this length shows: what makes one block a better hit than another. */
    public static int clausesShown(SearchQuery.Matches matches, int maxLength) {
        return matches.spans().isEmpty() ? 0 : densestFrom(matches.spans(), maxLength - LEAD_IN)[1];
    }

    /**
     * The first span of the window (of this many characters) that shows the most different clauses, the earliest on
     * a tie, and that number of clauses.
     */
    private static int[] densestFrom(List<SearchQuery.Span> spans, int window) {
        int best = 0;
        long bestClauses = 0;
        for (int i = 0; i < spans.size(); i++) {
            int limit = spans.get(i).start() + window;
            long clauses = spans.stream()
                    .skip(i)
                    .takeWhile(s -> s.end() <= limit)
                    .mapToInt(SearchQuery.Span::clause)
                    .distinct()
                    .count();
            if (clauses > bestClauses) {
                best = i;
                bestClauses = clauses;
            }
        }
        return new int[] {best, (int) bestClauses};
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
