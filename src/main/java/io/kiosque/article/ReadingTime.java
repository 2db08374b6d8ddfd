package io.kiosque.article;

/** Reading time the way news sites show it. */
final class ReadingTime {

    /** A common figure for adult silent reading of French news prose. */
    static final int WORDS_PER_MINUTE = 230;

    private ReadingTime() {}

    static int minutes(int words) {
        return Math.max(1, (words + WORDS_PER_MINUTE - 1) / WORDS_PER_MINUTE);
    }
}
