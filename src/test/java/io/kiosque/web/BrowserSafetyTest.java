package io.kiosque.web;

import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class BrowserSafetyTest {

    @Test
    void shouldAnswerPreflightsFromAllowedOriginsOnly() {
        RestAssured.given()
                .header("Origin", "https://lecteur.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,idempotency-key")
                .options("/api/articles/1/comments")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://lecteur.example")
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        RestAssured.given()
                .header("Origin", "https://pirate.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/articles/1/comments")
                .then()
                .header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void shouldLetBrowsersReadPagingAndCachingHeaders() {
        anonymous()
                .header("Origin", "https://lecteur.example")
                .get("/api/articles")
                .then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", "https://lecteur.example")
                .header("Access-Control-Expose-Headers", containsString("Link"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void shouldSendSecurityHeadersOnEveryResponse() {
        anonymous()
                .get("/api/articles")
                .then()
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", containsString("default-src 'none'"))
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY");
        anonymous().get("/api/articles/inconnu").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        RestAssured.given()
                .get("/q/swagger-ui/")
                .then()
                .statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", nullValue());
    }

    @Test
    void shouldServeTheReaderPageUnderAStrictContentSecurityPolicy() {
        for (String path : List.of("/", "/index.html", "/reader.js", "/reader.css")) {
            RestAssured.given()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("default-src 'self'"));
        }
        RestAssured.given()
                .get("/")
                .then()
                .contentType(containsString("text/html"))
                .body(containsString("<script type=\"module\" src=\"/reader.js\">"));
    }

    @Test
    void shouldSendTheSameHeadersWhenAnArticleComesFromTheCache() {
        String path = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible";
        for (int i = 0; i < 3; i++) {
            String etag = anonymous()
                    .header("Origin", "https://lecteur.example")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json")
                    .header("X-Content-Type-Options", "nosniff")
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Access-Control-Allow-Origin", "https://lecteur.example")
                    .header("Cache-Control", containsString("max-age"))
                    .header("Vary", containsString("Accept"))
                    .extract()
                    .header("ETag");
            anonymous()
                    .header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag);
        }
    }

    @Test
    void shouldCapCommentBodiesBeforeReadingThem() {
        String huge = "{\"authorName\": \"A\", \"body\": \"" + "x".repeat(70_000) + "\"}";
        invalid()
                .contentType(ContentType.JSON)
                .body(huge)
                .post("/api/articles/1/comments")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("detail", containsString("at most 65536 bytes"))
                .body("status", equalTo(413))
                .body("detail", not(containsString("Exception")));
    }
}
