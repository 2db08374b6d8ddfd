package io.kiosque.comment;

import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.newClientAddress;
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
        return anonymous()
                .contentType(ContentType.JSON)
                .header("X-Forwarded-For", client)
                .body("{\"authorName\": \"Flood\", \"body\": \"Message " + UUID.randomUUID() + "\"}")
                .post("/api/articles/" + articleIdOrSlug + "/comments");
    }

    @Test
    void shouldRefuseAClientPastItsRateWithRetryAfter() {
        var article = CommentResourceTest.article("open");
        long id = article.getLong("id");
        String client = newClientAddress();
        post(id, client).then().statusCode(201);
        post(id, client).then().statusCode(201);
        post(id, client)
                .then()
                .statusCode(429)
                .header("Retry-After", notNullValue())
                .contentType("application/problem+json")
                .body("detail", containsString("at most 2"));
        post(id, newClientAddress()).then().statusCode(201);
        post(article.getString("slug"), newClientAddress())
                .then()
                .statusCode(429)
                .body("detail", containsString("at most 3"))
                .header("Retry-After", notNullValue()); // the slug shares the id's budget
    }

    @Test
    void shouldLimitAClientBehindTheProxyWhateverAddressesItSendsAsForwardedFor() {
        long id = CommentResourceTest.article("open").getLong("id");
        // the trusted proxy (127.0.0.1) appends the address it saw to what the client invented
        String seen = newClientAddress();
        post(id, "198.51.100.11, " + seen).then().statusCode(201);
        post(id, "198.51.100.12, " + seen).then().statusCode(201);
        post(id, "198.51.100.13, " + seen).then().statusCode(429).body("detail", containsString("at most 2"));
    }
}
