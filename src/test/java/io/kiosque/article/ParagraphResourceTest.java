package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ParagraphResourceTest {

    @Test
    void shouldListTheSeedBlocksInOrder() {
        anonymous()
                .get("/api/articles/" + ArticleResourceTest.SEED_SLUG + "/paragraphs")
                .then()
                .statusCode(200)
                .body("$", hasSize(10))
                .body("[2].type", equalTo("heading"))
                .body("[4].type", equalTo("ad"));
    }

    @Test
    void shouldGetOneBlock() {
        long blockId = anonymous()
                .get("/api/articles/" + ArticleResourceTest.SEED_SLUG)
                .jsonPath()
                .getLong("blocks[0].id");
        anonymous()
                .get("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200)
                .body("lead", equalTo(true))
                .body("text", containsString("Depuis le début"));
        anonymous().get("/api/paragraphs/987654321").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldChangeABlockAndTheArticleETag() {
        Response created = ArticleResourceTest.create("Paragraphe modifié " + UUID.randomUUID(), "published");
        long articleId = created.jsonPath().getLong("id");
        long blockId = created.jsonPath().getLong("blocks[3].id");
        String etag = anonymous().get("/api/articles/" + articleId).header("ETag");

        String newEtag = admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"text\": \"Un texte corrigé, avec « guillemets ».\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200)
                .body("text", equalTo("Un texte corrigé, avec « guillemets »."))
                .extract()
                .header("ETag");
        assertNotEquals(etag, newEtag);
        anonymous()
                .header("If-None-Match", etag)
                .get("/api/articles/" + articleId)
                .then()
                .statusCode(200)
                .header("ETag", newEtag)
                .body("version", equalTo(1))
                .body("blocks[3].text", equalTo("Un texte corrigé, avec « guillemets »."))
                .body("wordCount", equalTo(14));

        admin().contentType(ContentType.JSON)
                .header("If-Match", etag)
                .body("{\"text\": \"Perdu.\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(412);
    }

    @Test
    void shouldTurnAParagraphIntoAHeading() {
        Response created = ArticleResourceTest.create("Type changé " + UUID.randomUUID(), "published");
        long blockId = created.jsonPath().getLong("blocks[3].id");
        admin().contentType(ContentType.JSON)
                .body("{\"text\": \"Un intertitre\", \"type\": \"heading\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200)
                .body("type", equalTo("heading"))
                .body("lead", equalTo(false));
    }

    @Test
    void shouldRefuseToGiveAnAdSlotText() {
        Response created = ArticleResourceTest.create("Pub " + UUID.randomUUID(), "published");
        long adId = created.jsonPath().getLong("blocks[2].id");
        admin().contentType(ContentType.JSON)
                .body("{\"text\": \"Achetez !\"}")
                .patch("/api/paragraphs/" + adId)
                .then()
                .statusCode(422)
                .body("detail", containsString("ad slot"));
    }

    @Test
    void shouldRequireAnEditorToChangeABlock() {
        long blockId = anonymous()
                .get("/api/articles/" + ArticleResourceTest.SEED_SLUG)
                .jsonPath()
                .getLong("blocks[0].id");
        invalid()
                .contentType(ContentType.JSON)
                .body("{\"text\": \"Vandalisme.\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(401);
    }
}
