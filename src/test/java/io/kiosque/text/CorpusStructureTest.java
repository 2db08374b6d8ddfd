package io.kiosque.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Each hand-written article of the corpus parses to the structure written beside it in a .expected file. */
class CorpusStructureTest {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    static List<Path> articles() throws IOException {
        try (Stream<Path> files = Files.list(CORPUS)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    @TestFactory
    Stream<DynamicTest> shouldParseEachCorpusArticleToItsExpectedStructure() throws IOException {
        List<Path> articles = articles();
        assertTrue(articles.size() >= 15, "the corpus holds at least 15 articles");
        return articles.stream()
                .map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
    }

    private static void check(Path file) throws IOException {
        ParsedArticle article = ArticleText.parse(Files.readString(file, StandardCharsets.UTF_8));
        List<String> expected =
                Files.readAllLines(Path.of(file.toString().replace(".txt", ".expected")), StandardCharsets.UTF_8);
        assertEquals(expected.get(0), "title: " + article.title());
        List<String> actual =
                article.blocks().stream().map(CorpusStructureTest::describe).toList();
        assertEquals(expected.subList(1, expected.size()), actual);
        int firstParagraph =
                article.blocks().stream().map(ParsedBlock::type).toList().indexOf(BlockType.PARAGRAPH);
        for (int i = 0; i < article.blocks().size(); i++) {
            assertEquals(i == firstParagraph, article.blocks().get(i).lead(), "lead flag of block " + i);
        }
    }

    private static String describe(ParsedBlock block) {
        return switch (block.type()) {
            case AD -> "ad";
            case HEADING -> "heading: " + block.text();
            case PARAGRAPH -> "paragraph";
        };
    }
}
