package io.kiosque.search;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Each matching rule of search, checked on a small French corpus (src/test/resources/search) plus the seed
 * article. The same tests run on H2 (Lucene) and, in .ci/run, on PostgreSQL.
 */
@QuarkusTest
class SearchResourceTest {

    static final String SEED = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    private static final Map<String, String> CORPUS = new HashMap<>();

    /** Slug of a corpus article, imported on first use. */
    static synchronized String corpus(String name) {
        return CORPUS.computeIfAbsent(name, n -> importText(resource("/search/" + n + ".txt"), "published").getString("slug"));
    }

    private static String resource(String path) {
        try (InputStream in = SearchResourceTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath importText(String text, String status) {
        return admin().contentType("text/plain; charset=UTF-8").queryParam("status", status).body(text)
                .post("/api/articles").then().statusCode(201).extract().jsonPath();
    }

    static JsonPath search(String q, Object... params) {
        var request = anonymous().queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    static List<String> slugs(JsonPath page) {
        return page.getList("items.slug");
    }

    static List<String> articleSlugs(String q) {
        return slugs(search(q, "type", "article"));
    }

    @Test
    void shouldIgnoreAccentsAndCase() {
        corpus("seoul-tokyo");
        for (String q : List.of("coree", "CORÉE", "Corée", "cOrEe")) {
            List<String> found = articleSlugs(q);
            assertTrue(found.contains(SEED), q);
            assertTrue(found.contains(corpus("seoul-tokyo")), q);
        }
        JsonPath seed = search("coree", "type", "article");
        String snippet = seed.getString("items.find { it.slug == '" + SEED + "' }.snippet");
        assertTrue(snippet.contains("<mark>Corée</mark>"), snippet);
    }

    @Test
    void shouldUnderstandFrenchWordForms() {
        assertTrue(articleSlugs("cooperations").contains(SEED), "plural, no accents → « coopération »");
        assertTrue(articleSlugs("coopération").contains(corpus("eolien-bretagne")), "singular → « Des coopérations entre ports »");
        assertTrue(articleSlugs("eolienne").contains(corpus("eolien-bretagne")), "feminine → « l’éolien »");
        assertTrue(articleSlugs("flottantes").contains(corpus("eolien-bretagne")));
    }

    @Test
    void shouldHandleElisionsAndRequireEveryWord() {
        corpus("voile");
        List<String> found = articleSlugs("eolien flottant");
        assertTrue(found.contains(corpus("eolien-bretagne")), "« l’éolien flottant »");
        assertFalse(found.contains(corpus("voile")), "the sailing story says flottant but never éolien");
        assertTrue(articleSlugs("l'éolien").contains(corpus("eolien-bretagne")), "a typed straight apostrophe");
        assertTrue(articleSlugs("d’amitié").contains(SEED), "the query's own elision");
        String snippet = search("eolien flottant", "type", "article").getString("items.find { it.slug == '" + corpus("eolien-bretagne") + "' }.snippet");
        assertTrue(snippet.matches(".*<mark>[^<]*éolien[^<]*</mark> <mark>flottant[^<]*</mark>.*"), snippet);
    }

    @Test
    void shouldMatchPhrasesAsPhrases() {
        corpus("seoul-tokyo");
        List<String> words = articleSlugs("amitié invincible");
        assertTrue(words.contains(SEED));
        assertTrue(words.contains(corpus("seoul-tokyo")), "both words, far apart");
        for (String phrase : List.of("\"amitié invincible\"", "« amitie invincible »", "“Amitié invincible”")) {
            List<String> found = articleSlugs(phrase);
            assertTrue(found.contains(SEED), phrase);
            assertFalse(found.contains(corpus("seoul-tokyo")), phrase + ": the words are not next to each other there");
        }
    }

    @Test
    void shouldIgnoreStopWords() {
        corpus("eolien-bretagne");
        assertEquals(articleSlugs("coopération"), articleSlugs("de la coopération et des"));
        JsonPath onlyStopWords = search("le la les de du");
        assertEquals(0, onlyStopWords.getInt("totalItems"));
    }

    @Test
    void shouldRankTitlesAndHeadingsAboveParagraphs() {
        String word = "zorglub" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "x");
        String inBody = importText("Un article sans rapport\n\nLe mot " + word + " apparaît une fois dans ce long paragraphe, noyé parmi d’autres phrases "
                + "qui parlent de tout autre chose, de la météo et des marées.\n", "published").getString("slug");
        String inHeading = importText("Autre article\n\nUn paragraphe d’introduction.\n\nLe " + word + " expliqué\n\nUn paragraphe après l’intertitre.\n",
                "published").getString("slug");
        String inTitle = importText("Le " + word + " à la une\n\nUn paragraphe qui n’en dit rien.\n", "published").getString("slug");
        assertEquals(List.of(inTitle, inHeading, inBody), articleSlugs(word));
    }

    @Test
    void shouldPointAtTheMatchingBlock() {
        String slug = corpus("eolien-bretagne");
        JsonPath hit = search("chalutage", "type", "article");
        assertEquals(slug, hit.getString("items[0].slug"));
        long blockId = hit.getLong("items[0].blockId");
        String blockText = anonymous().get("/api/paragraphs/" + blockId).then().statusCode(200).extract().jsonPath().getString("text");
        assertTrue(blockText.contains("chalutage"), blockText);
        assertEquals(blockText.substring(0, blockText.indexOf("chalutage")).length() < 200, true);
        assertTrue(hit.getString("items[0].snippet").contains("<mark>chalutage</mark>"));
    }

    @Test
    void shouldFindQuotesAndTheirSpeakers() {
        corpus("eolien-bretagne");
        JsonPath bySpeaker = search("poutine", "type", "quote");
        assertTrue(bySpeaker.getInt("totalItems") >= 2);
        bySpeaker.getList("items", Map.class).forEach(hit -> {
            assertEquals("quote", hit.get("type"));
            assertEquals("Vladimir Poutine", hit.get("speaker"));
        });
        JsonPath byWords = search("disputer chantiers", "type", "quote");
        assertEquals("Marine Le Goff", byWords.getString("items[0].speaker"));
        assertTrue(byWords.getString("items[0].snippet").contains("<mark>disputer</mark> chaque <mark>chantier</mark>"));
        assertTrue(search("disputer chantiers").getList("items.type").contains("quote"), "quotes and articles in one list by default");
    }

    @Test
    void shouldEscapeEverythingButTheMarks() {
        corpus("seoul-tokyo");
        String snippet = search("éditorialistes").getString("items[0].snippet");
        assertTrue(snippet.contains("<mark>éditorialistes</mark> restent prudents &amp; mesurés : 3 &lt; 5"), snippet);
    }

    @Test
    void shouldFollowPublicationEditsCorrectionsAndDeletion() {
        String word = "quetzal" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "y");
        JsonPath draft = importText("Le " + word + " des Andes\n\n« Il revient chaque printemps », a assuré Jeanne Martin, ornithologue.\n", "draft");
        long id = draft.getLong("id");
        assertEquals(0, search(word).getInt("totalItems"), "drafts are never found");

        Map<String, Object> body = new HashMap<>();
        body.put("title", draft.getString("title"));
        body.put("status", "published");
        body.put("blocks", draft.getList("blocks").stream().map(b -> Map.of("id", ((Map<?, ?>) b).get("id"), "type", ((Map<?, ?>) b).get("type"),
                "text", ((Map<?, ?>) b).get("text"))).toList());
        String etag = admin().get("/api/articles/" + id).header("ETag");
        admin().contentType(ContentType.JSON).header("If-Match", etag).body(body).put("/api/articles/" + id).then().statusCode(200);
        assertEquals(1, search(word, "type", "article").getInt("totalItems"), "published: found at once");
        assertTrue(slugs(search("printemps ornithologue")).isEmpty() || !search("jeanne martin", "type", "quote").getList("items").isEmpty());

        long paragraph = draft.getLong("blocks[0].id");
        admin().contentType(ContentType.JSON).body(Map.of("text", "« Il revient chaque automne », a assuré Jeanne Martin, ornithologue."))
                .patch("/api/paragraphs/" + paragraph).then().statusCode(200);
        assertEquals(0, search(word + " printemps").getInt("totalItems"), "the old wording is gone");
        assertEquals(1, search(word + " automne", "type", "article").getInt("totalItems"));

        long quote = search("revient automne", "type", "quote").getLong("items.find { it.articleId == " + id + " }.quoteId");
        admin().contentType(ContentType.JSON).body(Map.of("speaker", "Jeanne Martin-Quetzalcoatl")).patch("/api/quotes/" + quote).then().statusCode(200);
        assertEquals("Jeanne Martin-Quetzalcoatl", search("quetzalcoatl", "type", "quote").getString("items[0].speaker"), "a corrected speaker is searchable");

        admin().delete("/api/articles/" + id).then().statusCode(204);
        assertEquals(0, search(word).getInt("totalItems"), "deleted: gone");
    }

    @Test
    void shouldPageWithLinks() {
        corpus("seoul-tokyo");
        JsonPath all = search("coree");
        int total = all.getInt("totalItems");
        assertTrue(total >= 2);
        var second = anonymous().queryParam("q", "coree").queryParam("size", 1).queryParam("page", 2).get("/api/search");
        second.then().statusCode(200).header("Link", containsString("rel=\"prev\"")).body("items.size()", equalTo(1))
                .body("totalItems", equalTo(total));
        assertEquals(all.getString("items[1].snippet"), second.jsonPath().getString("items[0].snippet"));
    }

    @Test
    void shouldRejectUnusableQueries() {
        invalid().get("/api/search").then().statusCode(400).contentType("application/problem+json").body("detail", containsString("q"));
        invalid().queryParam("q", "x".repeat(201)).get("/api/search").then().statusCode(400).body("detail", containsString("200"));
        invalid().queryParam("q", "corée").queryParam("type", "poem").get("/api/search").then().statusCode(400);
        anonymous().queryParam("q", "corée").queryParam("page", 11).queryParam("size", 100).get("/api/search").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("1000"));
    }
}
