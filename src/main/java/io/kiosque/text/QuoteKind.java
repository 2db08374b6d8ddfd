package io.kiosque.text;

import java.util.Locale;

/** Whether quotation marks hold someone's words or merely set a term or a name apart. */
public enum QuoteKind {
    /** Words someone said or wrote. */
    SPEECH,
    /** A word or a name in quotation marks: « invincible », « Rade vivante ». */
    TERM;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static QuoteKind fromWireName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
