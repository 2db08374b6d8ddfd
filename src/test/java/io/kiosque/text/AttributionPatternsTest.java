package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The common ways the press attributes a quote (src/test/resources/attribution-patterns.txt), carries a speaker
 * from quote to quote (attribution-flows.txt) and from a title to its article (attribution-titled.txt), each one a case.
 */
class AttributionPatternsTest {

    private static Stream<Arguments> cases(String file) throws IOException {
        return Files.readAllLines(Path.of("src/test/resources", file), StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> line.split("\\|"))
                .map(parts -> Arguments.of(parts[0].trim(), parts[1].trim()));
    }

    static Stream<Arguments> patterns() throws IOException {
        return cases("attribution-patterns.txt");
    }

    static Stream<Arguments> flows() throws IOException {
        return cases("attribution-flows.txt");
    }

    static Stream<Arguments> titled() throws IOException {
        return cases("attribution-titled.txt");
    }

    @ParameterizedTest
    @MethodSource("flows")
    void shouldCarryEachSpeakerAsTheCopyDoes(String paragraphs, String speakers) {
        assertSpeakers("Titre", List.of(paragraphs.split(" ¶ ")), speakers);
    }

    @ParameterizedTest
    @MethodSource("titled")
    void shouldNameTheSpeakersOfATitledArticleAsTheCopyDoes(String titleAndParagraphs, String speakers) {
        List<String> parts = List.of(titleAndParagraphs.split(" ¶ "));
        assertSpeakers(parts.get(0), parts.subList(1, parts.size()), speakers);
    }

    private static void assertSpeakers(String title, List<String> paragraphs, String speakers) {
        List<String> found = QuoteFinder.find(title, paragraphs, "fr").stream()
                .filter(q -> q.parent() < 0)
                .map(FoundQuote::speaker)
                .toList();
        List<String> expected = List.of(speakers.split(";"));
        assertEquals(expected.size(), found.size(), String.join(" ¶ ", paragraphs));
        for (int i = 0; i < expected.size(); i++) {
            String speaker = found.get(i);
            boolean right = expected.get(i).equals("-")
                    ? speaker == null
                    : speaker != null && CorpusScore.same(expected.get(i), speaker);
            assertEquals(true, right, "quote " + i + " gave " + found);
        }
    }

    @ParameterizedTest
    @MethodSource("patterns")
    void shouldNameTheSpeakerAsTheCopyDoes(String paragraph, String speaker) {
        List<FoundQuote> quotes = QuoteFinder.find("Titre", List.of(paragraph), "fr");
        String found = quotes.get(quotes.size() - 1).speaker();
        if (speaker.equals("-")) {
            assertNull(found, paragraph);
        } else {
            assertEquals(true, found != null && CorpusScore.same(speaker, found), paragraph + " gave " + found);
        }
    }
}
