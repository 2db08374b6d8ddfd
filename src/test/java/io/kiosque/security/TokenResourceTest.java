package io.kiosque.security;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.withToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.kiosque.web.Api;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TokenResourceTest {

    /** A new token with these roles; returns id and secret. */
    static JsonPath token(String... roles) {
        String list = String.join("\", \"", roles);
        return admin().contentType(ContentType.JSON)
                .body("{\"name\": \"Test " + UUID.randomUUID() + "\", \"roles\": [\"" + list + "\"]}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
    }

    static String article() {
        return "{\"title\": \"Jeton " + UUID.randomUUID()
                + "\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
    }

    @Test
    void shouldShowTheSecretOnceAndKeepOnlyItsHash() {
        JsonPath created = token("editor");
        String secret = created.getString("token");
        org.hamcrest.MatcherAssert.assertThat(secret, startsWith("kq_"));
        admin().get("/api/tokens")
                .then()
                .statusCode(200)
                .body("find { it.id == " + created.getLong("id") + " }.token", nullValue())
                .body("find { it.id == " + created.getLong("id") + " }.roles", equalTo(java.util.List.of("editor")))
                .body("token", not(hasItem(secret)));
        withToken(secret)
                .contentType(ContentType.JSON)
                .body(article())
                .post("/api/articles")
                .then()
                .statusCode(201);
    }

    @Test
    void shouldRefuseARevokedTokenAtOnce() {
        JsonPath created = token("editor");
        String secret = created.getString("token");
        withToken(secret).get("/api/articles").then().statusCode(200);
        admin().delete("/api/tokens/" + created.getLong("id")).then().statusCode(204);
        withToken(secret)
                .get("/api/articles")
                .then()
                .statusCode(401)
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("detail", containsString("revoked"));
        admin().get("/api/tokens")
                .then()
                .body("find { it.id == " + created.getLong("id") + " }.active", equalTo(false));
    }

    @Test
    void shouldGiveRolesTheirRightsOnly() {
        String moderator = token("moderator").getString("token");
        withToken(moderator).get("/api/moderation/comments").then().statusCode(200);
        invalid()
                .header("Authorization", "Bearer " + moderator)
                .contentType(ContentType.JSON)
                .body(article())
                .post("/api/articles")
                .then()
                .statusCode(403)
                .contentType("application/problem+json")
                .body("detail", containsString("role"));
        invalid()
                .header("Authorization", "Bearer " + moderator)
                .get("/api/tokens")
                .then()
                .statusCode(403);
    }

    @Test
    void shouldValidateTokenRequests() {
        invalid()
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"roles\": [\"root\"], \"expiresAt\": \"2001-01-01T00:00:00Z\"}")
                .post("/api/tokens")
                .then()
                .statusCode(400)
                .body("errors.field", hasItem("expiresAt"))
                .body("detail", containsString("editor, moderator or admin"));
        admin().delete("/api/tokens/999999").then().statusCode(404);
    }

    @Test
    void shouldRefuseNullRolesAndNamesWithControlCharacters() {
        long before = admin().get("/api/tokens").jsonPath().getList("id").size();
        invalid()
                .header("Authorization", "Bearer " + io.kiosque.web.Api.ADMIN_TOKEN)
                .contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"roles\": [null]}")
                .post("/api/tokens")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem(startsWith("roles")));
        for (String name :
                java.util.List.of("Nul\\u0000", "Deux\\nlignes", "Retour\\r", "Échap\\u001b[31m", "C1\\u0085")) {
            invalid()
                    .header("Authorization", "Bearer " + io.kiosque.web.Api.ADMIN_TOKEN)
                    .contentType(ContentType.JSON)
                    .body("{\"name\": \"" + name + "\", \"roles\": [\"editor\"]}")
                    .post("/api/tokens")
                    .then()
                    .statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors.field", hasItem("name"));
        }
        org.junit.jupiter.api.Assertions.assertEquals(
                before, admin().get("/api/tokens").jsonPath().getList("id").size(), "no token stored");
    }

    @Test
    void shouldStopAnExpiredToken() {
        String expiresSoon = Instant.now().plus(2, ChronoUnit.SECONDS).toString();
        String secret = admin().contentType(ContentType.JSON)
                .body("{\"name\": \"Bref\", \"roles\": [\"editor\"], \"expiresAt\": \"" + expiresSoon + "\"}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .path("token");
        withToken(secret).get("/api/articles").then().statusCode(200);
        org.awaitility.Awaitility.await()
                .atMost(java.time.Duration.ofSeconds(10))
                .untilAsserted(
                        () -> withToken(secret).get("/api/articles").then().statusCode(401));
    }
}
