package io.kiosque.comment;

import static io.kiosque.comment.CommentResourceTest.article;
import static io.kiosque.comment.CommentResourceTest.json;
import static io.kiosque.comment.CommentResourceTest.post;
import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An author's edit goes through the rules again, but never takes a comment out of a moderator's decision or a hold. */
@QuarkusTest
class AuthorEditTest {

    private static ValidatableResponse edit(JsonPath comment, String body) {
        return anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", comment.getString("editToken"))
                .body("{\"body\": \"" + body + "\"}")
                .patch("/api/comments/" + comment.getLong("id"))
                .then();
    }

    private static void decide(long commentId, String status) {
        admin().contentType(ContentType.JSON)
                .body("{\"status\": \"" + status + "\"}")
                .patch("/api/moderation/comments/" + commentId)
                .then()
                .statusCode(200);
    }

    @Test
    void shouldRefuseToEditACommentAModeratorRejectedOrMarkedAsSpam() {
        long articleId = article("open").getLong("id");
        for (String decision : List.of("rejected", "spam")) {
            JsonPath comment = post(articleId, json("Insistant", "Avant la décision (" + decision + ")."))
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath();
            decide(comment.getLong("id"), decision);
            edit(comment, "Texte anodin, promis.")
                    .statusCode(409)
                    .contentType("application/problem+json")
                    .body("detail", containsString(decision.equals("spam") ? "spam" : "rejected"));
            admin().get("/api/comments/" + comment.getLong("id"))
                    .then()
                    .statusCode(200)
                    .body("status", equalTo(decision))
                    .body("body", equalTo("Avant la décision (" + decision + ")."));
        }
        anonymous().get("/api/articles/" + articleId).then().body("commentCount", equalTo(0));
    }

    @Test
    void shouldRefuseToEditACommentTheBannedWordsRejected() {
        long articleId = article("open").getLong("id");
        JsonPath comment = post(articleId, json("Grossier", "Quel connard."))
                .then()
                .statusCode(201)
                .body("status", equalTo("rejected"))
                .extract()
                .jsonPath();
        edit(comment, "Quel monsieur.").statusCode(409).body("detail", containsString("rejected"));
        anonymous().get("/api/comments/" + comment.getLong("id")).then().statusCode(404);
    }

    @Test
    void shouldKeepACommentHeldByReaderFlagsInTheQueueAfterAnEdit() {
        long articleId = article("open").getLong("id");
        JsonPath comment = post(articleId, json("Signalé", "Un avis qui déplaît."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        for (String client : List.of("192.0.2.11", "192.0.2.12", "192.0.2.13")) {
            anonymous()
                    .contentType(ContentType.JSON)
                    .header("X-Forwarded-For", client)
                    .body("{\"reason\": \"abusive\"}")
                    .post("/api/comments/" + comment.getLong("id") + "/flags")
                    .then()
                    .statusCode(204);
        }
        edit(comment, "Un avis reformulé.")
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("body", equalTo("Un avis reformulé."));
        anonymous().get("/api/comments/" + comment.getLong("id")).then().statusCode(404);
        anonymous().get("/api/articles/" + articleId).then().body("commentCount", equalTo(0));
        admin().get("/api/comments/" + comment.getLong("id")).then().body("status", equalTo("pending"));
    }

    @Test
    void shouldKeepACommentARuleHeldInTheQueueWhenTheEditRemovesTheWord() {
        long articleId = article("open").getLong("id");
        JsonPath comment = post(articleId, json("Méfiant", "Une arnaque ?"))
                .then()
                .statusCode(201)
                .body("status", equalTo("pending"))
                .extract()
                .jsonPath();
        edit(comment, "Une erreur ?").statusCode(200).body("status", equalTo("pending"));
        anonymous().get("/api/articles/" + articleId).then().body("commentCount", equalTo(0));
    }

    @Test
    void shouldRefuseEditsOnceTheArticleCommentsAreClosed() {
        JsonPath article = article("open");
        long articleId = article.getLong("id");
        JsonPath comment = post(articleId, json("Tardif", "Avant la fermeture."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        String etag = anonymous().get("/api/articles/" + articleId).header("ETag");
        admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"title\": \"" + article.getString("title")
                        + "\", \"status\": \"published\", \"commentMode\": \"closed\", "
                        + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}")
                .put("/api/articles/" + articleId)
                .then()
                .statusCode(200);
        edit(comment, "Après la fermeture.").statusCode(409).body("detail", containsString("closed"));
        anonymous()
                .get("/api/comments/" + comment.getLong("id"))
                .then()
                .statusCode(200)
                .body("body", equalTo("Avant la fermeture."))
                .body("status", equalTo("approved"));
    }

    @Test
    void shouldSendAnEditedCommentOnAPremoderatedArticleBackToTheQueueAfterApproval() {
        long articleId = article("premoderated").getLong("id");
        JsonPath comment = post(articleId, json("Patient", "Première version."))
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        decide(comment.getLong("id"), "approved");
        edit(comment, "Version modifiée après approbation.").statusCode(200).body("status", equalTo("pending"));
        anonymous().get("/api/articles/" + articleId).then().body("commentCount", equalTo(0));
    }
}
