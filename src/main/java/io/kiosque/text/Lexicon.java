package io.kiosque.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads a lexicon file of this package: one entry per line, blank lines and {@code #} comments skipped. */
final class Lexicon {

    private Lexicon() {}

    /** Every word of every entry, folded: the lexicons that are lists of words (roles, given names). */
    static Set<String> foldedWords(String resource) {
        Set<String> words = new HashSet<>();
        for (String entry : entries(resource)) {
            for (String word : entry.split("\\s+")) {
                words.add(Typography.fold(word));
            }
        }
        return Set.copyOf(words);
    }

    static List<String> entries(String resource) {
        List<String> entries = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    entries.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
