package io.kiosque.search;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * What search promises whatever the engine: each matching rule, the ranking of {@link Ranking}, snippets, and
 * catching up at start, checked through the API on a small French corpus (src/test/resources/search) plus the seed
 * article. One subclass per deployment runs it against that deployment's engine: {@link LuceneSearchTest} in
 * {@code ./mvnw verify}, {@link PostgresSearchTest} in the PostgreSQL run ({@code -Ppg}).
 */
abstract class AbstractSearchTest {

    static final String SEED = "russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    private static final Map<String, String> CORPUS = new HashMap<>();

    @Inject
    SearchEngine engine;

    @Inject
    EntityManager em;

    /** For tests of migrations from an older schema ({@link io.kiosque.OlderSchema}). */
    @Inject
    Flyway flyway;

    @Inject
    DataSource dataSource;

    /**
     * Makes the engine miss the last change to this article, inside the transaction that made it: what a crash right
     * after the commit (Lucene) or a database from before search (PostgreSQL) leaves behind.
     */
    abstract void missChange(long articleId);

    /** Slug of a corpus article, imported on first use. */
    static synchronized String corpus(String name) {
        return CORPUS.computeIfAbsent(
                name,
                n -> importText(resource("/search/" + n + ".txt"), "published").getString("slug"));
    }

    private static String resource(String path) {
        try (InputStream in = AbstractSearchTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static JsonPath importText(String text, String status) {
        return admin().contentType("text/plain; charset=UTF-8")
                .queryParam("status", status)
                .body(text)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static JsonPath search(String q, Object... params) {
        var request = anonymous().queryParam("q", q);
        for (int i = 0; i < params.length; i += 2) {
            request = request.queryParam((String) params[i], params[i + 1]);
        }
        return request.get("/api/search").then().statusCode(200).extract().jsonPath();
    }

    private static String slug(JsonPath article) {
        return article.getString("slug");
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
        String snippet = snippet(search("coree", "type", "article"), SEED);
        assertTrue(snippet.contains("<mark>Corée</mark>"), snippet);
    }

    @Test
    void shouldUnderstandFrenchWordForms() {
        assertTrue(articleSlugs("cooperations").contains(SEED), "plural, no accents → « coopération »");
        assertTrue(
                articleSlugs("coopération").contains(corpus("eolien-bretagne")),
                "singular → « Des coopérations entre ports »");
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
        String snippet = snippet(search("eolien flottant", "type", "article"), corpus("eolien-bretagne"));
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

    /** A word no other article holds: letters only (digits of a random UUID become g to p), so that analysis keeps it whole. */
    static String uniqueWord(String prefix) {
        StringBuilder word = new StringBuilder(prefix);
        UUID.randomUUID()
                .toString()
                .chars()
                .filter(c -> c != '-')
                .limit(8)
                .forEach(c -> word.append((char) (c <= '9' ? c - '0' + 'g' : c)));
        return word.toString();
    }

    @Test
    void shouldRankTitleAboveHeadingAboveParagraph() {
        String word = uniqueWord("zorglub");
        // the paragraph says it three times in a short article; the heading and the title once each, in longer ones
        String inBody = slug(importText(
                "Un article sans rapport\n\nLe " + word + ", encore le " + word + " et toujours le " + word + ".\n",
                "published"));
        String inHeading = slug(importText(
                "Autre article\n\nUn paragraphe d’introduction qui parle de tout autre chose, de la météo "
                        + "et des marées.\n\nLe " + word
                        + " expliqué\n\nUn paragraphe après l’intertitre, qui ne le nomme pas davantage.\n",
                "published"));
        String inTitle = slug(importText(
                "Le " + word + " à la une\n\nUn paragraphe qui n’en dit rien, puis un autre qui parle "
                        + "des élections municipales, du budget des écoles, des travaux du port et de la saison touristique.\n",
                "published"));
        assertEquals(List.of(inTitle, inHeading, inBody), articleSlugs(word));
    }

    @Test
    void shouldRankAShortTextAboveALongOneThatMentionsTheWordInPassing() {
        String word = uniqueWord("quokka");
        String inPassing = slug(importText(
                "Chronique du port\n\nLes chalutiers sont rentrés tôt, la criée a ouvert à l’heure, les prix "
                        + "du bar et de la sole ont baissé, les dockers ont déchargé deux cargos et, au détour d’une conversation, quelqu’un a "
                        + "parlé du " + word
                        + ". Puis la marée est montée, les touristes sont arrivés et la journée a continué comme les "
                        + "autres.\n",
                "published"));
        String about = slug(importText("Brève\n\nLe " + word + " revient.\n", "published"));
        assertEquals(List.of(about, inPassing), articleSlugs(word));
    }

    @Test
    void shouldRankTheSpeakerAboveAQuoteThatNamesThem() {
        String surname = "K" + uniqueWord("");
        importText(
                "Conseil municipal\n\n« Nous ne céderons rien sur le budget des écoles cette année », a déclaré Hélène "
                        + surname + ", adjointe au maire.\n\n« Je crois que Madame " + surname
                        + " a raison sur le budget des écoles », "
                        + "a répondu Paul Durand, conseiller d’opposition.\n",
                "published");
        assertEquals(
                List.of("Hélène " + surname, "Paul Durand"),
                search(surname, "type", "quote").getList("items.speaker"));
    }

    @Test
    void shouldPointAtTheMatchingBlock() {
        String slug = corpus("eolien-bretagne");
        JsonPath hit = search("chalutage", "type", "article");
        assertEquals(slug, hit.getString("items[0].slug"));
        long blockId = hit.getLong("items[0].blockId");
        String blockText = anonymous()
                .get("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("text");
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
        assertTrue(
                byWords.getString("items[0].snippet").contains("<mark>disputer</mark> chaque <mark>chantier</mark>"));
        assertTrue(
                search("disputer chantiers").getList("items.type").contains("quote"),
                "quotes and articles in one list by default");
    }

    /** Snippets are cut and marked from the stored text, whatever the engine: these exact strings hold on both. */
    @Test
    void shouldCutAndMarkTheSameSnippetsOnEveryEngine() {
        String slug = corpus("eolien-bretagne");
        assertEquals(
                "…: ils demandent que les câbles soient ensouillés et que les <mark>zones</mark> de <mark>chalutage</mark> "
                        + "soient préservées.",
                snippet(search("zones de chalutage", "type", "article"), slug));
        assertEquals(
                "Nous avons appris à travailler ensemble plutôt qu’à nous <mark>disputer</mark> <mark>chaque</mark> "
                        + "<mark>chantier</mark>",
                snippet(search("« disputer chaque chantier »", "type", "quote"), slug));
        assertEquals(
                "…tournent depuis l’automne. Elles reposent sur des <mark>flotteurs</mark> ancrés par soixante mètres de fond, "
                        + "là où les fondations posées sur le sol marin deviennent trop coûteuses.",
                snippet(search("cooperations flotteurs", "type", "article"), slug));
    }

    private static String snippet(JsonPath page, String slug) {
        return page.getString("items.find { it.slug == '" + slug + "' }.snippet");
    }

    @Test
    void shouldEscapeEverythingButTheMarks() {
        corpus("seoul-tokyo");
        String snippet = search("éditorialistes").getString("items[0].snippet");
        assertTrue(snippet.contains("<mark>éditorialistes</mark> restent prudents &amp; mesurés : 3 &lt; 5"), snippet);
    }

    @Test
    void shouldFollowPublicationEditsCorrectionsAndDeletion() {
        String word = uniqueWord("quetzal");
        JsonPath draft = importText(
                "Le " + word + " des Andes\n\n« Il revient chaque printemps », a assuré Jeanne Martin, ornithologue.\n",
                "draft");
        long id = draft.getLong("id");
        assertEquals(0, search(word).getInt("totalItems"), "drafts are never found");

        Map<String, Object> body = new HashMap<>();
        body.put("title", draft.getString("title"));
        body.put("status", "published");
        body.put(
                "blocks",
                draft.getList("blocks").stream()
                        .map(b -> Map.of(
                                "id",
                                ((Map<?, ?>) b).get("id"),
                                "type",
                                ((Map<?, ?>) b).get("type"),
                                "text",
                                ((Map<?, ?>) b).get("text")))
                        .toList());
        String etag = admin().get("/api/articles/" + id).header("ETag");
        admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body(body)
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);
        assertEquals(1, search(word, "type", "article").getInt("totalItems"), "published: found at once");
        assertTrue(slugs(search("printemps ornithologue")).isEmpty()
                || !search("jeanne martin", "type", "quote").getList("items").isEmpty());

        long paragraph = draft.getLong("blocks[0].id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("text", "« Il revient chaque automne », a assuré Jeanne Martin, ornithologue."))
                .patch("/api/paragraphs/" + paragraph)
                .then()
                .statusCode(200);
        assertEquals(0, search(word + " printemps").getInt("totalItems"), "the old wording is gone");
        assertEquals(1, search(word + " automne", "type", "article").getInt("totalItems"));

        long quote =
                search("revient automne", "type", "quote").getLong("items.find { it.articleId == " + id + " }.quoteId");
        admin().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Jeanne Martin-Quetzalcoatl"))
                .patch("/api/quotes/" + quote)
                .then()
                .statusCode(200);
        assertEquals(
                "Jeanne Martin-Quetzalcoatl",
                search("quetzalcoatl", "type", "quote").getString("items[0].speaker"),
                "a corrected speaker is searchable");

        admin().delete("/api/articles/" + id).then().statusCode(204);
        assertEquals(0, search(word).getInt("totalItems"), "deleted: gone");
    }

    @Test
    void shouldCatchUpAtStartWithChangesTheIndexMissed() {
        String before = uniqueWord("avant");
        String after = uniqueWord("apres");
        long id = importText("Rattrapage\n\nLe mot " + before + " est dans ce paragraphe.\n", "published")
                .getLong("id");
        assertEquals(1, search(before, "type", "article").getInt("totalItems"));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update block set text = ?1 where article_id = ?2 and type = 'paragraph'")
                    .setParameter(1, "Le mot " + after + " l’a remplacé.")
                    .setParameter(2, id)
                    .executeUpdate();
            missChange(id);
        });
        assertEquals(0, search(after, "type", "article").getInt("totalItems"), "the index has not seen the change yet");

        engine.catchUp(); // PostgreSQL's backfill runs in the background
        await().atMost(Duration.ofSeconds(20))
                .untilAsserted(
                        () -> assertEquals(1, search(after, "type", "article").getInt("totalItems")));
        assertEquals(0, search(before, "type", "article").getInt("totalItems"));
    }

    @Test
    void shouldPageWithLinks() {
        corpus("seoul-tokyo");
        JsonPath all = search("coree");
        int total = all.getInt("totalItems");
        assertTrue(total >= 2);
        var second = anonymous()
                .queryParam("q", "coree")
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/search");
        second.then()
                .statusCode(200)
                .header("Link", containsString("rel=\"prev\""))
                .body("items.size()", equalTo(1))
                .body("totalItems", equalTo(total));
        assertEquals(all.getString("items[1].snippet"), second.jsonPath().getString("items[0].snippet"));
    }

    @Test
    void shouldRejectUnusableQueries() {
        invalid()
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("q"));
        invalid()
                .queryParam("q", "x".repeat(201))
                .get("/api/search")
                .then()
                .statusCode(400)
                .body("detail", containsString("200"));
        invalid()
                .queryParam("q", "corée")
                .queryParam("type", "poem")
                .get("/api/search")
                .then()
                .statusCode(400);
        anonymous()
                .queryParam("q", "corée")
                .queryParam("page", 11)
                .queryParam("size", 100)
                .get("/api/search")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("1000"));
    }
}
