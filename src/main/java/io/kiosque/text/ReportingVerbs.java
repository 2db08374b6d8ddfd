package io.kiosque.text;

import java.util.HashSet;
import java.util.Set;

/** The reporting-verb lexicon, read from {@code reporting-verbs.txt}: every form, folded for matching. */
final class ReportingVerbs {

    private static final Set<String> FORMS = load();

    private ReportingVerbs() {}

    /** True when the folded word is a form of a reporting verb. */
    static boolean isForm(String foldedWord) {
        return FORMS.contains(foldedWord);
    }

    private static Set<String> load() {
        Set<String> forms = new HashSet<>();
        for (String entry : Lexicon.entries("reporting-verbs.txt")) {
            int colon = entry.indexOf(':');
            if (colon >= 0) {
                for (String form : entry.substring(colon + 1).trim().split("\\s+")) {
                    forms.add(Typography.fold(form));
                }
            } else {
                forms.addAll(regularForms(Typography.fold(entry)));
            }
        }
        return Set.copyOf(forms);
    }

    /** Third-person forms of a regular -er verb, folded: declare (déclare and déclaré), declarent, declarait, declaraient. */
    private static Set<String> regularForms(String lemma) {
        if (!lemma.endsWith("er")) {
            throw new IllegalStateException(
                    "reporting-verbs.txt: « " + lemma + " » is not a regular -er verb; list its forms");
        }
        String stem = lemma.substring(0, lemma.length() - 2);
        return Set.of(stem + "e", stem + "ent", stem + "ait", stem + "aient");
    }
}
