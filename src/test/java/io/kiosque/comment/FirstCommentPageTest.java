package io.kiosque.comment;

import static io.kiosque.comment.CommentResourceTest.article;
import static io.kiosque.comment.CommentResourceTest.json;
import static io.kiosque.comment.CommentResourceTest.post;
import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The first page of an article's comment threads is served from memory (article.FastArticleRoute) on both deployments,
 * and is exact after every change a reader can see: each read below follows the change at once, with no wait.
 */
@QuarkusTest
class FirstCommentPageTest {

    private static double fastPathHits() {
        for (String line : RestAssured.get("/q/metrics").asString().split("\n")) {
            if (line.startsWith("kiosque_fast_path_total{") && line.contains("result=\"hit\"")) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no fast path counter");
    }

    private static List<String> bodies(long article) {
        return anonymous()
                .get("/api/articles/" + article + "/comments")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("items.body");
    }

    @Test
    void shouldServeTheFirstPageFromMemoryAndKeepItExactAsCommentsChange() {
        long article = article("open").getLong("id");
        JsonPath first = post(article, json("Anne", "Premier avis."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        assertEquals(List.of("Premier avis."), bodies(article));
        double hits = fastPathHits();
        assertEquals(List.of("Premier avis."), bodies(article));
        assertTrue(fastPathHits() > hits, "the second read of the page came from memory");

        post(article, json("Bruno", "Second avis.")).then().statusCode(201);
        assertEquals(List.of("Second avis.", "Premier avis."), bodies(article), "a new approved comment shows at once");

        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", first.getString("editToken"))
                .body("{\"body\": \"Premier avis, corrigé.\"}")
                .patch("/api/comments/" + first.getLong("id"))
                .then()
                .statusCode(200);
        assertEquals(
                List.of("Second avis.", "Premier avis, corrigé."), bodies(article), "an author's edit shows at once");

        admin().contentType(ContentType.JSON)
                .body("{\"status\": \"rejected\"}")
                .patch("/api/moderation/comments/" + first.getLong("id"))
                .then()
                .statusCode(200);
        assertEquals(List.of("Second avis."), bodies(article), "a rejected comment leaves the page at once");
        anonymous().get("/api/articles/" + article).then().body("commentCount", equalTo(1));
    }

    @Test
    void shouldShowAModeratorsApprovalAtOnce() {
        long article = article("premoderated").getLong("id");
        long held = post(article, json("Claire", "En attente."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
        assertEquals(List.of(), bodies(article));
        assertEquals(List.of(), bodies(article));
        admin().contentType(ContentType.JSON)
                .body("{\"status\": \"approved\"}")
                .patch("/api/moderation/comments/" + held)
                .then()
                .statusCode(200);
        assertEquals(List.of("En attente."), bodies(article));
    }

    @Test
    void shouldGiveTheSameBytesAndLinkFromMemoryAsFromTheDatabase() {
        long article = article("open").getLong("id");
        for (int i = 0; i < 3; i++) {
            post(article, json("Lecteur " + i, "Avis numéro " + i + ".")).then().statusCode(201);
        }
        String path = "/api/articles/" + article + "/comments?limit=2";
        var fromDatabase = anonymous().get(path);
        var fromMemory = anonymous().get(path);
        assertArrayEquals(fromDatabase.asByteArray(), fromMemory.asByteArray());
        assertEquals(fromDatabase.header("Link"), fromMemory.header("Link"));
        assertTrue(fromMemory.header("Link").contains("cursor="), fromMemory.header("Link"));
        assertEquals(fromDatabase.contentType(), fromMemory.contentType());
        // another page, or another order, is another answer
        assertEquals(
                List.of("Avis numéro 0."),
                anonymous()
                        .get("/api/articles/" + article + "/comments?order=oldest&limit=1")
                        .jsonPath()
                        .getList("items.body"));
    }
}
