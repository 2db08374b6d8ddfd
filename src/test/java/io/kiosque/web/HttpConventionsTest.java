package io.kiosque.web;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** HTTP semantics every operation shares: cache variants, Allow, content negotiation, absolute URLs. */
@QuarkusTest
class HttpConventionsTest {

    static final String SEED = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    static final List<String> ORIGINS = List.of("https://lecteur.example", "https://autre-lecteur.example");

    static List<String> varyTokens(io.restassured.response.Response response) {
        return response.headers().getValues("Vary").stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .map(t -> t.trim().toLowerCase(Locale.ROOT))
                .toList();
    }

    @Test
    void shouldVaryOnOriginWhereverAnAnswerMayBeCached() {
        long quote = anonymous()
                .get(SEED + "/quotes")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        long paragraph = anonymous()
                .get(SEED + "/paragraphs")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getLong("[0].id");
        List<String> paths = List.of(
                SEED,
                SEED,
                "/api/articles/1",
                "/api/articles",
                SEED + "/comments",
                SEED + "/quotes",
                SEED + "/paragraphs",
                "/api/paragraphs/" + paragraph,
                "/api/quotes",
                "/api/quotes/" + quote,
                "/api/search?q=russie",
                "/api/feed",
                "/",
                "/index.html",
                "/reader.js",
                "/reader.css");
        for (String path : paths) {
            for (String origin : ORIGINS) {
                var response = RestAssured.given().header("Origin", origin).get(path);
                assertEquals(200, response.statusCode(), path);
                assertEquals(origin, response.header("Access-Control-Allow-Origin"), path);
                assertThat(path, varyTokens(response), hasItem("origin"));
            }
        }
        for (String accept : List.of("text/plain", "application/ld+json")) {
            var response = RestAssured.given()
                    .header("Origin", ORIGINS.get(1))
                    .accept(accept)
                    .get(SEED);
            assertThat(accept, varyTokens(response), hasItems("accept", "authorization", "origin"));
        }
        String etag = anonymous().get(SEED).then().extract().header("ETag");
        var notModified = RestAssured.given()
                .header("Origin", ORIGINS.get(0))
                .header("If-None-Match", etag)
                .get(SEED);
        assertEquals(304, notModified.statusCode());
        assertThat(varyTokens(notModified), hasItems("accept", "authorization", "origin"));
    }

    @Test
    void shouldNameTheAllowedMethodsWhenAMethodIsNotAllowed() {
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .patch("/api/articles/1")
                .then()
                .statusCode(405)
                .contentType(Problem.MEDIA_TYPE)
                .header("Allow", allOf("GET", "HEAD", "PUT", "DELETE"))
                .header("Allow", not(containsString("PATCH")))
                .header("Allow", not(containsString("POST")))
                .body("detail", containsString("GET"));
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/articles")
                .then()
                .statusCode(405)
                .header("Allow", allOf("GET", "POST"))
                .header("Allow", not(containsString("DELETE")));
        RestAssured.given().post("/api/paragraphs/1").then().statusCode(405).header("Allow", allOf("GET", "PATCH"));
        RestAssured.given()
                .delete("/api/feed")
                .then()
                .statusCode(405)
                .header("Allow", allOf("GET"))
                .header("Allow", not(containsString("POST")));
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body("{}")
                .put("/api/comments/1/flags")
                .then()
                .statusCode(405)
                .header("Allow", allOf("POST"))
                .header("Allow", not(containsString("GET")));
        RestAssured.given()
                .options("/api/articles/1")
                .then()
                .statusCode(200) // no Origin: not a CORS preflight
                .header("Allow", allOf("GET", "PUT", "DELETE"))
                .header("Allow", not(containsString("POST")));
    }

    @SuppressWarnings("unchecked")
    private static Matcher<String> allOf(String... methods) {
        return Matchers.allOf(
                Arrays.stream(methods).map(Matchers::containsString).toArray(Matcher[]::new));
    }

    @Test
    void shouldAnswer406WhenNoRepresentationFitsTheAcceptHeader() {
        for (String path : List.of(SEED, "/api/articles/1")) {
            invalid()
                    .accept("image/png")
                    .get(path)
                    .then()
                    .statusCode(406)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("detail", containsString("image/png"));
            anonymous().get(path).then().statusCode(200).contentType("application/json");
            anonymous().accept("*/*").get(path).then().statusCode(200).contentType("application/json");
            anonymous().accept("application/*").get(path).then().statusCode(200).contentType("application/json");
            anonymous()
                    .accept("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/json");
            anonymous().accept("text/plain").get(path).then().statusCode(200).contentType(startsWith("text/plain"));
            anonymous()
                    .accept("application/ld+json")
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType("application/ld+json");
        }
        anonymous().accept("application/atom+xml").get("/api/feed").then().statusCode(200);
        invalid().accept("image/png").get("/api/feed").then().statusCode(406).contentType(Problem.MEDIA_TYPE);
        invalid()
                .accept("image/png")
                .get("/api/articles")
                .then()
                .statusCode(406)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void shouldNeverPutAMalformedHostInLocation() {
        String body = "{\"title\": \"Hôte\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
        String location = admin().header("Host", "%2e%2e")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(location, startsWith("/api/articles/"));
        location = admin().header("Host", "kiosque.example:8443")
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .header("Location");
        assertThat(location, startsWith("http://kiosque.example:8443/api/articles/"));
        anonymous()
                .get("/api/articles?size=1")
                .then()
                .header("Link", containsString("</api/articles?"))
                .header("Link", not(containsString("http")));
        anonymous().accept("application/ld+json").get(SEED).then().body("url", equalTo(SEED));
    }
}
