package io.kiosque.search;

/**
 * How search ranks hits, on every deployment; both engines read it. A match counts by the part of the document it is
 * found in ({@link Part}: a title match weighs most, then headings and speakers, then the body). A term found
 * again in the same part counts less each time: the n-th occurrence adds 1/n², as PostgreSQL's ts_rank counts.
 * A document's score is divided by log2(1 + its number of words), so that a short text about the word beats a long
 * one that mentions it in passing (ts_rank's normalization 1). PostgreSQL applies this with ts_rank (the parts as
 * labels A to D, see {@link TsTerms}); Lucene with one field per part ({@link LuceneSearchEngine}). ts_rank also
 * rewards query words found close together; Lucene does not.
 */
final class Ranking {

    /** Where a match is found, with its weight relative to the title's (at most 1, as ts_rank requires). */
    enum Part {
        TITLE(1.0f),
        HEADINGS(0.4f),
        SPEAKER(0.4f),
        BODY(0.1f);

        final float weight;

        Part(float weight) {
            this.weight = weight;
        }

        /** The Lucene field of this part. */
        String field() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** ts_rank's sum of 1/n² over every occurrence tends to π²/6; it divides by that limit, and so does Lucene here. */
    private static final double OCCURRENCES_LIMIT = Math.PI * Math.PI / 6;
    /** PostgreSQL keeps at most 256 positions of one term in a document (TsTerms): later occurrences add nothing. */
    private static final float[] OCCURRENCES = occurrencesTable(256);

    private Ranking() {}

    /** What {@code count} occurrences of a term in one part are worth, times the part's weight: 0.61 for one, 1 at most. */
    static float occurrences(float count) {
        return OCCURRENCES[(int) Math.min(count, OCCURRENCES.length - 1)];
    }

    /** The factor a document of {@code words} analysed words multiplies its score by. */
    static float lengthNorm(int words) {
        return (float) (Math.log(2) / Math.log(1 + Math.max(words, 1)));
    }

    private static float[] occurrencesTable(int max) {
        float[] table = new float[max + 1];
        double sum = 0;
        for (int n = 1; n <= max; n++) {
            sum += 1.0 / ((double) n * n);
            table[n] = (float) (sum / OCCURRENCES_LIMIT);
        }
        return table;
    }
}
