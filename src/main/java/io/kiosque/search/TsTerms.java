package io.kiosque.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * PostgreSQL tsvector and tsquery literals built from Kiosque's own analysis, so that PostgreSQL matches exactly
 * the terms Lucene would: positions keep the gaps of stop words and of block breaks, as in the Lucene index. Each
 * part of a document ({@link Ranking.Part}) is stored under its own label, which ts_rank weighs with {@link #WEIGHTS}.
 */
final class TsTerms {

    /** ts_rank's weights of the labels D, C, B and A, in that order: those of {@link Ranking.Part}. */
    static final String WEIGHTS = "{" + Ranking.Part.BODY.weight + "," + Ranking.Part.SPEAKER.weight + ","
            + Ranking.Part.HEADINGS.weight + "," + Ranking.Part.TITLE.weight + "}";

    /** PostgreSQL's limits: positions above 16 383 are clamped, and a lexeme keeps at most 256 positions. */
    private static final int MAX_POSITION = 16_383;

    private static final int MAX_POSITIONS_PER_TERM = 256;

    private final Map<String, List<String>> positions = new LinkedHashMap<>();
    private int next = 1;

    /** The tsvector label of a part; V11__search_in_postgresql.sql moved quotes' rows to these labels. */
    static char label(Ranking.Part part) {
        return switch (part) {
            case TITLE -> 'A';
            case HEADINGS -> 'B';
            case SPEAKER -> 'C';
            case BODY -> 'D';
        };
    }

    /** Adds texts (blocks) of one part of the document. */
    void add(List<String> texts, Ranking.Part part) {
        char weight = label(part);
        for (String text : texts) {
            int last = next;
            for (FrenchAnalysis.Token token : FrenchAnalysis.tokens(text)) {
                last = next + token.position();
                List<String> at = positions.computeIfAbsent(token.term(), t -> new ArrayList<>());
                if (at.size() < MAX_POSITIONS_PER_TERM) {
                    at.add(Math.min(last, MAX_POSITION) + String.valueOf(weight));
                }
            }
            next = last + FrenchAnalysis.BLOCK_GAP;
        }
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder();
        positions.forEach((term, at) -> {
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(lexeme(term)).append(':').append(String.join(",", at));
        });
        return out.toString();
    }

    /** Every clause must match: words as lexemes, phrases as lexemes joined by their distances. */
    static String query(SearchQuery query) {
        List<String> clauses = new ArrayList<>();
        for (SearchQuery.Clause clause : query.clauses()) {
            StringBuilder phrase = new StringBuilder(lexeme(clause.terms().get(0)));
            for (int k = 1; k < clause.terms().size(); k++) {
                int distance = clause.offsets().get(k) - clause.offsets().get(k - 1);
                phrase.append(" <")
                        .append(distance)
                        .append("> ")
                        .append(lexeme(clause.terms().get(k)));
            }
            clauses.add(clause.isPhrase() ? "(" + phrase + ")" : phrase.toString());
        }
        return String.join(" & ", clauses);
    }

    private static String lexeme(String term) {
        return "'" + term.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
