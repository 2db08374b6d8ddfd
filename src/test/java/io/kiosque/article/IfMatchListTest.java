package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** If-Match may list several entity tags (RFC 9110, 13.1.1): the condition holds when any of them is current. */
@QuarkusTest
class IfMatchListTest {

    @Test
    void shouldPassWhenAnyListedTagIsCurrent() {
        Response created = ArticleResourceTest.create("Liste de versions " + UUID.randomUUID(), "published");
        long id = created.jsonPath().getLong("id");
        String version0 = created.header("ETag");
        String version1 =
                put(id, version0, "Version 1").then().statusCode(200).extract().header("ETag");

        put(id, version0 + ", " + version1, "Version 2").then().statusCode(200).body("version", equalTo(2));
        String version2 = admin().get("/api/articles/" + id).header("ETag");
        put(id, version0 + ", " + version1, "Perdue").then().statusCode(412).contentType("application/problem+json");
        put(id, "\"autre\", W/" + version2 + ", " + version2, "Version 3")
                .then()
                .statusCode(200)
                .body("version", equalTo(3));
        put(id, "*", "Version 4").then().statusCode(200).body("version", equalTo(4));
        put(id, "\"autre\", *", "Version 5").then().statusCode(200).body("version", equalTo(5));

        long blockId = admin().get("/api/articles/" + id).jsonPath().getLong("blocks[0].id");
        String current = admin().get("/api/articles/" + id).header("ETag");
        admin().contentType(ContentType.JSON)
                .header("If-Match", version0 + ", " + current)
                .body("{\"text\": \"Corrigé.\"}")
                .patch("/api/paragraphs/" + blockId)
                .then()
                .statusCode(200);
        String afterPatch = admin().get("/api/articles/" + id).header("ETag");
        admin().header("If-Match", version1 + ", " + version2)
                .delete("/api/articles/" + id)
                .then()
                .statusCode(412);
        admin().header("If-Match", version1 + ", " + afterPatch)
                .delete("/api/articles/" + id)
                .then()
                .statusCode(204);
    }

    private static Response put(long id, String ifMatch, String title) {
        return admin().contentType(ContentType.JSON)
                .header("If-Match", ifMatch)
                .body(ArticleResourceTest.articleJson(title, "published"))
                .put("/api/articles/" + id);
    }
}
