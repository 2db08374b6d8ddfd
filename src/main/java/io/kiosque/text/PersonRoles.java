package io.kiosque.text;

import java.util.HashSet;
import java.util.Set;

/** The nouns that name one person by their role, read from {@code person-roles.txt}, folded. */
final class PersonRoles {

    private static final Set<String> NOUNS = load();

    private PersonRoles() {
    }

    /** True when the folded noun names a person by their role (« magistrat », « edile »), not an institution. */
    static boolean isPersonRole(String foldedNoun) {
        return NOUNS.contains(foldedNoun);
    }

    private static Set<String> load() {
        Set<String> nouns = new HashSet<>();
        for (String entry : Lexicon.entries("person-roles.txt")) {
            for (String noun : entry.split("\\s+")) {
                nouns.add(Typography.fold(noun));
            }
        }
        return Set.copyOf(nouns);
    }
}
