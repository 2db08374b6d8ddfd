package io.kiosque.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * How Kiosque reads French for search, on every database: Lucene's French pieces (Unicode word breaking, elision
 * of l’ d’ qu’…, stop words, the light French stemmer) with accents folded before stop words and stemming, so
 * that a reader who types {@code cooperations} meets « coopération ». Documents and queries go through the same
 * chain, and snippets are marked with it, so what is marked is exactly what matched.
 */
public final class FrenchAnalysis {

    /** Gap between two blocks of one field, so that a phrase never spans a paragraph break. */
    public static final int BLOCK_GAP = 100;

    public static final Analyzer ANALYZER = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String fieldName) {
            Tokenizer source = new StandardTokenizer();
            TokenStream stream = new ElisionFilter(source, FrenchAnalyzer.DEFAULT_ARTICLES);
            stream = new LowerCaseFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            stream = new StopFilter(stream, FOLDED_STOP_WORDS);
            stream = new FrenchLightStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        public int getPositionIncrementGap(String fieldName) {
            return BLOCK_GAP;
        }
    };

    private static final CharArraySet FOLDED_STOP_WORDS = foldedStopWords();

    private FrenchAnalysis() {}

    /** One analysed word: its search term, where it sits in the text (UTF-16 offsets) and its word position. */
    public record Token(String term, int start, int end, int position) {}

    /** The text's words as search terms; stop words leave a gap in the positions, as in the index. */
    public static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        try (TokenStream stream = ANALYZER.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
            stream.reset();
            int position = -1;
            while (stream.incrementToken()) {
                position += increment.getPositionIncrement();
                tokens.add(new Token(term.toString(), offset.startOffset(), offset.endOffset(), position));
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("reading a string cannot fail", e);
        }
        return tokens;
    }

    private static CharArraySet foldedStopWords() {
        CharArraySet folded = new CharArraySet(200, true);
        for (Object word : FrenchAnalyzer.getDefaultStopSet()) {
            char[] chars = (char[]) word;
            char[] out = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, out, 0, chars.length);
            folded.add(new String(out, 0, length));
        }
        return folded;
    }
}
