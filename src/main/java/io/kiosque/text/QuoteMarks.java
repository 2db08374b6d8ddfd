package io.kiosque.text;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Finds balanced pairs of quotation marks in one block of text: « », “ ”, ‹ › and straight "…" pairs, nested
 * to any depth. An opening mark that is never closed is skipped without swallowing what follows it, and a
 * closing mark with no opener is ignored.
 */
final class QuoteMarks {

    /** One balanced pair: offsets of the marks, of the trimmed inner text, and the enclosing pair's index. */
    record Span(int open, int close, int start, int end, int parent) {}

    private record Opener(char mark, int position) {}

    /** Quotes inside quotes inside quotes, at most. */
    static final int MAX_DEPTH = 3;

    private QuoteMarks() {}

    static List<Span> find(String text) {
        List<int[]> pairs = new ArrayList<>();
        Deque<Opener> open = new ArrayDeque<>();
        int[] openCount = new int[4];
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (!open.isEmpty() && open.peek().mark() == '"') {
                    openCount[kind(c)]--;
                    pairs.add(new int[] {open.pop().position(), i});
                } else {
                    openCount[kind(c)]++;
                    open.push(new Opener(c, i));
                }
            } else if (c == '«' || c == '“' || c == '‹') {
                openCount[kind(c)]++;
                open.push(new Opener(c, i));
            } else if (c == '»' || c == '”' || c == '›') {
                closeMatching(open, openCount, opening(c), i, pairs);
            }
        }
        return spans(text, pairs);
    }

    /**
     * Closes the nearest opener of the same kind; openers left unclosed inside it are dropped. The count of open
     * marks per kind answers « is there one? » at once, so a text of a million unclosed marks stays linear.
     */
    private static void closeMatching(
            Deque<Opener> open, int[] openCount, char opening, int position, List<int[]> pairs) {
        if (openCount[kind(opening)] == 0) {
            return;
        }
        while (open.peek().mark() != opening) {
            openCount[kind(open.pop().mark())]--;
        }
        openCount[kind(opening)]--;
        pairs.add(new int[] {open.pop().position(), position});
    }

    private static int kind(char opening) {
        return switch (opening) {
            case '«' -> 0;
            case '“' -> 1;
            case '‹' -> 2;
            default -> 3;
        };
    }

    private static char opening(char closing) {
        return switch (closing) {
            case '»' -> '«';
            case '”' -> '“';
            default -> '‹';
        };
    }

    /** Orders pairs by position, trims their inner text, and links each to the nearest pair around it (a stack of enclosing pairs). */
    private static List<Span> spans(String text, List<int[]> pairs) {
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Span> spans = new ArrayList<>();
        Deque<Integer> enclosing = new ArrayDeque<>();
        for (int[] pair : pairs) {
            int start = pair[0] + 1;
            int end = pair[1];
            while (start < end && Typography.isSpace(text.charAt(start))) {
                start++;
            }
            while (end > start && Typography.isSpace(text.charAt(end - 1))) {
                end--;
            }
            if (start == end) {
                continue;
            }
            while (!enclosing.isEmpty() && spans.get(enclosing.peek()).close() < pair[1]) {
                enclosing.pop();
            }
            if (enclosing.size() >= MAX_DEPTH) {
                continue; // no newsroom nests quotes this deep; keeping them would copy the text once per level
            }
            int parent = enclosing.isEmpty() ? -1 : enclosing.peek();
            spans.add(new Span(pair[0], pair[1], start, end, parent));
            enclosing.push(spans.size() - 1);
        }
        return spans;
    }
}
