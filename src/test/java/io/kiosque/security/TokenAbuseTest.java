package io.kiosque.security;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static io.kiosque.web.Api.invalid;
import static io.kiosque.web.Api.withToken;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import io.kiosque.web.Api;
import io.kiosque.web.ProductionLikeProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A stranger guessing tokens, and an admin locking everyone out. */
@QuarkusTest
@TestProfile(ProductionLikeProfile.class)
class TokenAbuseTest {

    static final int LIMIT = ProductionLikeProfile.AUTH_FAILURES_PER_MINUTE;

    @Test
    void shouldThrottleAClientThatKeepsSendingBadTokens() {
        String guesser = Api.newClientAddress();
        for (int i = 0; i < LIMIT; i++) {
            invalid()
                    .header("X-Forwarded-For", guesser)
                    .header("Authorization", "Bearer kq_guess" + i)
                    .get("/api/articles")
                    .then()
                    .statusCode(401);
        }
        invalid()
                .header("X-Forwarded-For", guesser)
                .header("Authorization", "Bearer kq_guess-again")
                .get("/api/articles")
                .then()
                .statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", notNullValue())
                .body("detail", containsString("failed authentications"));
        // even the right token gets no answer from that address, or the 429 would tell a good guess from a bad one
        invalid()
                .header("X-Forwarded-For", guesser)
                .header("Authorization", "Bearer " + Api.ADMIN_TOKEN)
                .get("/api/tokens")
                .then()
                .statusCode(429);
        anonymous()
                .header("X-Forwarded-For", guesser)
                .get("/api/articles")
                .then()
                .statusCode(200); // reading needs no token
        admin().header("X-Forwarded-For", Api.newClientAddress())
                .get("/api/tokens")
                .then()
                .statusCode(200); // other clients go on
    }

    @Test
    void shouldNeverThrottleSuccessfulRequests() {
        String client = Api.newClientAddress();
        for (int i = 0; i < LIMIT * 4; i++) {
            admin().header("X-Forwarded-For", client).get("/api/tokens").then().statusCode(200);
        }
    }

    @Test
    void shouldRefuseToRevokeTheLastAdminToken() {
        JsonPath second = Api.adminFromOwnAddress()
                .contentType(ContentType.JSON)
                .body("{\"name\": \"Seconde admin\", \"roles\": [\"admin\"]}")
                .post("/api/tokens")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath();
        Api.adminFromOwnAddress()
                .delete("/api/tokens/" + second.getLong("id"))
                .then()
                .statusCode(204);
        List<Integer> activeAdmins = Api.adminFromOwnAddress()
                .get("/api/tokens")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getList("findAll { it.active && it.roles.contains('admin') }.id");
        org.junit.jupiter.api.Assertions.assertEquals(1, activeAdmins.size(), "only the bootstrap admin token is left");
        Api.adminFromOwnAddress()
                .delete("/api/tokens/" + activeAdmins.get(0))
                .then()
                .statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString("at least one"));
        Api.adminFromOwnAddress().get("/api/tokens").then().statusCode(200);
        withToken(Api.ADMIN_TOKEN)
                .header("X-Forwarded-For", Api.newClientAddress())
                .get("/api/tokens")
                .then()
                .statusCode(200);
    }
}
