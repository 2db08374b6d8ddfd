package io.kiosque.quote;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.web.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteResourceTest {

    static final String SEED = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible";

    @Test
    void shouldFindTheSeedQuotesWithTheirSpeakers() {
        JsonPath quotes = anonymous()
                .get(SEED + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<Map<String, Object>> all = quotes.getList("$");
        assertTrue(all.stream()
                .anyMatch(q -> "amitié invincible".equals(q.get("text"))
                        && "speech".equals(q.get("kind"))
                        && "Vladimir Poutine".equals(q.get("speaker"))));
        assertTrue(all.stream().anyMatch(q -> "fraternité militante".equals(q.get("text"))));
        assertTrue(
                all.stream().anyMatch(q -> "amitié invincible".equals(q.get("text")) && q.get("paragraphId") == null),
                "the title's quote");
    }

    @Test
    void shouldSayHowTheSpeakerWasFoundAndPointAtTheWordsThatDecidedIt() {
        JsonPath article = anonymous().get(SEED).jsonPath();
        Map<Object, String> blockTexts = new HashMap<>();
        for (Map<String, Object> block : article.<Map<String, Object>>getList("blocks")) {
            blockTexts.put(block.get("id"), (String) block.get("text"));
        }
        List<Map<String, Object>> quotes =
                anonymous().get(SEED + "/quotes").jsonPath().getList("$");
        for (Map<String, Object> quote : quotes) {
            if (quote.get("speaker") == null) {
                assertEquals("none", quote.get("attribution"));
                continue;
            }
            assertTrue(
                    List.of("verb-after", "verb-before", "according-to", "incise", "colon", "continuation", "repeated")
                            .contains(quote.get("attribution")),
                    quote.toString());
            @SuppressWarnings("unchecked")
            Map<String, Object> mention = (Map<String, Object>) quote.get("speakerMention");
            String text = mention.get("paragraphId") == null
                    ? article.getString("title")
                    : blockTexts.get(mention.get("paragraphId"));
            String words = text.substring((Integer) mention.get("start"), (Integer) mention.get("end"));
            assertTrue(
                    quote.get("speaker").toString().contains(words)
                            || words.matches("(?i)(il|elle|le président russe)"),
                    words + " for " + quote.get("speaker"));
        }
    }

    @Test
    void shouldListThePeopleQuotedInPublishedArticles() {
        JsonPath speakers = anonymous()
                .queryParam("q", "POUTINE")
                .get("/api/speakers")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals("Vladimir Poutine", speakers.getString("items[0].name"));
        assertTrue(speakers.getInt("items[0].quotes") >= 2);
        assertTrue(speakers.getInt("items[0].articles") >= 1);
        assertEquals(
                0,
                anonymous()
                        .queryParam("q", "personne-inconnue")
                        .get("/api/speakers")
                        .jsonPath()
                        .getInt("totalItems"));
    }

    @Test
    void shouldPointEveryOffsetAtTheQuotedText() {
        JsonPath article = anonymous().get(SEED).jsonPath();
        Map<Object, String> blockTexts = new HashMap<>();
        for (Map<String, Object> block : article.<Map<String, Object>>getList("blocks")) {
            blockTexts.put(block.get("id"), (String) block.get("text"));
        }
        List<Map<String, Object>> quotes =
                anonymous().get(SEED + "/quotes").jsonPath().getList("$");
        assertTrue(quotes.size() >= 4);
        for (Map<String, Object> quote : quotes) {
            String source = quote.get("paragraphId") == null
                    ? article.getString("title")
                    : blockTexts.get(quote.get("paragraphId"));
            assertEquals(quote.get("text"), source.substring((Integer) quote.get("start"), (Integer) quote.get("end")));
        }
    }

    @Test
    void shouldSearchIgnoringAccentsAndCase() {
        anonymous()
                .queryParam("speaker", "POUTINE")
                .get("/api/quotes")
                .then()
                .statusCode(200)
                .body("items.speaker", hasItem("Vladimir Poutine"));
        anonymous()
                .queryParam("q", "fraternite")
                .get("/api/quotes")
                .then()
                .statusCode(200)
                .body("items.text", hasItem("fraternité militante"));
        anonymous()
                .queryParam("q", "100%_\\")
                .get("/api/quotes")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(0));
    }

    @Test
    void shouldGetOneQuoteAnd404ForUnknown() {
        int id = anonymous().get(SEED + "/quotes").jsonPath().getInt("[0].id");
        anonymous().get("/api/quotes/" + id).then().statusCode(200).body("id", equalTo(id));
        anonymous().get("/api/quotes/99999999").then().statusCode(404);
    }

    @Test
    void shouldKeepACorrectionWhileTheQuoteStaysInItsBlock() {
        String body = """
                {"title": "Correction %s", "status": "published", "blocks": [
                  {"type": "paragraph", "text": "« Nous tiendrons jusqu’au bout de la nuit », a déclaré le maire."},
                  {"type": "paragraph", "text": "Un autre paragraphe."}]}""".formatted(UUID.randomUUID());
        JsonPath created = admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .jsonPath();
        long articleId = created.getLong("id");
        long blockId = created.getLong("blocks[0].id");
        long version = created.getLong("version");
        JsonPath quote =
                anonymous().get("/api/articles/" + articleId + "/quotes").jsonPath();
        int quoteId = quote.getInt("[0].id");
        assertEquals("le maire", quote.getString("[0].speaker"));

        admin().contentType(ContentType.JSON)
                .body("{\"speaker\": \"Michel Andreu\"}")
                .patch("/api/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .body("speaker", equalTo("Michel Andreu"))
                .body("corrected", equalTo(true))
                .body("kind", equalTo("speech"));
        long bumped = anonymous().get("/api/articles/" + articleId).jsonPath().getLong("version");
        assertNotEquals(version, bumped);

        admin().contentType(ContentType.JSON)
                .body("{\"text\": \"Il l’a redit : « Nous tiendrons jusqu’au bout de la nuit », a déclaré le maire.\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200);
        anonymous()
                .get("/api/quotes/" + quoteId)
                .then()
                .statusCode(200)
                .body("speaker", equalTo("Michel Andreu"))
                .body("start", equalTo(17));

        admin().contentType(ContentType.JSON)
                .body("{\"text\": \"Plus de citation ici, mais « une autre phrase entre guillemets », dit-il.\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200);
        anonymous().get("/api/quotes/" + quoteId).then().statusCode(404);
        anonymous()
                .get("/api/articles/" + articleId + "/quotes")
                .then()
                .statusCode(200)
                .body("text", equalTo(List.of("une autre phrase entre guillemets")))
                .body("speaker", not(hasItem("Michel Andreu")));
    }

    @Test
    void shouldClearASpeakerWithNullAndRefuseBadKinds() {
        int id = anonymous().get(SEED + "/quotes").jsonPath().getInt("[0].id");
        invalid()
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"rumour\"}")
                .patch("/api/quotes/" + id)
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        invalid()
                .contentType(ContentType.JSON)
                .body("{\"kind\": \"term\"}")
                .patch("/api/quotes/" + id)
                .then()
                .statusCode(401);
    }

    @Test
    void shouldHideQuotesOfDrafts() {
        String body = "{\"title\": \"Brouillon « secret » " + UUID.randomUUID()
                + "\", \"status\": \"draft\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
        long articleId = admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .jsonPath()
                .getLong("id");
        int quoteId = admin().get("/api/articles/" + articleId + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getInt("[0].id");
        anonymous().get("/api/articles/" + articleId + "/quotes").then().statusCode(404);
        anonymous().get("/api/quotes/" + quoteId).then().statusCode(404);
        anonymous()
                .queryParam("q", "secret")
                .get("/api/quotes")
                .then()
                .statusCode(200)
                .body("items.id", not(hasItem(quoteId)));
    }
}
