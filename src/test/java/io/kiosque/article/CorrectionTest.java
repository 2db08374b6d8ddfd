package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.invalidAsAdmin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CorrectionTest {

    static final String TEXT =
            "Une version précédente de cet article attribuait la lettre de vœux au ministre des affaires étrangères.";

    @Test
    void shouldShowACorrectionInEveryRepresentationAndMoveTheModificationDate() {
        JsonPath created = ArticleResourceTest.create("Corrigé " + UUID.randomUUID(), "published")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        long id = created.getLong("id");
        Instant before = Instant.parse(created.getString("updatedAt"));

        admin().contentType(ContentType.JSON)
                .body(Map.of("type", "correction", "text", TEXT))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(201)
                .header("ETag", equalTo("\"" + id + "-1-0-json\""))
                .body("type", equalTo("correction"))
                .body("text", equalTo(TEXT));
        admin().contentType(ContentType.JSON)
                .body(Map.of("type", "update", "text", "Le Kremlin a confirmé la lettre."))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(201);

        JsonPath article = anonymous()
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("corrections", hasSize(2))
                .body("corrections[0].type", equalTo("correction"))
                .body("corrections[0].text", equalTo(TEXT))
                .body("corrections[1].type", equalTo("update"))
                .body("version", equalTo(2))
                .extract()
                .jsonPath();
        Instant after = Instant.parse(article.getString("updatedAt"));
        assertTrue(after.isAfter(before), "updatedAt moves with a correction");
        anonymous()
                .accept("application/ld+json")
                .get("/api/articles/" + id)
                .then()
                .statusCode(200)
                .body("correction", hasSize(2))
                .body("correction[0].'@type'", equalTo("CorrectionComment"))
                .body("correction[0].text", equalTo(TEXT))
                .body("correction[0].datePublished", equalTo(article.getString("corrections[0].datePublished")))
                .body("dateModified", equalTo(article.getString("updatedAt")));
        String feed =
                anonymous().get("/api/feed").then().statusCode(200).extract().asString();
        String entry = feed.substring(feed.indexOf("urn:kiosque:article:" + id + "<"));
        String updated = entry.substring(entry.indexOf("<updated>") + 9, entry.indexOf("</updated>"));
        assertEquals(
                after.truncatedTo(ChronoUnit.SECONDS), Instant.parse(updated), "Atom updated follows the correction");
        admin().get("/api/articles/" + id + "/revisions").then().body("items[0].kind", equalTo("corrected"));
    }

    @Test
    void shouldRefuseCorrectionsOfDraftsAndBadInputStoringNothing() {
        long draft = ArticleResourceTest.createdId("Brouillon corrigé " + UUID.randomUUID(), "draft");
        admin().contentType(ContentType.JSON)
                .body(Map.of("type", "correction", "text", TEXT))
                .post("/api/articles/" + draft + "/corrections")
                .then()
                .statusCode(409)
                .body("detail", containsString("not published"));
        long id = ArticleResourceTest.createdId("Publié " + UUID.randomUUID(), "published");
        invalidAsAdmin()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "erratum", "text", TEXT))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(400)
                .body("errors[0].field", containsString("type"));
        admin().contentType(ContentType.JSON)
                .body(Map.of("type", "update", "text", "\u200B"))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(422);
        invalid()
                .contentType(ContentType.JSON)
                .body(Map.of("type", "update", "text", TEXT))
                .post("/api/articles/" + id + "/corrections")
                .then()
                .statusCode(401);
        admin().contentType(ContentType.JSON)
                .body(Map.of("type", "update", "text", TEXT))
                .post("/api/articles/987654321/corrections")
                .then()
                .statusCode(404);
        anonymous()
                .get("/api/articles/" + id)
                .then()
                .body("corrections", hasSize(0))
                .body("version", equalTo(0));
    }
}
