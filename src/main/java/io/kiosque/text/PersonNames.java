package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds people's names in running text: two or more capitalised words in a row (particles such as « de », « do »
 * or « Le » allowed inside), not starting with a capitalised function word or an honorific.
 */
final class PersonNames {

    /** A name and where it is. */
    record Name(String text, int start, int end) {
    }

    /** Capitalised words that start sentences or precede names without being part of them. */
    private static final Set<String> NOT_A_NAME_START = Set.of("le", "la", "les", "un", "une", "des", "du", "de", "dans", "selon", "pour",
            "son", "sa", "ses", "leur", "ce", "cette", "au", "aux", "a", "en", "il", "elle", "ils", "elles", "on", "nous", "je", "mais",
            "et", "depuis", "apres", "avant", "sur", "sous", "chez", "plus", "parmi", "cote", "comme", "quand", "si", "me", "m", "mme",
            "dr", "pr", "mgr", "par", "avec", "sans", "entre", "vers", "the", "an", "of", "in", "at", "by", "president",
            "ministre", "monsieur", "madame");

    /** Determiners: a capitalised word after one is a thing, a place or an institution (« la République »), not a person. */
    private static final Set<String> PLACE_BEFORE = Set.of("le", "la", "les", "du", "des", "au", "aux");

    private static final Set<String> PARTICLES = Set.of("de", "du", "do", "da", "dos", "das", "van", "von", "der", "di", "del", "della", "bin", "ben", "al");

    private PersonNames() {
    }

    static List<Name> in(String text, int from, int to) {
        List<Words.Word> words = Words.of(text, from, to);
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Words.Word first = words.get(i);
            if (!first.isCapitalised() || !first.elision().isEmpty() || NOT_A_NAME_START.contains(first.bare())
                    || (i > 0 && adjacent(text, words.get(i - 1), first) && PLACE_BEFORE.contains(words.get(i - 1).raw()))) {
                i++; 
                continue;
            }
            int last = i;
            int capitalised = 1;
            int j = i + 1;
            while (j < words.size() && adjacent(text, words.get(j - 1), words.get(j))) {
                Words.Word w = words.get(j);
                // « Jean-Guy WALLEMME »: a surname in capitals after a first name, the French way of writing it
                boolean capitalSurname = w.isAcronym() && w.raw().length() >= 3 && j == last + 1 && !words.get(last).isAcronym();
                if ((w.isCapitalised() || capitalSurname) && w.elision().isEmpty()) {
                    last = j;
                    capitalised++;
                } else if (!PARTICLES.contains(w.bare())) {
                    break;
                }
                j++;
            }
            if (capitalised >= 2) {
                names.add(new Name(text.substring(first.start(), words.get(last).end()), first.start(), words.get(last).end()));
            }
            i = last + 1;
        }
        return names;
    }

    /** The first person's name in a phrase, or null. */
    static String first(String phrase) {
        List<Name> names = in(phrase, 0, phrase.length());
        return names.isEmpty() ? null : names.get(0).text();
    }

    /** Words of one name are separated by spaces only, never by punctuation. */
    private static boolean adjacent(String text, Words.Word a, Words.Word b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Typography.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
