package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SnippetsTest {

    private static String snippet(String q, String text, int length) {
        SearchQuery query = SearchQuery.parse(q);
        return Snippets.of(text, query.match(text), length);
    }

    @Test
    void shouldMarkMatchedWordsAndEscapeTheRest() {
        assertEquals(
                "<mark>Corée</mark> &amp; Japon : 3 &lt; 5, &quot;vrai&quot; &gt; faux",
                snippet("coree", "Corée & Japon : 3 < 5, \"vrai\" > faux", 200));
        assertTrue(
                snippet("script", "<script>alert(1)</script> script", 200).startsWith("&lt;<mark>script</mark>&gt;"));
    }

    @Test
    void shouldCutOnWordsAroundTheDensestPlace() {
        String text = "Le mot militaire apparaît tôt. " + "Du remplissage sans intérêt. ".repeat(12)
                + "Ici la coopération militaire est nommée, deux mots ensemble. " + "Encore du texte. ".repeat(10);
        String cut = snippet("cooperation militaire", text, 120);
        assertTrue(cut.contains("<mark>coopération</mark> <mark>militaire</mark>"), cut);
        assertTrue(cut.startsWith("…") && cut.endsWith("…"), cut);
        assertTrue(cut.replaceAll("<[^>]+>", "").length() <= 122, cut);
        String plain = cut.replaceAll("<[^>]+>", "").replace("…", "");
        int at = text.indexOf(plain);
        assertTrue(at > 0 && text.charAt(at - 1) == ' ', "starts on a whole word: " + cut);
        assertTrue(text.charAt(at + plain.length()) == ' ', "ends on a whole word: " + cut);
    }

    @Test
    void shouldStartAtTheTextWhenTheMatchIsEarly() {
        assertEquals("<mark>Poutine</mark> salue une amitié", snippet("poutine", "Poutine salue une amitié", 200));
        assertEquals("Rien ici", snippet("absent", "Rien ici", 200), "no match: the start of the text");
    }
}
