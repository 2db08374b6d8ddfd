package io.kiosque.comment;

import static io.kiosque.comment.CommentResourceTest.article;
import static io.kiosque.comment.CommentResourceTest.json;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** An Idempotency-Key belongs to the client that sent it: its answer, edit token included, is replayed to nobody else. */
@QuarkusTest
class IdempotencyScopeTest {

    @Inject
    DataSource database;

    private static Response post(long articleId, String key, String forwardedFor, String clientId, String body) {
        var request = anonymous()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .header("X-Forwarded-For", forwardedFor);
        if (clientId != null) {
            request.header("X-Client-Id", clientId);
        }
        return request.body(body).post("/api/articles/" + articleId + "/comments");
    }

    @Test
    void shouldNotReplayTheEditTokenToAnotherClientWithTheSameKey() {
        long articleId = article("open").getLong("id");
        String key = UUID.randomUUID().toString();
        String body = json("Léa", "Ma clé a fuité.");
        Response first = post(articleId, key, "203.0.113.30", null, body);
        first.then().statusCode(201);
        Response stranger = post(articleId, key, "203.0.113.31", null, body);
        stranger.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotEquals(
                first.jsonPath().getLong("id"),
                stranger.jsonPath().getLong("id"),
                "another client's key is another key");
        assertNotEquals(
                first.jsonPath().getString("editToken"), stranger.jsonPath().getString("editToken"));
        anonymous()
                .contentType(ContentType.JSON)
                .header("X-Edit-Token", stranger.jsonPath().getString("editToken"))
                .body("{\"body\": \"Réécrit par un autre.\"}")
                .patch("/api/comments/" + first.jsonPath().getLong("id"))
                .then()
                .statusCode(403);

        Response retry = post(articleId, key, "203.0.113.30", null, body);
        retry.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(first.jsonPath().getLong("id"), retry.jsonPath().getLong("id"));
        assertEquals(
                first.jsonPath().getString("editToken"),
                retry.jsonPath().getString("editToken"),
                "the same client gets its token back");
    }

    @Test
    void shouldRecogniseAnInstallationAcrossNetworksByItsClientId() {
        long articleId = article("open").getLong("id");
        String key = UUID.randomUUID().toString();
        String phone = UUID.randomUUID().toString();
        String body = json("Nomade", "Du wifi à la 4G.");
        Response onWifi = post(articleId, key, "203.0.113.40", phone, body);
        onWifi.then().statusCode(201);
        Response on4g = post(articleId, key, "198.51.100.40", phone, body);
        on4g.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(onWifi.jsonPath().getLong("id"), on4g.jsonPath().getLong("id"));
        assertEquals(onWifi.jsonPath().getString("editToken"), on4g.jsonPath().getString("editToken"));

        Response otherInstallation =
                post(articleId, key, "203.0.113.40", UUID.randomUUID().toString(), body);
        otherInstallation.then().statusCode(201).header("Idempotent-Replayed", nullValue());
        assertNotEquals(
                onWifi.jsonPath().getLong("id"), otherInstallation.jsonPath().getLong("id"));
    }

    @Test
    void shouldNeverStoreTheEditTokenOrTheKeyInClear() throws Exception {
        long articleId = article("open").getLong("id");
        String key = UUID.randomUUID().toString();
        Response first = post(articleId, key, "203.0.113.50", null, json("Prudente", "Rien en clair, merci."));
        String token = first.jsonPath().getString("editToken");
        assertNotNull(token);
        boolean found = false;
        try (Connection connection = database.getConnection();
                ResultSet rows = connection.createStatement().executeQuery("select * from idempotency_record")) {
            while (rows.next()) {
                for (int column = 1; column <= rows.getMetaData().getColumnCount(); column++) {
                    String value = rows.getString(column);
                    String name = rows.getMetaData().getColumnName(column);
                    assertFalse(value != null && value.contains(token), "edit token in clear in " + name);
                    assertFalse(value != null && value.contains(key), "Idempotency-Key in clear in " + name);
                }
                found |= rows.getString("response_body")
                        .contains("\"id\":" + first.jsonPath().getLong("id") + ",");
            }
        }
        assertEquals(true, found, "the first answer is stored");
    }

    @Test
    void shouldRefuseAClientIdThatCannotIdentifyAnInstallation() {
        long articleId = article("open").getLong("id");
        invalid()
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("X-Client-Id", "court")
                .body(json("A", "B."))
                .post("/api/articles/" + articleId + "/comments")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("X-Client-Id"));
        anonymous().get("/api/articles/" + articleId).then().body("commentCount", org.hamcrest.Matchers.equalTo(0));
    }
}
