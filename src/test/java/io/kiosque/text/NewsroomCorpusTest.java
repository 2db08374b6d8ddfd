package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Real newsroom copy (src/test/resources/newsroom, sources in its README): the rules were tuned on {@code dev}
 * only; {@code heldout} was split off before tuning and is measured, never tuned on. Reports go to
 * target/newsroom-*.txt.
 *
 * <p>The targets of issue 16 (structure 0.95, boundaries F1 0.97, speakers 0.90, no speaker kept 0.90) are not
 * reached yet: these tests hold the figures measured when the corpus was added (bench/README.md) as floors, so
 * that no change makes real copy worse; raise them as the rules improve.
 */
class NewsroomCorpusTest {

    static final Path NEWSROOM = Path.of("src/test/resources/newsroom");

    @Test
    void shouldNotFallBelowTheMeasuredFiguresOnTheHeldOutHalf() throws IOException {
        CorpusScore score = measure("heldout");
        assertTrue(
                score.articles >= 70 && score.withSpeaker >= 267,
                "the held-out half holds at least 58 articles and 220 attributed quotes");
        String summary = score.summary("held-out");
        assertTrue(score.structure() >= 0.84, summary);
        assertTrue(score.boundaryF1() >= 0.95, summary);
        assertTrue(score.speakers() >= 0.56, summary);
        assertTrue(score.noSpeakerKept() >= 0.69, summary);
    }

    @Test
    void shouldNotFallBelowTheMeasuredFiguresOnTheDevelopmentHalf() throws IOException {
        CorpusScore score = measure("dev");
        String report = score.report("dev");
        assertTrue(score.structure() >= 0.96, report);
        assertTrue(score.boundaryF1() >= 0.99, report);
        assertTrue(score.speakers() >= 0.79, report);
        assertTrue(score.noSpeakerKept() >= 0.89, report);
    }

    private static CorpusScore measure(String half) throws IOException {
        CorpusScore score = CorpusScore.of(NEWSROOM.resolve(half));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/newsroom-" + half + ".txt"), score.report(half), StandardCharsets.UTF_8);
        return score;
    }
}
