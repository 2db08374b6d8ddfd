package io.kiosque.text;

import java.util.Locale;

/**
 * Which characters Kiosque takes in, which it drops, and which it never sends out. Unpaired surrogates and
 * noncharacters are refused in every text input: they are not text, a strict JSON parser rejects a document that
 * carries them and XML forbids some of them. Invisible characters (format characters such as U+200B or the soft
 * hyphen, and the blank Hangul fillers) are legal but let a reader hide a word from the moderation rules or post
 * a name that shows nothing, so matching ignores them and reader text drops them.
 */
public final class Unicode {

    private static final int ZERO_WIDTH_JOINER = 0x200D;
    private static final int BLACK_FLAG = 0x1F3F4;
    private static final int CANCEL_TAG = 0xE007F;

    private Unicode() {}

    /** U+FDD0 to U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…): never text. */
    public static boolean isNoncharacter(int codePoint) {
        return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
    }

    /** The UTF-16 index of the first unpaired surrogate or noncharacter, or -1 when the text has none. */
    public static int firstForbidden(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (Character.isSurrogate((char) codePoint) || isNoncharacter(codePoint)) {
                return i;
            }
            i += Character.charCount(codePoint);
        }
        return -1;
    }

    /** What {@link #firstForbidden} found at this index, in words a client developer can act on. */
    public static String describeForbidden(String text, int index) {
        int codePoint = text.codePointAt(index);
        return Character.isSurrogate((char) codePoint)
                ? codePointName(codePoint) + " at character " + index
                        + ", half of a surrogate pair without its other half"
                : codePointName(codePoint) + " at character " + index + ", a noncharacter";
    }

    /** "U+FFFF", "U+1F600". */
    public static String codePointName(int codePoint) {
        return "U+" + String.format(Locale.ROOT, "%04X", codePoint);
    }

    /**
     * Characters that show nothing and carry no meaning a reader sees: format characters (category Cf: zero-width
     * space and joiners, soft hyphen, word joiner, direction marks, tags…), the combining grapheme joiner and the
     * blank Hangul fillers, which are letters that draw nothing.
     */
    public static boolean isInvisible(int codePoint) {
        return Character.getType(codePoint) == Character.FORMAT
                || codePoint == 0x034F
                || codePoint == 0x115F
                || codePoint == 0x1160
                || codePoint == 0x3164
                || codePoint == 0xFFA0;
    }

    /**
     * The text without its invisible characters, except those that build an emoji a reader sees as one picture: a
     * zero-width joiner between two pictographs (👨‍👩‍👧, 🏳️‍🌈) and the tags of a subdivision flag (🏴󠁧󠁢󠁳󠁣󠁴󠁿).
     */
    public static String withoutInvisible(String text) {
        StringBuilder out = null;
        int previous = -1;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            boolean drop = isInvisible(codePoint)
                    && !joinsEmoji(text, i, codePoint, previous)
                    && !inFlagTags(text, i, codePoint);
            if (drop && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            } else if (!drop && out != null) {
                out.appendCodePoint(codePoint);
            }
            if (!drop) {
                previous = codePoint;
            }
            i = next;
        }
        return out == null ? text : out.toString();
    }

    /** True when some character would show: not a space, not invisible, not a control, not a mark standing alone. */
    public static boolean hasVisibleText(String text) {
        return text.codePoints()
                .anyMatch(c ->
                        !Typography.isSpace(c) && !isInvisible(c) && !isVariationSelector(c) && !isMarkOrControl(c));
    }

    /**
     * The text with every character XML 1.0 forbids removed (controls other than tab and line breaks, unpaired
     * surrogates, U+FFFE and U+FFFF) and the other noncharacters too: stored text from before inputs were
     * checked may still hold them, and one of them makes a whole feed unreadable.
     */
    public static String xmlSafe(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            boolean allowed = codePoint == '\t'
                    || codePoint == '\n'
                    || codePoint == '\r'
                    || (codePoint >= 0x20
                            && !Character.isSurrogate((char) codePoint)
                            && !isNoncharacter(codePoint)
                            && !(codePoint >= 0x7F && codePoint <= 0x9F));
            if (allowed) {
                out.appendCodePoint(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        return out.toString();
    }

    private static boolean joinsEmoji(String text, int index, int codePoint, int previous) {
        if (codePoint != ZERO_WIDTH_JOINER || previous < 0 || index + 1 >= text.length()) {
            return false;
        }
        return isPictograph(previous) && isPictograph(text.codePointAt(index + 1));
    }

    /** Tag characters U+E0020–U+E007F right after a black flag, up to the cancel tag. */
    private static boolean inFlagTags(String text, int index, int codePoint) {
        if (codePoint < 0xE0020 || codePoint > CANCEL_TAG) {
            return false;
        }
        int start = index;
        while (start > 0) {
            int before = text.codePointBefore(start);
            if (before < 0xE0020 || before > 0xE007E) {
                break;
            }
            start -= Character.charCount(before);
        }
        if (start == 0 || text.codePointBefore(start) != BLACK_FLAG) {
            return false;
        }
        for (int i = index; i < text.length(); ) {
            int c = text.codePointAt(i);
            if (c == CANCEL_TAG) {
                return true;
            }
            if (c < 0xE0020 || c > 0xE007E) {
                return false;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** Emoji and their variation selector or skin tone (which a joined sequence may end a part with). */
    private static boolean isPictograph(int codePoint) {
        return Character.getType(codePoint) == Character.OTHER_SYMBOL
                || isVariationSelector(codePoint)
                || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
    }

    private static boolean isVariationSelector(int codePoint) {
        return (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
                || (codePoint >= 0xE0100 && codePoint <= 0xE01EF)
                || (codePoint >= 0x180B && codePoint <= 0x180F);
    }

    private static boolean isMarkOrControl(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.CONTROL;
    }
}
