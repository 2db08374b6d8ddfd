package io.kiosque.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/** The reporting-verb lexicon, read from {@code reporting-verbs.txt}: every form, folded for matching. */
final class ReportingVerbs {

    private static final Set<String> FORMS = load();

    private ReportingVerbs() {
    }

    /** True when the folded word is a form of a reporting verb. */
    static boolean isForm(String foldedWord) {
        return FORMS.contains(foldedWord);
    }

    private static Set<String> load() {
        Set<String> forms = new HashSet<>();
        try (InputStream in = ReportingVerbs.class.getResourceAsStream("reporting-verbs.txt")) {
            if (in == null) {
                throw new IllegalStateException("reporting-verbs.txt is missing from the classpath");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String entry = line.strip();
                if (entry.isEmpty() || entry.startsWith("#")) {
                    continue;
                }
                int colon = entry.indexOf(':');
                if (colon >= 0) {
                    for (String form : entry.substring(colon + 1).trim().split("\\s+")) {
                        forms.add(Typography.fold(form));
                    }
                } else {
                    forms.addAll(regularForms(Typography.fold(entry)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(forms);
    }

    /** Third-person forms of a regular -er verb, folded: declare (déclare and déclaré), declarent, declarait, declaraient. */
    private static Set<String> regularForms(String lemma) {
        String stem = lemma.substring(0, lemma.length() - 2);
        return Set.of(stem + "e", stem + "ent", stem + "ait", stem + "aient");
    }
}
