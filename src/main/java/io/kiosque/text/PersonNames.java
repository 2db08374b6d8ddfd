package io.kiosque.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds people's names in running text: two or more capitalised words in a row (particles such as « de », « do »
 * or « Le » allowed inside), not starting with a capitalised function word or an honorific; or a common given name
 * alone (« explique Marie, gérante »).
 */
final class PersonNames {

    /** A name and where it is. */
    record Name(String text, int start, int end) {}

    /** Capitalised words that start sentences or precede names without being part of them. */
    private static final Set<String> NOT_A_NAME_START = Set.of(
            "le",
            "la",
            "les",
            "un",
            "une",
            "des",
            "du",
            "de",
            "dans",
            "selon",
            "pour",
            "son",
            "sa",
            "ses",
            "leur",
            "ce",
            "cette",
            "au",
            "aux",
            "a",
            "en",
            "il",
            "elle",
            "ils",
            "elles",
            "on",
            "nous",
            "je",
            "mais",
            "et",
            "depuis",
            "apres",
            "avant",
            "sur",
            "sous",
            "chez",
            "plus",
            "parmi",
            "cote",
            "comme",
            "quand",
            "si",
            "me",
            "m",
            "mme",
            "dr",
            "pr",
            "mgr",
            "par",
            "avec",
            "sans",
            "entre",
            "vers",
            "the",
            "an",
            "of",
            "in",
            "at",
            "by",
            "president",
            "ministre",
            "monsieur",
            "madame",
            // conjunctions and adverbs that open sentences: « Lorsque Lucrézia reprend ses esprits »
            "lorsque",
            "lorsqu",
            "puisque",
            "puis",
            "alors",
            "ensuite",
            "enfin",
            "car",
            "donc",
            "or",
            "ni",
            "ou",
            "aussi",
            "ainsi",
            "pourtant",
            "cependant",
            "toutefois",
            "desormais",
            "hier",
            "aujourd",
            "demain",
            "face",
            "pendant",
            "durant",
            "lors",
            "contre",
            "malgre",
            "grace",
            "devant",
            "derriere",
            "autour",
            "pres",
            "loin",
            "tandis",
            "meme",
            "tout",
            "toute",
            "tous",
            "chaque",
            "ces",
            "cet",
            "mes",
            "ma",
            "mon",
            "nos",
            "notre",
            "vos",
            "votre",
            "leurs");

    /** Determiners: a capitalised word after one is a thing, a place or an institution (« la République »), not a person. */
    private static final Set<String> PLACE_BEFORE = Set.of("le", "la", "les", "du", "des", "au", "aux");

    private static final Set<String> PARTICLES =
            Set.of("de", "du", "do", "da", "dos", "das", "van", "von", "der", "di", "del", "della", "bin", "ben", "al");

    /** « Luxembourgeois », « Ivoirien », « Québécoise »: a people's adjective, capitalised by some copy before a name. */
    private static final java.util.regex.Pattern DEMONYM =
            java.util.regex.Pattern.compile("(ais|aise|ois|oise|ien|ienne|ain|aine|an|ane)$");

    private static final Set<String> DEMONYMS = Set.of(
            "belge",
            "suisse",
            "russe",
            "tcheque",
            "slovaque",
            "malgache",
            "grecque",
            "turque",
            "arabe",
            "basque",
            "corse");
    /** Titles written before a surname, as written: « M. », « Mme », « Me »… */
    private static final Set<String> HONORIFICS = Set.of("M", "Mme", "Mlle", "Me", "Dr", "Pr", "Mgr");

    private static final Set<String> FIRST_NAMES = Lexicon.foldedWords("first-names.txt");
    private static final Set<String> FEMININE = Lexicon.foldedWords("feminine-first-names.txt");
    /** Given names borne by women and men alike: they tell no gender. */
    private static final Set<String> EPICENE = Set.of("camille", "dominique", "claude", "sacha", "alix", "andrea");

    private PersonNames() {}

    /** True for a common given name (folded): it starts a name, and names a person on its own. */
    static boolean isFirstName(String folded) {
        return FIRST_NAMES.contains(folded);
    }

    /** The gender a folded given name tells: 'f', 'm', or '?' for a name borne by both or not known here. */
    static char genderOf(String folded) {
        if (FEMININE.contains(folded)) {
            return 'f';
        }
        return FIRST_NAMES.contains(folded) && !EPICENE.contains(folded) ? 'm' : '?';
    }

    static List<Name> in(String text, int from, int to) {
        List<Words.Word> words = Words.of(text, from, to);
        List<Name> names = new ArrayList<>();
        int i = 0;
        while (i < words.size()) {
            Words.Word first = words.get(i);
            if (!first.isCapitalised()
                    || !first.elision().isEmpty()
                    || NOT_A_NAME_START.contains(first.bare())
                    || (i > 0
                            && adjacent(text, words.get(i - 1), first)
                            && PLACE_BEFORE.contains(words.get(i - 1).raw()))) {
                i++;
                continue;
            }
            int last = i;
            int capitalised = 1;
            int j = i + 1;
            while (j < words.size() && adjacent(text, words.get(j - 1), words.get(j))) {
                Words.Word w = words.get(j);
                // « Jean-Guy WALLEMME »: a surname in capitals after a first name, the French way of writing it
                boolean capitalSurname = w.isAcronym()
                        && w.raw().length() >= 3
                        && j == last + 1
                        && !words.get(last).isAcronym();
                if ((w.isCapitalised() || capitalSurname) && w.elision().isEmpty()) {
                    last = j;
                    capitalised++;
                } else if (!PARTICLES.contains(w.bare())) {
                    break;
                }
                j++;
            }
            int start = first.start();
            if (capitalised >= 3 && !isFirstName(first.bare())) {
                start = givenNameAfterMediumOrAdjective(words, i, last);
            }
            if (capitalised >= 2
                    || isFirstName(first.bare())
                    || introducedAsSomeone(text, first.end())
                    || afterHonorific(text, words, i)) {
                names.add(new Name(
                        text.substring(start, words.get(last).end()),
                        start,
                        words.get(last).end()));
            }
            i = last + 1;
        }
        return names;
    }

    /**
     * {@code Lucrézia, 85 ans,}, {@code Brahim, commerçant du quartier,}: a lone capitalised word set beside an age or a
     * person's role without a definite article (« Bamako, le ministre » is a place) is someone's given name, even one
     * no list holds.
     */
    private static boolean introducedAsSomeone(String text, int end) {
        Matcher apposition = AGE_OR_ROLE.matcher(text).region(end, Math.min(text.length(), end + 60));
        return apposition.lookingAt()
                && (apposition.group(1) != null || PersonRoles.isPersonRole(Typography.fold(apposition.group(2))));
    }

    private static final Pattern AGE_OR_ROLE =
            Pattern.compile("\\s*,\\s*(?:(\\d{1,3} ans\\b)|(?:un |une )?(\\p{L}[\\p{L}-]*))");

    /** True for a capitalised people's noun (« Toulousain », « Québécoise »): « l’ancien Toulousain » is someone. */
    static boolean isDemonymNoun(String raw) {
        return !raw.isEmpty()
                && Character.isUpperCase(raw.codePointAt(0))
                && DEMONYM.matcher(Typography.fold(raw)).find();
    }

    /** The first person's name in a phrase, or null. */
    static String first(String phrase) {
        List<Name> names = in(phrase, 0, phrase.length());
        return names.isEmpty() ? null : names.get(0).text();
    }

    /**
     * Where the person's name starts in capitalised words {@code first..last} that do not open with a given name: at the
     * first given name after a medium (« pour Radio Cité Martial Vonlanthen »), a people's adjective (« Belge Charles
     * Delvaux ») or a noun and « de » (« Entrevue de Nick Suzuki »); else at the first word (« Mahamadou Oumar Koné »:
     * two given names, one unknown here).
     */
    private static int givenNameAfterMediumOrAdjective(List<Words.Word> words, int first, int last) {
        boolean medium = first > 0
                && Set.of("pour", "a", "au", "sur", "de", "du", "des") // « le maire de Brest Jean Dupont »
                        .contains(words.get(first - 1).bare());
        boolean adjective = DEMONYMS.contains(words.get(first).bare())
                || DEMONYM.matcher(words.get(first).bare()).find();
        if (Set.of("de", "du").contains(words.get(first + 1).bare())
                && isFirstName(words.get(first + 2).bare())) {
            return words.get(first + 2).start(); // « Entrevue de Nick Suzuki », « Réponse de Jean Dupont »
        }
        for (int k = first + 1; k < last && (medium || (adjective && k == first + 1)); k++) {
            if (isFirstName(words.get(k).bare())) {
                return words.get(k).start();
            }
        }
        return words.get(first).start();
    }

    /** Words of one name are separated by spaces only, never by punctuation. */
    /** « Mme Morvan », « M. Dupont », « Me Roux »: a capitalised word after a title is a surname. */
    private static boolean afterHonorific(String text, List<Words.Word> words, int i) {
        if (i == 0 || !HONORIFICS.contains(words.get(i - 1).raw())) {
            return false;
        }
        int k = words.get(i - 1).end();
        k += text.charAt(k) == '.' ? 1 : 0;
        while (k < words.get(i).start() && Typography.isSpace(text.charAt(k))) {
            k++;
        }
        return k == words.get(i).start();
    }

    private static boolean adjacent(String text, Words.Word a, Words.Word b) {
        for (int k = a.end(); k < b.start(); k++) {
            if (!Typography.isSpace(text.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
