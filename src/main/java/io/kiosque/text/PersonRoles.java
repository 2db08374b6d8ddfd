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

    /** True when the folded noun names a body that issues statements (« préfecture », « ministère », « club »). */
    static boolean isInstitution(String foldedNoun) {
        return INSTITUTIONS.contains(foldedNoun);
    }
}
