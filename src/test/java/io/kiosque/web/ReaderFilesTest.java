package io.kiosque.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The reader page's files keep their names across releases: browsers must revalidate them, cheaply. */
@QuarkusTest
class ReaderFilesTest {

    @Test
    void shouldServeTheReaderFilesForRevalidationWithAnETag() {
        Map<String, String> types = Map.of(
                "/",
                "text/html",
                "/index.html",
                "text/html",
                "/reader.js",
                "text/javascript",
                "/reader.css",
                "text/css");
        types.forEach((path, type) -> {
            String etag = RestAssured.given()
                    .get(path)
                    .then()
                    .statusCode(200)
                    .contentType(startsWith(type))
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("Cache-Control", not(containsString("immutable")))
                    .header("ETag", startsWith("\""))
                    .extract()
                    .header("ETag");
            RestAssured.given()
                    .header("If-None-Match", etag)
                    .get(path)
                    .then()
                    .statusCode(304)
                    .header("ETag", etag)
                    .header("Cache-Control", equalTo("no-cache"))
                    .body(equalTo(""));
            RestAssured.given()
                    .header("If-None-Match", "\"older\"")
                    .get(path)
                    .then()
                    .statusCode(200);
        });
        RestAssured.given().get("/").then().body(containsString("<script type=\"module\" src=\"/reader.js\">"));
        RestAssured.given()
                .head("/reader.js")
                .then()
                .statusCode(200)
                .header("ETag", startsWith("\""))
                .body(equalTo(""));
    }
}
