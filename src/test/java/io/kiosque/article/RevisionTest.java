package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.withToken;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RevisionTest {

    static final String FIRST =
            "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont progressivement renforcé leurs relations.";
    static final String EDITED =
            "Depuis le début de la guerre en Ukraine, la Russie et la Corée du Nord ont nettement renforcé leurs relations.";

    private static JsonPath token(String name, String role) {
        return admin().contentType(ContentType.JSON)
                .body(Map.of("name", name, "roles", List.of(role)))
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String body(String title, String... paragraphs) {
        StringBuilder blocks = new StringBuilder();
        for (String paragraph : paragraphs) {
            blocks.append(blocks.isEmpty() ? "" : ", ")
                    .append(
                            paragraph.startsWith("{")
                                    ? paragraph
                                    : "{\"type\": \"paragraph\", \"text\": \"" + paragraph + "\"}");
        }
        return "{\"title\": \"" + title + "\", \"status\": \"published\", \"blocks\": [" + blocks + "]}";
    }

    private static JsonPath create(String editor, String title, String... paragraphs) {
        return withToken(editor)
                .contentType(ContentType.JSON)
                .body(body(title, paragraphs))
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    private static String etag(long id) {
        return admin().get("/api/articles/" + id).header("ETag");
    }

    @Test
    void shouldRecordEveryVersionWithItsAuthorAndKind() {
        String name = "Rédaction web " + UUID.randomUUID();
        String editor = token(name, "editor").getString("token");
        JsonPath created = create(
                editor,
                "Révisions " + UUID.randomUUID(),
                FIRST,
                "« Nous resterons solidaires jusqu’au bout », a déclaré le ministre.");
        long id = created.getLong("id");
        long first = created.getLong("blocks[0].id");
        long second = created.getLong("blocks[1].id");

        withToken(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("text", EDITED))
                .patch("/api/paragraphs/" + first)
                .then()
                .statusCode(200);
        long quote =
                anonymous().get("/api/articles/" + id + "/quotes").jsonPath().getLong("[0].id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Sergueï Lavrov"))
                .patch("/api/quotes/" + quote)
                .then()
                .statusCode(200);
        withToken(editor)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .body(body(
                        "Révisions, titre changé",
                        "{\"id\": " + second
                                + ", \"type\": \"paragraph\", \"text\": \"Un autre texte, sans citation.\"}"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);

        withToken(editor)
                .get("/api/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"first\""))
                .body("totalItems", equalTo(4))
                .body("items.version", equalTo(List.of(3, 2, 1, 0)))
                .body("items.kind", equalTo(List.of("replaced", "quote-corrected", "paragraph-edited", "created")))
                .body("items.author", equalTo(List.of(name, "bootstrap admin (KIOSQUE_ADMIN_TOKEN)", name, name)))
                .body("items[0].title", equalTo("Révisions, titre changé"));
        withToken(editor)
                .queryParam("size", 1)
                .queryParam("page", 2)
                .get("/api/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("items", hasSize(1))
                .body("items[0].version", equalTo(2))
                .body("totalPages", equalTo(4));
    }

    @Test
    void shouldServeAVersionAsTheArticleWas() {
        String editor = token("Desk", "editor").getString("token");
        JsonPath created = create(editor, "Version ancienne " + UUID.randomUUID(), FIRST);
        long id = created.getLong("id");
        withToken(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("text", EDITED))
                .patch("/api/paragraphs/" + created.getLong("blocks[0].id"))
                .then()
                .statusCode(200);

        withToken(editor)
                .get("/api/articles/" + id + "/revisions/0")
                .then()
                .statusCode(200)
                .body("id", equalTo((int) id))
                .body("version", equalTo(0))
                .body("title", equalTo(created.getString("title")))
                .body("blocks[0].id", equalTo(created.getInt("blocks[0].id")))
                .body("blocks[0].text", equalTo(FIRST))
                .body("blocks[0].lead", equalTo(true))
                .body("wordCount", equalTo(created.getInt("wordCount")));
        withToken(editor)
                .get("/api/articles/" + id + "/revisions/1")
                .then()
                .statusCode(200)
                .body("blocks[0].text", equalTo(EDITED));
        withToken(editor)
                .get("/api/articles/" + id + "/revisions/7")
                .then()
                .statusCode(404)
                .body("detail", containsString("no version 7"));
    }

    @Test
    void shouldHideRevisionsFromEveryoneButEditors() {
        long id = create(token("Desk", "editor").getString("token"), "Secret " + UUID.randomUUID(), FIRST)
                .getLong("id");
        String moderator = token("Modération", "moderator").getString("token");
        for (var client : List.of(anonymous(), withToken(moderator))) {
            client.get("/api/articles/" + id + "/revisions").then().statusCode(404);
        }
        anonymous().get("/api/articles/" + id + "/revisions/0").then().statusCode(404);
        anonymous()
                .queryParam("from", 0)
                .queryParam("to", 0)
                .get("/api/articles/" + id + "/diff")
                .then()
                .statusCode(404);
        anonymous()
                .header("If-Match", etag(id))
                .post("/api/articles/" + id + "/revisions/0/restore")
                .then()
                .statusCode(404);
        withToken(moderator).post("/api/articles/" + id + "/restore").then().statusCode(404);
        admin().get("/api/articles/987654321/revisions").then().statusCode(404);
    }

    @Test
    void shouldDiffBlocksByIdAndWordsInUtf16Ranges() {
        String editor = token("Desk", "editor").getString("token");
        JsonPath created = create(
                editor,
                "Diff " + UUID.randomUUID(),
                FIRST,
                "Un paragraphe qui part.",
                "Un paragraphe qui reste 👍.",
                "{\"type\": \"ad\"}");
        long id = created.getLong("id");
        long first = created.getLong("blocks[0].id");
        long staying = created.getLong("blocks[2].id");
        long ad = created.getLong("blocks[3].id");
        withToken(editor)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .body(body(
                        created.getString("title"),
                        "{\"id\": " + ad + ", \"type\": \"ad\"}",
                        "{\"id\": " + first + ", \"type\": \"paragraph\", \"text\": \"" + EDITED + "\"}",
                        "{\"id\": " + staying
                                + ", \"type\": \"paragraph\", \"text\": \"Un paragraphe qui reste 👍 et grandit.\"}",
                        "Un paragraphe nouveau."))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);

        JsonPath diff = withToken(editor)
                .queryParam("from", 0)
                .queryParam("to", 1)
                .get("/api/articles/" + id + "/diff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("moved", "changed", "removed", "changed", "added"), diff.getList("blocks.change"));
        assertEquals(ad, diff.getLong("blocks[0].id"));
        Map<String, Object> word = diff.getMap("blocks[1].text.changes[0]");
        assertEquals("replace", word.get("op"));
        assertEquals("progressivement", FIRST.substring((int) word.get("oldStart"), (int) word.get("oldEnd")));
        assertEquals("nettement", EDITED.substring((int) word.get("newStart"), (int) word.get("newEnd")));
        Map<String, Object> grown = diff.getMap("blocks[3].text.changes[0]");
        String grownText = "Un paragraphe qui reste 👍 et grandit.";
        assertEquals("insert", grown.get("op"));
        assertEquals(" et grandit", grownText.substring((int) grown.get("newStart"), (int) grown.get("newEnd")));
        assertEquals(1, diff.getInt("blocks[2].fromPosition"));

        JsonPath reverse = withToken(editor)
                .queryParam("from", 1)
                .queryParam("to", 0)
                .get("/api/articles/" + id + "/diff")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(List.of("changed", "added", "changed", "removed", "moved"), reverse.getList("blocks.change"));
        withToken(editor)
                .queryParam("from", 0)
                .queryParam("to", 9)
                .get("/api/articles/" + id + "/diff")
                .then()
                .statusCode(404);
        invalid()
                .header("Authorization", "Bearer " + editor)
                .queryParam("from", 0)
                .get("/api/articles/" + id + "/diff")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void shouldRestoreAVersionAsANewOneKeepingQuoteCorrections() {
        String editor = token("Desk", "editor").getString("token");
        String said = "« Nous resterons solidaires jusqu’au bout », a déclaré le ministre.";
        JsonPath created = create(editor, "Restauration " + UUID.randomUUID(), FIRST, said);
        long id = created.getLong("id");
        long quoted = created.getLong("blocks[1].id");
        long quote =
                anonymous().get("/api/articles/" + id + "/quotes").jsonPath().getLong("[0].id");
        admin().contentType(ContentType.JSON)
                .body(Map.of("speaker", "Sergueï Lavrov"))
                .patch("/api/quotes/" + quote)
                .then()
                .statusCode(200);
        withToken(editor)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .body(body(
                        "Restauration, tout changé",
                        "{\"id\": " + quoted + ", \"type\": \"paragraph\", \"text\": \"" + said + "\"}"))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);
        String current = etag(id);

        invalid()
                .header("Authorization", "Bearer " + editor)
                .post("/api/articles/" + id + "/revisions/0/restore")
                .then()
                .statusCode(428);
        withToken(editor)
                .header("If-Match", "\"" + id + "-0-0-json\"")
                .post("/api/articles/" + id + "/revisions/0/restore")
                .then()
                .statusCode(412);
        withToken(editor)
                .header("If-Match", current)
                .post("/api/articles/" + id + "/revisions/42/restore")
                .then()
                .statusCode(404);
        long other = create(editor, "Autre " + UUID.randomUUID(), FIRST).getLong("id");
        withToken(editor)
                .header("If-Match", current)
                .post("/api/articles/" + other + "/revisions/2/restore")
                .then()
                .statusCode(412);
        withToken(editor).get("/api/articles/" + id + "/revisions").then().body("totalItems", equalTo(3));

        Response restored =
                withToken(editor).header("If-Match", current).post("/api/articles/" + id + "/revisions/0/restore");
        restored.then()
                .statusCode(200)
                .header("ETag", equalTo("\"" + id + "-3-0-json\""))
                .body("version", equalTo(3))
                .body("title", equalTo(created.getString("title")))
                .body("blocks", hasSize(2))
                .body("blocks[0].text", equalTo(FIRST))
                .body("blocks[1].id", equalTo((int) quoted));
        anonymous()
                .get("/api/articles/" + id + "/quotes")
                .then()
                .body("[0].id", equalTo((int) quote))
                .body("[0].speaker", equalTo("Sergueï Lavrov"));
        withToken(editor)
                .get("/api/articles/" + id + "/revisions")
                .then()
                .body("totalItems", equalTo(4))
                .body("items[0].kind", equalTo("restored"));
    }

    @Test
    void shouldLetAnAdminRestoreADeletedArticle() {
        String editor = token("Desk", "editor").getString("token");
        JsonPath created = create(editor, "Supprimé puis rendu " + UUID.randomUUID(), FIRST, "Un second paragraphe.");
        long id = created.getLong("id");
        withToken(editor).delete("/api/articles/" + id).then().statusCode(204);
        anonymous().get("/api/articles/" + id).then().statusCode(404);
        withToken(editor)
                .get("/api/articles/" + id + "/revisions")
                .then()
                .statusCode(200)
                .body("totalItems", equalTo(1));

        withToken(editor).post("/api/articles/" + id + "/restore").then().statusCode(404);
        admin().post("/api/articles/" + id + "/restore")
                .then()
                .statusCode(201)
                .header("Location", containsString("/api/articles/" + id))
                .body("id", equalTo((int) id))
                .body("version", equalTo(1))
                .body("slug", equalTo(created.getString("slug")))
                .body("blocks[1].id", equalTo(created.getInt("blocks[1].id")))
                .body("status", equalTo("published"));
        anonymous()
                .get("/api/articles/" + created.getString("slug"))
                .then()
                .statusCode(200)
                .body("blocks[0].text", equalTo(FIRST));
        anonymous().get("/api/articles/" + id + "/quotes").then().statusCode(200);
        admin().post("/api/articles/" + id + "/restore").then().statusCode(404);
        withToken(editor)
                .get("/api/articles/" + id + "/revisions")
                .then()
                .body("items.kind", equalTo(List.of("undeleted", "created")));
    }

    private static String readerSees(String idOrSlug) {
        return anonymous()
                .get("/api/articles/" + idOrSlug)
                .then()
                .statusCode(200)
                .extract()
                .asString();
    }

    private static boolean searchFinds(String word, long id) {
        return anonymous()
                .queryParam("q", word)
                .queryParam("type", "article")
                .get("/api/search")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.articleId", Long.class)
                .contains(id);
    }

    /** Each read twice: the second comes from memory when the fast path holds the article, so a stale entry would show. */
    private static void assertReadersSee(String expected, long id, String slug) {
        for (String key : List.of(Long.toString(id), slug, Long.toString(id), slug)) {
            assertTrue(readerSees(key).contains(expected), "a reader of " + key + " sees " + expected);
        }
    }

    @Test
    void shouldShowRestoresCorrectionsAndUndeletesToReadersAtOnceAndInSearch() {
        String editor = token("Desk", "editor").getString("token");
        String word = "zorbolitique" + UUID.randomUUID().toString().replaceAll("[^a-f]", "");
        JsonPath created = create(editor, "Cohérence " + UUID.randomUUID(), FIRST, "Le " + word + " du ministre.");
        long id = created.getLong("id");
        String slug = created.getString("slug");
        assertReadersSee(word, id, slug);
        withToken(editor)
                .contentType(ContentType.JSON)
                .header("If-Match", etag(id))
                .body(body(created.getString("title"), EDITED))
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);
        assertReadersSee(EDITED, id, slug);
        await().atMost(Duration.ofSeconds(2)).until(() -> !searchFinds(word, id));

        withToken(editor)
                .header("If-Match", etag(id))
                .post("/api/articles/" + id + "/revisions/0/restore")
                .then()
                .statusCode(200);
        assertReadersSee(word, id, slug);
        await().atMost(Duration.ofSeconds(2)).until(() -> searchFinds(word, id));

        withToken(editor)
                .contentType(ContentType.JSON)
                .body(Map.of("type", "correction", "text", "Rectificatif " + word))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(201);
        assertReadersSee("Rectificatif " + word, id, slug);

        withToken(editor).delete("/api/articles/" + id).then().statusCode(204);
        anonymous().get("/api/articles/" + id).then().statusCode(404);
        await().atMost(Duration.ofSeconds(2)).until(() -> !searchFinds(word, id));
        admin().post("/api/articles/" + id + "/restore").then().statusCode(201);
        assertReadersSee("Rectificatif " + word, id, slug);
        await().atMost(Duration.ofSeconds(2)).until(() -> searchFinds(word, id));
    }
}
