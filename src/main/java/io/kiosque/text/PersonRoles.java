package io.kiosque.text;

import java.util.Set;

/** The nouns that name one person by their role ({@code person-roles.txt}) or a body that speaks ({@code institutions.txt}), folded. */
final class PersonRoles {

    private static final Set<String> NOUNS = Lexicon.foldedWords("person-roles.txt");
    private static final Set<String> INSTITUTIONS = Lexicon.foldedWords("institutions.txt");

    private PersonRoles() {}

    /** True when the folded noun names a person by their role (« magistrat », « edile »), not an institution. */
    static boolean isPersonRole(String foldedNoun) {
        return NOUNS.contains(foldedNoun);
    }

    /**
     * The gender a person noun tells when the lexicon holds both its forms: 'm' for « elu » beside « elue », 'f' for
     * « directrice » beside « directeur »; '?' for a noun of both genders (« juge ») or not a person noun.
     */
    static char genderOf(String foldedNoun) {
        if (!NOUNS.contains(foldedNoun)) {
            return '?';
        }
        String[][] pairs = {
            {"", "e"}, {"eur", "rice"}, {"eur", "euse"}, {"en", "enne"}, {"on", "onne"}, {"er", "ere"}, {"f", "ve"}
        };
        for (String[] pair : pairs) {
            if (foldedNoun.endsWith(pair[0])
                    && NOUNS.contains(foldedNoun.substring(0, foldedNoun.length() - pair[0].length()) + pair[1])) {
                return 'm';
            }
            if (foldedNoun.endsWith(pair[1])
                    && NOUNS.contains(foldedNoun.substring(0, foldedNoun.length() - pair[1].length()) + pair[0])) {
                return 'f';
            }
        }
        return '?';
    }

    /** True when the folded noun names a body that issues statements (« préfecture », « ministère », « club »). */
    static boolean isInstitution(String foldedNoun) {
        return INSTITUTIONS.contains(foldedNoun);
    }
}
