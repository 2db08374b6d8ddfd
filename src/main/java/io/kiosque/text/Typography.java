package io.kiosque.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Small, shared rules about French typography. Matching works on folded copies; stored text is never folded.
 */
public final class Typography {

    private Typography() {}

    /** True for every space the press uses, including U+00A0 and U+202F, which {@code Character.isWhitespace} misses. */
    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint);
    }

    /** Strips all kinds of space (including no-break ones) from both ends. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    public static boolean isBlank(String text) {
        return trim(text).isEmpty();
    }

    /**
     * NFC-normalises and removes control characters other than tab and line breaks, so that stored text
     * compares and measures the way a reader sees it.
     */
    public static String clean(String text) {
        String normalised = Normalizer.normalize(text, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(normalised.length());
        for (int i = 0; i < normalised.length(); i++) {
            char c = normalised.charAt(i);
            boolean control = Character.getType(c) == Character.CONTROL && c != '\t' && c != '\n' && c != '\r';
            if (!control && c != '\uFEFF') {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Lowercase, accents removed, ligatures expanded, apostrophes and all spaces unified, invisible characters
     * dropped (a zero-width space inside a word must not split it): the copy used for matching words the way
     * readers type them.
     */
    public static String fold(String text) {
        if (isPlainAscii(text)) { // most words of French copy: no accent to strip, no ligature, no invisible character
            StringBuilder out = new StringBuilder(text.length());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                out.append(isSpace(c) ? ' ' : c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
            }
            return out.toString();
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            int codePoint = decomposed.codePointAt(i);
            if (Unicode.isInvisible(codePoint)) {
                i += Character.charCount(codePoint) - 1;
                continue;
            }
            if (Character.getType(c) == Character.NON_SPACING_MARK) {
                continue;
            }
            switch (c) {
                case 'œ', 'Œ' -> out.append("oe");
                case 'æ', 'Æ' -> out.append("ae");
                case 'ß' -> out.append("ss");
                case 'ø', 'Ø' -> out.append('o');
                case 'ł', 'Ł' -> out.append('l');
                case '’', '‘', 'ʼ' -> out.append('\'');
                default -> out.append(isSpace(c) ? ' ' : Character.toLowerCase(c));
            }
        }
        return out.toString().toLowerCase(Locale.ROOT);
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Counts words: runs of letters or digits, with apostrophes and hyphens inside a word. */
    public static int countWords(String text) {
        if (text == null) {
            return 0;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean joiner = inWord
                    && i + 1 < text.length()
                    && Character.isLetterOrDigit(text.charAt(i + 1))
                    && (c == '’' || c == '\'' || c == '-' || c == '\u2011');
            boolean wordChar = Character.isLetterOrDigit(c) || joiner;
            if (wordChar && !inWord) {
                words++;
            }
            inWord = wordChar;
        }
        return words;
    }
}
