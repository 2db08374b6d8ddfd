package io.kiosque.text;

import java.util.Locale;

/** How the speaker of a quote was found: each value is a rule with its own tests. */
public enum Attribution {
    /**
     * A reporting clause after the closing mark: {@code «…», a déclaré X}, {@code «…» raconte X}, {@code «…», a-t-il ajouté};
     * or a headline's signature after a dash: {@code «…» – un rescapé}.
     */
    VERB_AFTER,
    /** A reporting verb before the quote, its subject being the speaker: {@code X a déclaré : «}, {@code X estime que «}. */
    VERB_BEFORE,
    /** {@code Selon X,} / {@code D’après X,} / {@code Pour X,} or {@code «…», selon X}. */
    ACCORDING_TO,
    /** The attribution inside the marks: {@code « Phrase, confie X. Suite. »}. */
    INCISE,
    /** A colon after a clause whose subject is the speaker, whatever its verb: {@code La ministre a affiché sa confiance : «}. */
    COLON,
    /**
     * No clause of its own: the quote goes on from the previous speaker's, in the next sentence or later in the
     * same one ({@code a déclaré X, en précisant que «…»}).
     */
    CONTINUATION,
    /** A quote in the title or a heading that the body gives to someone. */
    REPEATED;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
