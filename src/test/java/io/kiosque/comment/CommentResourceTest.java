package io.kiosque.comment;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.web.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CommentResourceTest {

    /** A fresh published article, so that counts and threads start empty. */
    static JsonPath article(String commentMode) {
        String body = """
                {"title": "Commentaires %s", "status": "published", "commentMode": "%s",
                 "blocks": [{"type": "paragraph", "text": "Premier paragraphe."}, {"type": "ad"}, {"type": "paragraph", "text": "Second paragraphe."}]}
                """.formatted(UUID.randomUUID(), commentMode);
        return Api.adminFromOwnAddress()
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String json(String author, String body) {
        return "{\"authorName\": \"" + author + "\", \"body\": \"" + body + "\"}";
    }

    static Response post(long articleId, String json) {
        return anonymous()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-For", "10.0.0." + (int) (Math.random() * 250 + 1))
                .body(json)
                .post("/api/articles/" + articleId + "/comments");
    }

    @Test
    void shouldPostACommentAndShowItInTheThreadAndCount() {
        JsonPath article = article("open");
        long id = article.getLong("id");
        String etag = anonymous().get("/api/articles/" + id).header("ETag");
        Response created = post(id, json("Anne Le Guen", "Une « amitié invincible », vraiment ?"));
        created.then()
                .statusCode(201)
                .header("Location", containsString("/api/comments/"))
                .body("status", equalTo("approved"))
                .body("editToken", notNullValue())
                .body("editableUntil", notNullValue())
                .body("body", equalTo("Une « amitié invincible », vraiment ?"));
        anonymous()
                .get("/api/articles/" + id + "/comments")
                .then()
                .statusCode(200)
                .body("items.body", equalTo(List.of("Une « amitié invincible », vraiment ?")))
                .body("items[0].editToken", nullValue())
                .body("nextCursor", nullValue());
        anonymous()
                .get("/api/articles/" + id)
                .then()
                .body("commentCount", equalTo(1))
                .header("ETag", not(equalTo(etag)));
        anonymous().get(created.header("Location")).then().statusCode(200).body("authorName", equalTo("Anne Le Guen"));
    }

    @Test
    void shouldKeepTheCommentCountWhenAnEditorSavesTheArticle() {
        JsonPath article = article("open");
        long id = article.getLong("id");
        String etagBeforeComment = anonymous().get("/api/articles/" + id).header("ETag");
        post(id, json("Lectrice", "Avant la correction.")).then().statusCode(201);
        String body =
                "{\"title\": \"Corrigé\", \"status\": \"published\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte corrigé.\"}]}";
        admin().contentType(ContentType.JSON)
                .header("If-Match", etagBeforeComment)
                .body(body)
                .put("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("commentCount", equalTo(1));
        anonymous()
                .get("/api/articles/" + id)
                .then()
                .body("commentCount", equalTo(1))
                .body("title", equalTo("Corrigé"));
    }

    @Test
    void shouldReplayTheFirstResponseForTheSameKeyAndRefuseAnotherBody() {
        long id = article("open").getLong("id");
        String key = UUID.randomUUID().toString();
        Response first = anonymous()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(json("Léa", "Réseau instable."))
                .post("/api/articles/" + id + "/comments");
        first.then().statusCode(201);
        Response again = anonymous()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(json("Léa", "Réseau instable."))
                .post("/api/articles/" + id + "/comments");
        again.then().statusCode(201).header("Idempotent-Replayed", "true").header("Location", first.header("Location"));
        assertEquals(first.jsonPath().getLong("id"), again.jsonPath().getLong("id"));
        assertEquals(first.jsonPath().getString("editToken"), again.jsonPath().getString("editToken"));
        anonymous()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(json("Léa", "Autre texte."))
                .post("/api/articles/" + id + "/comments")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("different request body"));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(1));
    }

    @Test
    void shouldCreateExactlyOneCommentForTwentyConcurrentRetries() throws Exception {
        long id = article("open").getLong("id");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(20);
        List<Future<Response>> responses = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            responses.add(pool.submit(() -> anonymous()
                    .contentType(ContentType.JSON)
                    .header("Idempotency-Key", key)
                    .body(json("Mobile", "Envoyé vingt fois."))
                    .post("/api/articles/" + id + "/comments")));
        }
        Set<Long> ids = new HashSet<>();
        for (Future<Response> response : responses) {
            Response r = response.get();
            assertEquals(201, r.statusCode(), r.asString());
            ids.add(r.jsonPath().getLong("id"));
        }
        pool.shutdown();
        assertEquals(1, ids.size());
        anonymous().get("/api/articles/" + id + "/comments").then().body("items.size()", equalTo(1));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(1));
    }

    @Test
    void shouldKeepMarkupAsTextAndCountCharactersNotBytes() {
        long id = article("open").getLong("id");
        post(id, json("<b>Robert</b>", "<script>alert('x')</script> e\\u0301te\\u0301\\u0007"))
                .then()
                .statusCode(201)
                .body("authorName", equalTo("<b>Robert</b>"))
                .body("body", equalTo("<script>alert('x')</script> été"));
        String emoji = "😀".repeat(5000);
        post(id, json("Emoji", emoji)).then().statusCode(201);
        invalid()
                .contentType(ContentType.JSON)
                .body(json("Emoji", emoji + "😀"))
                .post("/api/articles/" + id + "/comments")
                .then()
                .statusCode(400)
                .body("detail", containsString("5000"))
                .body("detail", containsString("5001"));
        invalid()
                .contentType(ContentType.JSON)
                .body(json(" ", "Texte."))
                .post("/api/articles/" + id + "/comments")
                .then()
                .statusCode(400)
                .body("detail", containsString("authorName"));
        invalid()
                .contentType(ContentType.JSON)
                .body("{\"body\": \"Sans nom.\"}")
                .post("/api/articles/" + id + "/comments")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("authorName"));
    }

    @Test
    void shouldHoldOrRejectWhatTheRulesCatch() {
        long id = article("open").getLong("id");
        post(id, json("Arnaud", "Quelle ARNAQUE, ce texte."))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"));
        post(id, json("Pierre", "Espèce de Connard !")).then().statusCode(201).body("status", equalTo("rejected"));
        post(id, json("Spam", "Voir https://a.fr et www.b.fr et http://c.fr"))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"));
        post(id, json("Doublon", "Deux fois la même chose."))
                .then()
                .statusCode(201)
                .body("status", equalTo("approved"));
        post(id, json("Doublon", "Deux fois la même chose."))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"));
        anonymous().get("/api/articles/" + id + "/comments").then().body("items.size()", equalTo(1));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(1));
    }

    @Test
    void shouldJudgeTheWordsReadersSeeWhateverInvisibleCharactersHideInThem() {
        long id = article("open").getLong("id");
        for (String hidden :
                List.of("\\u200b", "\\u00ad", "\\u2060", "\\u200d", "\\u200e", "\\ufeff", "\\u3164", "\\u034f")) {
            post(id, json("Pierre", "Espèce de con" + hidden + "nard !"))
                    .then()
                    .statusCode(201)
                    .body("status", equalTo("rejected"))
                    .body("body", equalTo("Espèce de connard !"));
        }
        post(id, json("Pier\\u200bre", "Un avis.")).then().statusCode(201).body("authorName", equalTo("Pierre"));
        // the joiners inside an emoji stay: the family is one picture, the flag of Scotland keeps its tags
        String family = "\\ud83d\\udc68\\u200d\\ud83d\\udc69\\u200d\\ud83d\\udc67";
        String scotland =
                "\\ud83c\\udff4\\udb40\\udc67\\udb40\\udc62\\udb40\\udc73\\udb40\\udc63\\udb40\\udc74\\udb40\\udc7f";
        post(id, json("Famille", "Nous " + family + " et " + scotland))
                .then()
                .statusCode(201)
                .body(
                        "body",
                        equalTo(
                                "Nous \ud83d\udc68\u200d\ud83d\udc69\u200d\ud83d\udc67 et "
                                        + "\ud83c\udff4\udb40\udc67\udb40\udc62\udb40\udc73\udb40\udc63\udb40\udc74\udb40\udc7f"));
        long count = anonymous().get("/api/articles/" + id).jsonPath().getLong("commentCount");
        for (String[] invisible : List.of(
                new String[] {"\\u200b\\u2060", "Texte."},
                new String[] {"Nom", "\\u00ad \\u200b\\u200d"},
                new String[] {"\\u3164", "Texte."},
                new String[] {"Nom", "\\ufe0f\\u0301"})) {
            invalid()
                    .contentType(ContentType.JSON)
                    .body(json(invisible[0], invisible[1]))
                    .post("/api/articles/" + id + "/comments")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString("(got 0)"));
        }
        String longest = "é".repeat(5000);
        invalid()
                .contentType(ContentType.JSON)
                .body(json("Long", longest + "\\u200b\\u200b"))
                .post("/api/articles/" + id + "/comments")
                .then()
                .statusCode(201)
                .body("body", equalTo(longest));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo((int) count + 1));
    }

    @Test
    void shouldFollowTheArticleCommentMode() {
        long premoderated = article("premoderated").getLong("id");
        post(premoderated, json("Claire", "Un avis mesuré."))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"));
        long closed = article("closed").getLong("id");
        post(closed, json("Claire", "Un avis mesuré.")).then().statusCode(409).body("detail", containsString("closed"));
    }

    @Test
    void shouldLetModeratorsWorkTheQueue() {
        long id = article("premoderated").getLong("id");
        long commentId = post(id, json("Yann", "À modérer.")).jsonPath().getLong("id");
        JsonPath queue = admin().queryParam("size", 100)
                .get("/api/moderation/comments")
                .then()
                .statusCode(200)
                .header("Cache-Control", containsString("no-store"))
                .extract()
                .jsonPath();
        assertTrue(queue.getList("items.id", Long.class).contains(commentId));
        List<String> created = queue.getList("items.createdAt");
        assertEquals(created.stream().sorted().toList(), created, "oldest first");

        admin().contentType(ContentType.JSON)
                .body("{\"status\": \"approved\"}")
                .patch("/api/moderation/comments/" + commentId)
                .then()
                .statusCode(200)
                .body("status", equalTo("approved"))
                .body("holdReason", nullValue());
        anonymous().get("/api/articles/" + id + "/comments").then().body("items.id", hasItem((int) commentId));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(1));
        admin().contentType(ContentType.JSON)
                .body("{\"status\": \"spam\"}")
                .patch("/api/moderation/comments/" + commentId)
                .then()
                .statusCode(200);
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(0));
        invalid().get("/api/moderation/comments").then().statusCode(401);
    }

    @Test
    void shouldSendAFlaggedCommentBackToTheQueue() {
        long id = article("open").getLong("id");
        long commentId = post(id, json("Troll", "Un avis tranché.")).jsonPath().getLong("id");
        for (String client : List.of("192.0.2.1", "192.0.2.1", "192.0.2.2")) {
            anonymous()
                    .contentType(ContentType.JSON)
                    .header("X-Forwarded-For", client)
                    .body("{\"reason\": \"abusive\"}")
                    .post("/api/comments/" + commentId + "/flags")
                    .then()
                    .statusCode(204);
        }
        anonymous().get("/api/comments/" + commentId).then().statusCode(200);
        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-For", "192.0.2.3")
                .body("{\"reason\": \"spam\"}")
                .post("/api/comments/" + commentId + "/flags")
                .then()
                .statusCode(204);
        anonymous().get("/api/comments/" + commentId).then().statusCode(404);
        admin().get("/api/comments/" + commentId).then().statusCode(200).body("status", equalTo("pending"));
    }

    @Test
    void shouldCountAFlaggingClientOnceWhateverAddressesItSendsAsForwardedFor() {
        long id = article("open").getLong("id");
        long commentId = post(id, json("Visé", "Trois adresses inventées ne font pas trois lecteurs."))
                .jsonPath()
                .getLong("id");
        for (String invented : List.of("198.51.100.1", "198.51.100.2", "198.51.100.3")) {
            // the trusted proxy (127.0.0.1) appends the address it saw, 203.0.113.20, to what the client sent
            anonymous()
                    .contentType(ContentType.JSON)
                    .header("X-Forwarded-For", invented + ", 203.0.113.20")
                    .body("{\"reason\": \"abusive\"}")
                    .post("/api/comments/" + commentId + "/flags")
                    .then()
                    .statusCode(204);
        }
        anonymous().get("/api/comments/" + commentId).then().statusCode(200).body("status", equalTo("approved"));
    }

    @Test
    void shouldThreadRepliesAndAnchorThemToParagraphs() {
        JsonPath article = article("open");
        long id = article.getLong("id");
        long paragraph = article.getLong("blocks[2].id");
        long root = post(id, "{\"authorName\": \"A\", \"body\": \"Racine.\", \"paragraphId\": " + paragraph + "}")
                .jsonPath()
                .getLong("id");
        long reply = post(id, "{\"authorName\": \"B\", \"body\": \"Réponse 1.\", \"parentId\": " + root + "}")
                .jsonPath()
                .getLong("id");
        long deeper = post(id, "{\"authorName\": \"C\", \"body\": \"Réponse 2.\", \"parentId\": " + reply + "}")
                .jsonPath()
                .getLong("id");
        long deepest = post(id, "{\"authorName\": \"D\", \"body\": \"Réponse 3.\", \"parentId\": " + deeper + "}")
                .jsonPath()
                .getLong("id");
        post(id, "{\"authorName\": \"E\", \"body\": \"Trop profond.\", \"parentId\": " + deepest + "}")
                .then()
                .statusCode(201)
                .body("parentId", equalTo((int) deeper));
        post(id, json("F", "Ailleurs.")).then().statusCode(201);

        anonymous()
                .queryParam("paragraphId", paragraph)
                .get("/api/articles/" + id + "/comments")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(1))
                .body("items[0].paragraphId", equalTo((int) paragraph))
                .body("items[0].replies[0].body", equalTo("Réponse 1."))
                .body("items[0].replies[0].replies[0].replies.body", equalTo(List.of("Réponse 3.", "Trop profond.")))
                .body("items[0].replies[0].replies[0].replies.depth", equalTo(List.of(3, 3)));
        post(
                        id,
                        "{\"authorName\": \"G\", \"body\": \"Mauvais ancrage.\", \"paragraphId\": "
                                + article.getLong("blocks[1].id") + "}")
                .then()
                .statusCode(422)
                .body("detail", containsString("paragraphId"));
        post(id, "{\"authorName\": \"G\", \"body\": \"Mauvais parent.\", \"parentId\": 999999}")
                .then()
                .statusCode(422);
    }

    @Test
    void shouldPageThreadsWithACursorThatStaysCorrectWhileCommentsArrive() {
        long id = article("open").getLong("id");
        for (int i = 1; i <= 5; i++) {
            post(id, json("Lecteur " + i, "Commentaire " + i + ".")).then().statusCode(201);
        }
        JsonPath first = anonymous()
                .queryParam("limit", 2)
                .get("/api/articles/" + id + "/comments")
                .then()
                .statusCode(200)
                .header("Link", containsString("rel=\"next\""))
                .extract()
                .jsonPath();
        assertEquals(List.of("Commentaire 5.", "Commentaire 4."), first.getList("items.body"));
        post(id, json("Retardataire", "Arrivé entre deux pages.")).then().statusCode(201);
        JsonPath second = anonymous()
                .queryParam("limit", 2)
                .queryParam("cursor", first.getString("nextCursor"))
                .get("/api/articles/" + id + "/comments")
                .jsonPath();
        assertEquals(List.of("Commentaire 3.", "Commentaire 2."), second.getList("items.body"));
        JsonPath third = anonymous()
                .queryParam("limit", 2)
                .queryParam("cursor", second.getString("nextCursor"))
                .get("/api/articles/" + id + "/comments")
                .jsonPath();
        assertEquals(List.of("Commentaire 1."), third.getList("items.body"));
        assertEquals(null, third.getString("nextCursor"));
        anonymous()
                .queryParam("order", "oldest")
                .queryParam("limit", 1)
                .get("/api/articles/" + id + "/comments")
                .then()
                .body("items[0].body", equalTo("Commentaire 1."));
        invalid()
                .queryParam("cursor", "n'importe quoi")
                .get("/api/articles/" + id + "/comments")
                .then()
                .statusCode(400)
                .body("detail", containsString("cursor"));
    }

    @Test
    void shouldLetTheAuthorEditAndDeleteWithTheEditToken() {
        long id = article("open").getLong("id");
        JsonPath created = post(id, json("Auteur", "Première version.")).jsonPath();
        long commentId = created.getLong("id");
        String token = created.getString("editToken");
        invalid()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", "faux")
                .body("{\"body\": \"Piratage.\"}")
                .patch("/api/comments/" + commentId)
                .then()
                .statusCode(403)
                .body("detail", containsString("X-Edit-Token"));
        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", token)
                .body("{\"body\": \"Seconde version, une arnaque ?\"}")
                .patch("/api/comments/" + commentId)
                .then()
                .statusCode(200)
                .body("body", equalTo("Seconde version, une arnaque ?"))
                .body("status", equalTo("pending"));
        anonymous().get("/api/articles/" + id).then().body("commentCount", equalTo(0));
        anonymous()
                .header("X-Edit-Token", token)
                .get("/api/comments/" + commentId)
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"));
        anonymous()
                .header("X-Edit-Token", token)
                .delete("/api/comments/" + commentId)
                .then()
                .statusCode(204);
        anonymous()
                .header("X-Edit-Token", token)
                .get("/api/comments/" + commentId)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldCountTwentySimultaneousFlagsFromOneClientOnce() throws Exception {
        long id = article("open").getLong("id");
        long commentId = post(id, json("Cible", "Vingt signalements d’un coup."))
                .jsonPath()
                .getLong("id");
        ExecutorService pool = Executors.newFixedThreadPool(20);
        CyclicBarrier together = new CyclicBarrier(20);
        List<Future<Response>> flags = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            flags.add(pool.submit(() -> {
                var request = anonymous()
                        .contentType(ContentType.JSON)
                        .header("X-Forwarded-For", "192.0.2.77")
                        .body("{\"reason\": \"spam\"}");
                together.await();
                return request.post("/api/comments/" + commentId + "/flags");
            }));
        }
        for (Future<Response> flag : flags) {
            assertEquals(204, flag.get().statusCode(), flag.get().asString());
        }
        pool.shutdown();
        anonymous().get("/api/comments/" + commentId).then().statusCode(200);
        for (String client : List.of("192.0.2.78", "192.0.2.79")) {
            anonymous()
                    .contentType(ContentType.JSON)
                    .header("X-Forwarded-For", client)
                    .body("{\"reason\": \"spam\"}")
                    .post("/api/comments/" + commentId + "/flags")
                    .then()
                    .statusCode(204);
        }
        admin().get("/api/comments/" + commentId).then().body("status", equalTo("pending"));
    }

    @Test
    void shouldHideTheCommentsOfAnArticleBackInDraft() {
        JsonPath article = article("open");
        long id = article.getLong("id");
        JsonPath comment =
                post(id, json("Lecteur", "Sur un article bientôt retiré.")).jsonPath();
        String path = "/api/comments/" + comment.getLong("id");
        String token = comment.getString("editToken");
        String etag = anonymous().get("/api/articles/" + id).header("ETag");
        admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"title\": \"" + article.getString("title") + "\", \"status\": \"draft\", "
                        + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"T.\"}]}")
                .put("/api/articles/" + id)
                .then()
                .statusCode(200);
        anonymous().get(path).then().statusCode(404).contentType("application/problem+json");
        anonymous().header("X-Edit-Token", token).get(path).then().statusCode(404);
        anonymous()
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"spam\"}")
                .post(path + "/flags")
                .then()
                .statusCode(404);
        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", token)
                .body("{\"body\": \"Modifié.\"}")
                .patch(path)
                .then()
                .statusCode(404);
        anonymous().header("X-Edit-Token", token).delete(path).then().statusCode(404);
        admin().get(path).then().statusCode(200).body("body", equalTo("Sur un article bientôt retiré."));
    }

    @Test
    void shouldForgetTheCommentsOfADeletedArticle() {
        long id = article("open").getLong("id");
        JsonPath comment =
                post(id, json("Lecteur", "Sur un article bientôt supprimé.")).jsonPath();
        String path = "/api/comments/" + comment.getLong("id");
        admin().delete("/api/articles/" + id).then().statusCode(204);
        anonymous().get(path).then().statusCode(404);
        admin().get(path).then().statusCode(404);
        anonymous()
                .contentType(ContentType.JSON)
                .body("{\"reason\": \"spam\"}")
                .post(path + "/flags")
                .then()
                .statusCode(404);
        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", comment.getString("editToken"))
                .body("{\"body\": \"Modifié.\"}")
                .patch(path)
                .then()
                .statusCode(404);
    }

    @Test
    void shouldRefuseCommentsOnDraftsAndUnknownArticles() {
        String draft = "{\"title\": \"Brouillon " + UUID.randomUUID()
                + "\", \"status\": \"draft\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"T.\"}]}";
        long draftId = admin().contentType(ContentType.JSON)
                .body(draft)
                .post("/api/articles")
                .jsonPath()
                .getLong("id");
        post(draftId, json("A", "B.")).then().statusCode(404);
        post(987654321L, json("A", "B.")).then().statusCode(404);
        assertNotEquals(0, draftId);
    }
}
