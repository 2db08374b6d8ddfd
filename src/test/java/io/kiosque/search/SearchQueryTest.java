package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    private static List<List<String>> clauses(String q) {
        return SearchQuery.parse(q).clauses().stream()
                .map(SearchQuery.Clause::terms)
                .toList();
    }

    @Test
    void shouldFoldAccentsCaseAndWordFormsTheSameWayAsTheText() {
        assertEquals(clauses("Corée"), clauses("coree"));
        assertEquals(clauses("CORÉE"), clauses("corée"));
        assertEquals(clauses("coopérations"), clauses("cooperation"));
        assertEquals(clauses("l’éolien"), clauses("eolien"));
        assertEquals(clauses("l'éolien"), clauses("eolien"), "straight apostrophe too");
        assertEquals(clauses("qu’amitié"), clauses("amitie"));
    }

    @Test
    void shouldDropStopWordsAndRepeatedWords() {
        assertEquals(clauses("coopération"), clauses("de la coopération et des"));
        assertTrue(SearchQuery.parse("le la les de du").isEmpty());
        assertTrue(SearchQuery.parse("« »  \" \"").isEmpty());
        assertEquals(1, clauses("Corée corée COREE").size());
    }

    @Test
    void shouldReadPhrasesBetweenAnyDoubleQuotes() {
        for (String q : List.of("\"amitié invincible\"", "« amitié invincible »", "“amitié invincible”")) {
            List<SearchQuery.Clause> parsed = SearchQuery.parse(q).clauses();
            assertEquals(1, parsed.size(), q);
            assertTrue(parsed.get(0).isPhrase(), q);
            assertEquals(List.of(0, 1), parsed.get(0).offsets());
        }
        SearchQuery.Clause gapped =
                SearchQuery.parse("\"coopération de défense\"").clauses().get(0);
        assertEquals(List.of(0, 2), gapped.offsets(), "the stop word keeps its place");
        assertEquals(
                2, SearchQuery.parse("\"amitié invincible\" poutine").clauses().size());
        assertEquals(2, SearchQuery.parse("\"amitié invincible").clauses().size(), "an unclosed quote reads as words");
    }

    @Test
    void shouldMatchPhrasesOnlyWhenTheWordsFollowEachOther() {
        SearchQuery phrase = SearchQuery.parse("\"amitié invincible\"");
        assertEquals(
                1,
                phrase.match("une relation qu’il qualifie d’« amitié invincible »")
                        .clausesMatched());
        assertEquals(
                0,
                phrase.match("une amitié entre les peuples, une armée invincible")
                        .clausesMatched());
        SearchQuery.Matches words =
                SearchQuery.parse("amitié invincible").match("une amitié entre les peuples, une armée invincible");
        assertEquals(2, words.clausesMatched());
        assertEquals(2, words.spans().size());
    }

    @Test
    void shouldGiveMatchedWordsTheirOffsetsInTheOriginalText() {
        String text = "Les éoliennes flottantes de Groix";
        SearchQuery.Matches matches = SearchQuery.parse("eolien flottant").match(text);
        assertEquals(
                List.of("éoliennes", "flottantes"),
                matches.spans().stream()
                        .map(s -> text.substring(s.start(), s.end()))
                        .toList());
    }
}
