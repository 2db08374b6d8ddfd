package io.kiosque.web;

import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.ProductionLikeProfile.PUBLIC_URL;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** With kiosque.public-url set, every absolute URL Kiosque emits starts with it, whatever Host the request names. */
@QuarkusTest
@TestProfile(ProductionLikeProfile.class)
class PublicUrlTest {

    @Test
    void shouldBuildLocationFromThePublicUrlNotFromHost() {
        String article = "{\"title\": \"Adresse " + UUID.randomUUID() + "\", \"status\": \"published\", "
                + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
        long id = Api.adminFromOwnAddress()
                .header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body(article)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .header("Location", startsWith(PUBLIC_URL + "/api/articles/"))
                .extract()
                .jsonPath()
                .getLong("id");
        Api.adminFromOwnAddress()
                .header("Host", "evil.example")
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Adresse\", \"roles\": [\"editor\"]}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .header("Location", startsWith(PUBLIC_URL + "/api/tokens/"));
        String comment = "{\"authorName\": \"Léa\", \"body\": \"Bonjour " + UUID.randomUUID() + "\"}";
        String key = UUID.randomUUID().toString();
        String client = Api.newClientAddress();
        for (int attempt = 0; attempt < 2; attempt++) { // the first answer, then its replay
            anonymous()
                    .header("Host", "evil.example")
                    .header("Idempotency-Key", key)
                    .header("X-Forwarded-For", client)
                    .contentType(ContentType.JSON)
                    .body(comment)
                    .post("/api/articles/" + id + "/comments")
                    .then()
                    .statusCode(201)
                    .header("Location", startsWith(PUBLIC_URL + "/api/comments/"));
        }
    }

    @Test
    void shouldPutThePublicUrlInLinksFeedAndJsonLd() {
        anonymous()
                .header("Host", "evil.example")
                .get("/api/articles?size=1")
                .then()
                .statusCode(200)
                .header("Link", containsString("<" + PUBLIC_URL + "/api/articles?"))
                .header("Link", not(containsString("evil")));
        anonymous()
                .header("Host", "evil.example")
                .get("/api/quotes?size=1")
                .then()
                .statusCode(200)
                .header("Link", containsString("<" + PUBLIC_URL + "/api/quotes?"));
        String slug = Api.adminFromOwnAddress()
                .contentType(ContentType.JSON)
                .body("{\"title\": \"Flux " + UUID.randomUUID() + "\", "
                        + "\"status\": \"published\", \"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}")
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getString("slug"); // the newest, so in the feed
        anonymous()
                .accept("application/ld+json")
                .get("/api/articles/" + slug)
                .then()
                .statusCode(200)
                .body("url", equalTo(PUBLIC_URL + "/api/articles/" + slug));
        anonymous()
                .get("/api/feed")
                .then()
                .statusCode(200)
                .body(containsString("href=\"" + PUBLIC_URL + "/api/feed\""))
                .body(containsString("href=\"" + PUBLIC_URL + "/api/articles/" + slug + "\""));
        anonymous()
                .header("Host", "evil.example")
                .get("/sitemap.xml")
                .then()
                .statusCode(200)
                .body(containsString("<loc>" + PUBLIC_URL + "/api/articles/" + slug + "</loc>"))
                .body(not(containsString("evil")));
    }
}
