package io.kiosque.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ContractTest {

    @Test
    void shouldServeExactlyTheCommittedContract() throws IOException {
        String served = given().queryParam("format", "yaml")
                .get("/q/openapi")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        String committed = Files.readString(Path.of("openapi/openapi.yaml"), StandardCharsets.UTF_8);
        if (!served.equals(committed)) {
            Path fresh = Path.of("target/openapi-served.yaml");
            Files.writeString(fresh, served, StandardCharsets.UTF_8);
            fail("openapi/openapi.yaml differs from what /q/openapi serves. Review the change, then: cp " + fresh
                    + " openapi/openapi.yaml");
        }
    }
}
