package io.kiosque.comment;

import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.kiosque.web.ProductionLikeProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ProductionLikeProfile.class)
class RateLimitTest {

    private static io.restassured.response.Response post(Object articleIdOrSlug, String client) {
        return anonymous().contentType(ContentType.JSON).header("X-Forwarded-For", client)
                .body("{\"authorName\": \"Flood\", \"body\": \"Message " + UUID.randomUUID() + "\"}").post("/api/articles/" + articleIdOrSlug + "/comments");
    }

    @Test
    void shouldRefuseAClientPastItsRateWithRetryAfter() {
        var article = CommentResourceTest.article("open");
        long id = article.getLong("id");
        post(id, "198.51.100.1").then().statusCode(201);
        post(id, "198.51.100.1").then().statusCode(201);
        post(id, "198.51.100.1").then().statusCode(429).header("Retry-After", notNullValue())
                .contentType("application/problem+json").body("detail", containsString("at most 2"));
        post(id, "198.51.100.2").then().statusCode(201);
        post(article.getString("slug"), "198.51.100.3").then().statusCode(429).body("detail", containsString("at most 3"))
                .header("Retry-After", notNullValue()); // the slug shares the id's budget
    }

    @Test
    void shouldLimitAClientBehindTheProxyWhateverAddressesItSendsAsForwardedFor() {
        long id = CommentResourceTest.article("open").getLong("id");
        // the trusted proxy (127.0.0.1) appends the address it saw, 203.0.113.21, to what the client invented
        post(id, "198.51.100.11, 203.0.113.21").then().statusCode(201);
        post(id, "198.51.100.12, 203.0.113.21").then().statusCode(201);
        post(id, "198.51.100.13, 203.0.113.21").then().statusCode(429).body("detail", containsString("at most 2"));
    }
}
