package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The roles a text sets beside a person's name: {@code Jean Dupont, directeur de Société X,} and
 * {@code Jean Dupont (PS)} after it; {@code Le procureur de Paris, Jean Dupont,} and {@code la biologiste Claire
 * Dumas} before it. They let « le directeur » or « la biologiste » stand for that person later in the article.
 */
final class Appositions {

    private static final Set<String> NOT_A_ROLE_START = Set.of(
            "qui", "que", "qu", "dont", "ou", "a", "ont", "est", "sont", "et", "mais", "lui", "elle", "il", "eux",
            "selon", "avait", "avaient", "etait", "alors", "ainsi", "puis", "donc", "car", "comme", "ce", "c");
    private static final String PHRASE_END = ",;.:!?()«»“”\"";
    private static final int MAX_WORDS = 10;
    private static final int MAX_WORDS_BEFORE = 6;

    private Appositions() {}

    static List<String> around(String text, PersonNames.Name name) {
        List<String> roles = new ArrayList<>(2);
        String after = after(text, name.end());
        if (after != null) {
            roles.add(after);
        }
        String before = before(text, name.start());
        if (before != null) {
            roles.add(before);
        }
        return roles;
    }

    /** {@code Name, role,} or {@code Name (role)}. */
    private static String after(String text, int end) {
        int i = end;
        while (i < text.length() && Typography.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || (text.charAt(i) != ',' && text.charAt(i) != '(')) {
            return null;
        }
        int from = i + 1;
        int to = from;
        while (to < text.length() && PHRASE_END.indexOf(text.charAt(to)) < 0 && to - from < 200) {
            to++;
        }
        List<Words.Word> words = Words.of(text, from, to);
        if (words.isEmpty() || words.size() > MAX_WORDS) {
            return null;
        }
        Words.Word first = words.get(0);
        if (first.isCapitalised()
                || first.isAcronym()
                || Character.isDigit(first.raw().charAt(0))
                || NOT_A_ROLE_START.contains(first.bare())
                || NOT_A_ROLE_START.contains(first.elision().replace("'", ""))
                || ReportingVerbs.isForm(first.bare())) {
            return null;
        }
        return words.stream().anyMatch(w -> ReportingVerbs.isForm(w.bare()))
                ? null
                : text.substring(first.start(), words.get(words.size() - 1).end());
    }

    /** {@code Le procureur de Paris, Name} or {@code la biologiste Name}: a phrase opened by a determiner. */
    private static String before(String text, int start) {
        int i = start;
        while (i > 0 && Typography.isSpace(text.charAt(i - 1))) {
            i--;
        }
        boolean comma = i > 0 && text.charAt(i - 1) == ',';
        int to = comma ? i - 1 : i;
        int from = to;
        while (from > 0 && PHRASE_END.indexOf(text.charAt(from - 1)) < 0 && to - from < 200) {
            from--;
        }
        List<Words.Word> words = Words.of(text, from, to);
        int limit = comma ? MAX_WORDS : MAX_WORDS_BEFORE;
        Words.Word opening = null;
        for (int k = words.size() - 1; k >= 0 && words.size() - k <= limit; k--) {
            Words.Word w = words.get(k);
            if (ReportingVerbs.isForm(w.bare()) || NOT_A_ROLE_START.contains(w.bare())) {
                break;
            }
            boolean determiner = Set.of("le", "la", "l", "un", "une", "son", "sa", "leur", "notre")
                            .contains(w.bare())
                    || (!w.elision().isEmpty() && Set.of("l'").contains(w.elision()));
            if (determiner && k < words.size() - (w.elision().isEmpty() ? 1 : 0)) {
                opening = w;
                if (!comma) {
                    break; // « … a reçu la biologiste Claire Dumas »: the nearest determiner opens the role
                }
            }
        }
        // « Le procureur de la République de Paris, François Molins »: the role is the whole phrase, not « la
        // République »
        return opening == null
                ? null
                : text.substring(opening.start(), words.get(words.size() - 1).end());
    }
}
