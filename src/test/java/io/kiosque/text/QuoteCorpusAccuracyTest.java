package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Measures quote detection and attribution on the labelled corpus (src/test/resources/corpus/*.quotes: text,
 * speaker or "-", kind) and fails under the thresholds: boundaries 0.95, speakers 0.85.
 */
class QuoteCorpusAccuracyTest {

    record Score(
            int found,
            int labelled,
            int matched,
            int speakersGiven,
            int speakersLabelled,
            int speakersRight,
            int kindsRight) {

        double boundaryPrecision() {
            return ratio(matched, found);
        }

        double boundaryRecall() {
            return ratio(matched, labelled);
        }

        double speakerPrecision() {
            return ratio(speakersRight, speakersGiven);
        }

        double speakerRecall() {
            return ratio(speakersRight, speakersLabelled);
        }

        private static double ratio(int a, int b) {
            return b == 0 ? 1.0 : (double) a / b;
        }
    }

    @Test
    void shouldFindAndAttributeTheCorpusQuotesAboveTheThresholds() throws IOException {
        int found = 0, labelled = 0, matched = 0, given = 0, speakersLabelled = 0, right = 0, kinds = 0;
        List<String> misses = new ArrayList<>();
        for (Path file : CorpusStructureTest.articles()) {
            ParsedArticle article = ArticleText.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<FoundQuote> quotes = QuoteFinder.find(
                    article.title(),
                    article.blocks().stream().map(ParsedBlock::text).toList(),
                    "fr");
            List<CorpusScore.Label> labels =
                    CorpusScore.labels(Path.of(file.toString().replace(".txt", ".quotes")));
            List<FoundQuote> unmatched = new ArrayList<>(quotes);
            found += quotes.size();
            labelled += labels.size();
            speakersLabelled +=
                    (int) labels.stream().filter(l -> l.speaker() != null).count();
            for (CorpusScore.Label label : labels) {
                FoundQuote quote = unmatched.stream()
                        .filter(q -> q.text().equals(label.text()))
                        .findFirst()
                        .orElse(null);
                if (quote == null) {
                    misses.add(file.getFileName() + ": missed «" + label.text() + "»");
                    continue;
                }
                unmatched.remove(quote);
                matched++;
                if (quote.speaker() != null) {
                    given++;
                }
                if (label.speaker() != null
                        && quote.speaker() != null
                        && CorpusScore.same(label.speaker(), quote.speaker())) {
                    right++;
                } else if (!(label.speaker() == null && quote.speaker() == null)) {
                    misses.add(file.getFileName() + ": «" + label.text() + "» speaker " + quote.speaker()
                            + ", expected " + label.speaker());
                }
                kinds += quote.kind().wireName().equals(label.kind()) ? 1 : 0;
            }
            unmatched.forEach(q -> misses.add(file.getFileName() + ": unexpected «" + q.text() + "»"));
        }
        Score score = new Score(found, labelled, matched, given, speakersLabelled, right, kinds);
        String report = String.format(
                java.util.Locale.ROOT,
                "quotes labelled %d, found %d, matched %d%nboundaries: precision %.3f, recall %.3f%nspeakers: precision %.3f, recall %.3f%nkinds right: %d/%d%n%s",
                labelled,
                found,
                matched,
                score.boundaryPrecision(),
                score.boundaryRecall(),
                score.speakerPrecision(),
                score.speakerRecall(),
                kinds,
                matched,
                String.join("\n", misses));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/quote-accuracy.txt"), report, StandardCharsets.UTF_8);
        System.out.println(report);
        assertTrue(labelled >= 60, "the corpus labels at least 60 quotes");
        assertTrue(score.boundaryPrecision() >= 0.95 && score.boundaryRecall() >= 0.95, report);
        assertTrue(score.speakerPrecision() >= 0.85 && score.speakerRecall() >= 0.85, report);
    }

    @Test
    void shouldPointOffsetsAtTheQuotedTextInEveryCorpusArticle() throws IOException {
        for (Path file : CorpusStructureTest.articles()) {
            ParsedArticle article = ArticleText.parse(Files.readString(file, StandardCharsets.UTF_8));
            List<String> texts =
                    article.blocks().stream().map(ParsedBlock::text).toList();
            for (FoundQuote quote : QuoteFinder.find(article.title(), texts, "fr")) {
                String block = quote.inTitle() ? article.title() : texts.get(quote.block());
                assertEquals(
                        quote.text(),
                        block.substring(quote.start(), quote.end()),
                        file.getFileName().toString());
            }
        }
    }
}
