package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Words of a text with their offsets, and the few word classes that quote attribution needs. */
final class Words {

    /** A word as written, its folded form without elision, and where it is. */
    record Word(String raw, String bare, int start, int end) {

        boolean isCapitalised() {
            return Character.isUpperCase(raw.codePointAt(0)) && !isAcronym();
        }

        /** All capitals (KCNA, PDG, SNCF): an organisation, not a person. */
        boolean isAcronym() {
            return raw.length() > 1 && raw.chars().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        /** The elided word in front, folded: "qu'" for qu’il, "" when there is none. */
        String elision() {
            if (raw.indexOf('\'') < 0 && raw.indexOf('’') < 0) {
                return ""; // most words: no apostrophe, nothing to fold
            }
            String folded = Typography.fold(raw);
            return folded.length() > bare.length() ? folded.substring(0, folded.length() - bare.length()) : "";
        }
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}’'\\-+]*");
    private static final Set<String> ELISIONS =
            Set.of("l'", "d'", "qu'", "s'", "n'", "j'", "c'", "m'", "t'", "jusqu'", "lorsqu'", "puisqu'");

    static final Set<String> SUBJECT_PRONOUNS = Set.of("il", "elle", "ils", "elles", "lui", "eux");
    static final Set<String> FIRST_PERSON = Set.of("je", "j", "nous", "moi", "me", "on", "tu", "vous");
    static final Set<String> DETERMINERS = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "du", "son", "sa", "ses", "leur", "leurs", "ce", "cette", "ces",
            "notre", "votre", "mon", "ma", "mes");

    private Words() {}

    static List<Word> of(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        Matcher matcher = WORD.matcher(text).region(from, to);
        while (matcher.find()) {
            String raw = matcher.group();
            while (raw.endsWith("-")) {
                raw = raw.substring(0, raw.length() - 1);
            }
            words.add(new Word(raw, bare(raw), matcher.start(), matcher.start() + raw.length()));
        }
        return words;
    }

    /** Folded, with a leading elision removed: "s’agace" gives "agace", "l’entraîneur" gives "entraineur". */
    static String bare(String raw) {
        String folded = Typography.fold(raw);
        int apostrophe = folded.indexOf('\'');
        if (apostrophe > 0 && ELISIONS.contains(folded.substring(0, apostrophe + 1))) {
            return folded.substring(apostrophe + 1);
        }
        return folded;
    }
}
