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
    record Span(int open, int close, int start, int end, int parent) {
    }

    private record Opener(char mark, int position) {
    }

    private QuoteMarks() {
    }

    static List<Span> find(String text) {
        List<int[]> pairs = new ArrayList<>();
        Deque<Opener> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                if (!open.isEmpty() && open.peek().mark() == '"') {
                    pairs.add(new int[] { open.pop().position(), i });
                } else {
                    open.push(new Opener(c, i));
                }
            } else if (c == '«' || c == '“' || c == '‹') {
                open.push(new Opener(c, i));
            } else if (c == '»' || c == '”' || c == '›') {
                closeMatching(open, opening(c), i, pairs);
            }
        }
        return spans(text, pairs);
    }

    /** Closes the nearest opener of the same kind; openers left unclosed inside it are dropped. */
    private static void closeMatching(Deque<Opener> open, char opening, int position, List<int[]> pairs) {
        boolean hasOpener = open.stream().anyMatch(o -> o.mark() == opening);
        if (!hasOpener) {
            return;
        }
        while (open.peek().mark() != opening) {
            open.pop();
        }
        pairs.add(new int[] { open.pop().position(), position });
    }

    private static char opening(char closing) {
        return switch (closing) {
            case '»' -> '«';
            case '”' -> '“';
            default -> '‹';
        };
    }

    /** Orders pairs by position, trims their inner text, and links each to the nearest pair around it. */
    private static List<Span> spans(String text, List<int[]> pairs) {
        pairs.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<Span> spans = new ArrayList<>();
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
            int parent = -1;
            for (int j = spans.size() - 1; j >= 0; j--) {
                Span candidate = spans.get(j);
                if (candidate.open() < pair[0] && candidate.close() > pair[1]) {
                    parent = j;
                    break;
                }
            }
            spans.add(new Span(pair[0], pair[1], start, end, parent));
        }
        return spans;
    }
}
