package io.kiosque.text;

import java.util.HashSet;
import java.util.Set;

/**
 * The reporting-verb lexicon, read from {@code reporting-verbs.txt}: every form, folded for matching; and the verbs of
 * {@code incise-verbs.txt}, which report speech only inverted after a quote.
 */
final class ReportingVerbs {

    private static final Set<String> FORMS = load("reporting-verbs.txt");
    private static final Set<String> INCISE_FORMS = load("incise-verbs.txt");

    private ReportingVerbs() {}

    /** True when the folded word is a form of a reporting verb. */
    static boolean isForm(String foldedWord) {
        return FORMS.contains(foldedWord);
    }

    /** True when the folded word reports speech with its subject inverted after a quote: « … », termine X. */
    static boolean isInciseForm(String foldedWord) {
        return FORMS.contains(foldedWord) || INCISE_FORMS.contains(foldedWord);
    }

    private static Set<String> load(String resource) {
        Set<String> forms = new HashSet<>();
        for (String entry : Lexicon.entries(resource)) {
            int colon = entry.indexOf(':');
            if (colon >= 0) {
                for (String form : entry.substring(colon + 1).trim().split("\\s+")) {
                    forms.add(Typography.fold(form));
                }
            } else {
                forms.addAll(regularForms(resource, Typography.fold(entry)));
            }
        }
        return Set.copyOf(forms);
    }

    /** Third-person forms of a regular -er verb, folded: declare (déclare and déclaré), declarent, declarait, declara… */
    private static Set<String> regularForms(String resource, String lemma) {
        if (!lemma.endsWith("er") || lemma.contains("'")) {
            throw new IllegalStateException(
                    resource + ": « " + lemma + " » is not a regular -er verb without its pronoun; list its forms");
        }
        String stem = lemma.substring(0, lemma.length() - 2);
        // present, past participle (folded alike), imperfect, simple past and future: « déclara », « déclarera »
        return Set.of(
                stem + "e",
                stem + "ent",
                stem + "ait",
                stem + "aient",
                stem + "a",
                stem + "erent",
                stem + "era",
                stem + "eront");
    }
}
