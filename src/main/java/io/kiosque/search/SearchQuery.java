package io.kiosque.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader typed, as clauses that must all match: each word is a clause, and text between double quotes
 * ("…", “…” or « … ») is a phrase whose words must follow each other. Words are analysed as French
 * ({@link FrenchAnalysis}), so stop words drop out and accents, case, plurals and elisions do not matter.
 */
public final class SearchQuery {

    /** A word (one term) or a phrase: terms with their positions relative to the first one. */
    public record Clause(List<String> terms, List<Integer> offsets) {

        public boolean isPhrase() {
            return terms.size() > 1;
        }
    }

    private static final Map<Character, Character> PHRASE_MARKS = Map.of('"', '"', '“', '”', '«', '»', '„', '“');

    private final List<Clause> clauses;

    private SearchQuery(List<Clause> clauses) {
        this.clauses = clauses;
    }

    public static SearchQuery parse(String text) {
        Map<List<String>, Clause> clauses = new LinkedHashMap<>();
        StringBuilder words = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            Character close = PHRASE_MARKS.get(c);
            int end = close == null ? -1 : text.indexOf(close, i + 1);
            if (end < 0) {
                words.append(c);
                i++;
                continue;
            }
            addPhrase(clauses, text.substring(i + 1, end));
            words.append(' ');
            i = end + 1;
        }
        for (FrenchAnalysis.Token token : FrenchAnalysis.tokens(words.toString())) {
            clauses.putIfAbsent(List.of(token.term()), new Clause(List.of(token.term()), List.of(0)));
        }
        return new SearchQuery(List.copyOf(clauses.values()));
    }

    private static void addPhrase(Map<List<String>, Clause> clauses, String phrase) {
        List<FrenchAnalysis.Token> tokens = FrenchAnalysis.tokens(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        List<String> terms = new ArrayList<>(tokens.size());
        List<Integer> offsets = new ArrayList<>(tokens.size());
        int first = tokens.get(0).position();
        for (FrenchAnalysis.Token token : tokens) {
            terms.add(token.term());
            offsets.add(token.position() - first);
        }
        clauses.putIfAbsent(terms, new Clause(List.copyOf(terms), List.copyOf(offsets)));
    }

    public List<Clause> clauses() {
        return clauses;
    }

    /** True when nothing searchable is left: only stop words, punctuation or quotes. */
    public boolean isEmpty() {
        return clauses.isEmpty();
    }

    /** Where the clauses match in one text: the matched words' offsets and how many different clauses matched. */
    public Matches match(String text) {
        List<FrenchAnalysis.Token> tokens = FrenchAnalysis.tokens(text);
        Map<Integer, Integer> indexByPosition = new HashMap<>();
        for (int i = 0; i < tokens.size(); i++) {
            indexByPosition.put(tokens.get(i).position(), i);
        }
        int[] matchedClause = new int[tokens.size()];
        Arrays.fill(matchedClause, -1);
        int clausesMatched = 0;
        for (int c = 0; c < clauses.size(); c++) {
            Clause clause = clauses.get(c);
            boolean found = false;
            for (int i = 0; i < tokens.size(); i++) {
                int base = tokens.get(i).position();
                if (!matchesAt(clause, tokens, indexByPosition, base)) {
                    continue;
                }
                found = true;
                for (int k = 0; k < clause.offsets().size(); k++) {
                    matchedClause[indexByPosition.get(base + clause.offsets().get(k))] = c;
                }
            }
            if (found) {
                clausesMatched++;
            }
        }
        List<Span> spans = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (matchedClause[i] >= 0) {
                spans.add(new Span(tokens.get(i).start(), tokens.get(i).end(), matchedClause[i]));
            }
        }
        return new Matches(clausesMatched, spans);
    }

    private static boolean matchesAt(
            Clause clause, List<FrenchAnalysis.Token> tokens, Map<Integer, Integer> indexByPosition, int base) {
        for (int k = 0; k < clause.terms().size(); k++) {
            Integer index = indexByPosition.get(base + clause.offsets().get(k));
            if (index == null || !tokens.get(index).term().equals(clause.terms().get(k))) {
                return false;
            }
        }
        return true;
    }

    /** A matched word: its UTF-16 offsets in the text and the index of the clause it belongs to. */
    public record Span(int start, int end, int clause) {}

    /** The matched words of a text, in order, and how many of the query's clauses they satisfy. */
    public record Matches(int clausesMatched, List<Span> spans) {

        public boolean any() {
            return clausesMatched > 0;
        }
    }
}
