package io.kiosque.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
        try (InputStream in = PersonRoles.class.getResourceAsStream("person-roles.txt")) {
            if (in == null) {
                throw new IllegalStateException("person-roles.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    for (String noun : line.strip().split("\\s+")) {
                        nouns.add(Typography.fold(noun));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(nouns);
    }
}
