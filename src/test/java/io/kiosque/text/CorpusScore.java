package io.kiosque.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Scores the parser and the quote finder on a folder of labelled articles: each {@code name.txt} with its
 * {@code name.expected} (structure) and {@code name.quotes} (quoted text, speaker or "-", kind, tab-separated).
 */
final class CorpusScore {

    record Label(String text, String speaker, String kind) {}

    int articles;
    int structuresExact;
    int labelled;
    int found;
    int matched;
    /** Labelled quotes with a speaker, and how many of them got exactly that speaker. */
    int withSpeaker;

    int speakersRight;
    /** Labelled quotes without a speaker, and how many were left without one. */
    int withoutSpeaker;

    int leftWithout;
    int speakersGiven;
    int kindsRight;
    final List<String> misses = new ArrayList<>();

    static List<Path> articles(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    static CorpusScore of(Path folder) throws IOException {
        CorpusScore score = new CorpusScore();
        for (Path file : articles(folder)) {
            score.add(file);
        }
        return score;
    }

    void add(Path file) throws IOException {
        String name = file.getFileName().toString();
        ParsedArticle article = ArticleText.parse(Files.readString(file, StandardCharsets.UTF_8));
        articles++;
        List<String> expected =
                Files.readAllLines(Path.of(file.toString().replace(".txt", ".expected")), StandardCharsets.UTF_8)
                        .stream()
                        .filter(l -> !l.isBlank())
                        .toList();
        List<String> actual = new ArrayList<>();
        actual.add("title: " + article.title());
        article.blocks().forEach(b -> actual.add(describe(b)));
        if (expected.equals(actual)) {
            structuresExact++;
        } else {
            misses.add(name + ": structure " + actual + ", expected " + expected);
        }
        List<FoundQuote> quotes = QuoteFinder.find(
                article.title(),
                article.blocks().stream().map(ParsedBlock::text).toList(),
                "fr");
        List<FoundQuote> unmatched = new ArrayList<>(quotes);
        found += quotes.size();
        for (Label label : labels(Path.of(file.toString().replace(".txt", ".quotes")))) {
            labelled++;
            if (label.speaker() == null) {
                withoutSpeaker++;
            } else {
                withSpeaker++;
            }
            FoundQuote quote = unmatched.stream()
                    .filter(q -> q.text().equals(label.text()))
                    .findFirst()
                    .orElse(null);
            if (quote == null) {
                misses.add(name + ": missed «" + label.text() + "»");
                continue;
            }
            unmatched.remove(quote);
            matched++;
            speakersGiven += quote.speaker() == null ? 0 : 1;
            kindsRight += quote.kind().wireName().equals(label.kind()) ? 1 : 0;
            if (label.speaker() == null && quote.speaker() == null) {
                leftWithout++;
            } else if (label.speaker() != null && quote.speaker() != null && same(label.speaker(), quote.speaker())) {
                speakersRight++;
            } else {
                misses.add(name + ": «" + abbreviated(label.text()) + "» speaker " + quote.speaker() + " ("
                        + quote.attribution() + "), expected " + label.speaker());
            }
        }
        unmatched.forEach(q -> misses.add(name + ": unexpected «" + q.text() + "»"));
    }

    double structure() {
        return ratio(structuresExact, articles);
    }

    double boundaryF1() {
        double precision = ratio(matched, found);
        double recall = ratio(matched, labelled);
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double speakers() {
        return ratio(speakersRight, withSpeaker);
    }

    double noSpeakerKept() {
        return ratio(leftWithout, withoutSpeaker);
    }

    /** The figures without the misses: what may be shown of the held-out half while tuning. */
    String summary(String title) {
        return report(title).lines().limit(2).reduce((a, b) -> a + "\n" + b).orElse("");
    }

    String report(String title) {
        return String.format(
                Locale.ROOT,
                "%s: %d articles, %d quotes labelled (%d with a speaker), %d found%n"
                        + "structure exact %d/%d (%.2f); boundaries F1 %.3f; speakers right %d/%d (%.2f); "
                        + "no speaker kept %d/%d (%.2f); kinds right %d/%d%n%s%n",
                title,
                articles,
                labelled,
                withSpeaker,
                found,
                structuresExact,
                articles,
                structure(),
                boundaryF1(),
                speakersRight,
                withSpeaker,
                speakers(),
                leftWithout,
                withoutSpeaker,
                noSpeakerKept(),
                kindsRight,
                matched,
                String.join("\n", misses));
    }

    /** Speakers compare without accents, case or a leading article: « le préfet » is « Le préfet ». */
    static boolean same(String a, String b) {
        return normal(a).equals(normal(b));
    }

    private static String normal(String speaker) {
        return Typography.fold(speaker)
                .replaceFirst("^(le |la |les |l'|un |une |des )", "")
                .trim();
    }

    private static String abbreviated(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "…";
    }

    private static String describe(ParsedBlock block) {
        return switch (block.type()) {
            case AD -> "ad";
            case HEADING -> "heading: " + block.text();
            case PARAGRAPH -> "paragraph";
        };
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 1.0 : (double) a / b;
    }

    static List<Label> labels(Path file) throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\t");
            labels.add(new Label(parts[0], parts[1].equals("-") ? null : parts[1], parts[2]));
        }
        return labels;
    }
}
