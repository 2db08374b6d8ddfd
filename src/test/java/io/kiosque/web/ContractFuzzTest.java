package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Contract-driven fuzzing, generated from a fixed seed so that a failure replays: every operation of the contract gets generated garbage (wrong types, missing and
 * extra fields, huge and malformed bodies, bytes that are not UTF-8, odd headers, injection-looking path values)
 * with and without credentials. Kiosque must never answer 5xx, every error must be problem+json, and the seed
 * article must come out unchanged.
 */
@QuarkusTest
class ContractFuzzTest {

    private static final String SEED = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible";
    private static final int REQUESTS_PER_OPERATION = 40;

    private static final List<String> PATH_VALUES = List.of(
            "1",
            "0",
            "-1",
            "99999999999999999999",
            "1.5",
            "1e3",
            "%2500",
            "..%2F..%2Fetc%2Fpasswd",
            "1%27%20OR%20%271%27%3D%271",
            "%3Cscript%3E",
            "russie-coree-du-nord-poutine-salue-une-amitie-invincible",
            "%C3%A9t%C3%A9",
            "%E2%80%AF",
            "%FF%FE",
            "a".repeat(1000),
            "RANDOM");

    private static final List<String> JSON_VALUES = List.of(
            "null",
            "true",
            "0",
            "-1",
            "1e309",
            "\"\"",
            "\"x\"",
            "\"' OR 1=1 --\"",
            "\"<script>alert(1)</script>\"",
            "[]",
            "{}",
            "[1,2]",
            "\"\\u0000\"",
            "\"" + "é".repeat(6000) + "\"",
            "\"published\"",
            "\"paragraph\"",
            "\"2026-13-45T99:00:00Z\"",
            "9223372036854775808");

    private static final List<String> FIELDS = List.of(
            "title",
            "blocks",
            "status",
            "language",
            "tags",
            "authors",
            "publishedAt",
            "publishAt",
            "unpublishAt",
            "commentMode",
            "type",
            "text",
            "id",
            "authorName",
            "body",
            "parentId",
            "paragraphId",
            "speaker",
            "kind",
            "reason",
            "name",
            "roles",
            "expiresAt",
            "unknown",
            "");

    private static final List<String> HEADER_VALUES = List.of(
            "",
            "*",
            "\"\"",
            "W/\"1-0-0-json\"",
            "\"1-999-0-json\"",
            "garbage",
            "\"" + "a".repeat(300) + "\"",
            "\"abc\", *, W/\"x\"",
            "Bearer",
            "Bearer ",
            "Basic dXNlcjpwYXNz",
            "Bearer kq_nope");

    private static final List<String> CONTENT_TYPES = List.of(
            "application/json",
            "text/plain; charset=utf-8",
            "text/plain; charset=latin1",
            "application/xml",
            "multipart/form-data; boundary=x",
            "application/json; charset=utf-16",
            "garbage/",
            "text/plain");

    @Test
    void shouldNeverFailOnGeneratedGarbage() {
        String seedBefore = seedContent();
        Random random = new Random(20261125);
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (Map.Entry<String, Operation> operation : operations().entrySet()) {
            String method = operation.getKey().substring(0, operation.getKey().indexOf(' '));
            String template = operation.getKey().substring(operation.getKey().indexOf(' ') + 1);
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                String path = template.replaceAll("\\{[^}]+}", sample(PATH_VALUES, random));
                RequestSpecification request = RestAssured.given()
                        .urlEncodingEnabled(false)
                        .header("Connection", "close")
                        .config(RestAssuredConfig.config()
                                .encoderConfig(EncoderConfig.encoderConfig()
                                        .appendDefaultContentCharsetToContentTypeIfUndefined(false)));
                if (random.nextInt(3) == 0) {
                    // never as admin on token revocation: "1" would revoke the admin token the later tests (and, on
                    // PostgreSQL, later application starts on the same database) log in with
                    boolean asAdmin = random.nextBoolean() && !"DELETE /api/tokens/{id}".equals(operation.getKey());
                    request.header(
                            "Authorization", asAdmin ? "Bearer " + Api.ADMIN_TOKEN : sample(HEADER_VALUES, random));
                }
                for (String header :
                        List.of("If-Match", "If-None-Match", "Idempotency-Key", "X-Edit-Token", "Accept")) {
                    if (random.nextInt(4) == 0) {
                        request.header(header, sample(HEADER_VALUES, random));
                    }
                }
                if (random.nextInt(4) == 0) {
                    request.queryParam(sample(FIELDS, random) + "x", encoded(sample(JSON_VALUES, random)))
                            .queryParam("page", sample(PATH_VALUES, random))
                            .queryParam("size", sample(PATH_VALUES, random))
                            .queryParam("cursor", sample(PATH_VALUES, random))
                            .queryParam("q", encoded(sample(JSON_VALUES, random)));
                }
                if (operation.getValue().getRequestBody() != null || random.nextInt(5) == 0) {
                    request.contentType(sample(CONTENT_TYPES, random)).body(body(random));
                }
                Response response;
                try {
                    response = request.request(method, path);
                } catch (Exception e) { // REST Assured rethrows socket errors unchecked
                    failures.add(method + " " + path + " -> no answer: " + e);
                    continue;
                }
                sent++;
                int status = response.statusCode();
                String type = response.contentType();
                if (status >= 500) {
                    failures.add(method + " " + path + " -> " + status + ": " + response.asString());
                } else if (status >= 400 && status != 405 && !type.startsWith(Problem.MEDIA_TYPE)) {
                    failures.add(method + " " + path + " -> " + status + " with Content-Type " + type);
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + sent + " requests failed:\n"
                    + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        }
        assertEquals(seedBefore, seedContent(), "the seed article is unchanged");
    }

    /** A body: JSON with generated fields, malformed JSON, plain text, or bytes that are not UTF-8. */
    private static byte[] body(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF, 0x41};
            case 1 -> "{\"title\": ".getBytes(StandardCharsets.UTF_8);
            case 2 -> ("Titre\n\n" + sample(JSON_VALUES, random)).getBytes(StandardCharsets.UTF_8);
            case 3 -> "[".repeat(5000).getBytes(StandardCharsets.UTF_8);
            default -> {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int f = random.nextInt(6); f > 0; f--) {
                    fields.put(sample(FIELDS, random), sample(JSON_VALUES, random));
                }
                if (random.nextBoolean()) {
                    fields.put(
                            "blocks",
                            "[{\"type\": " + sample(JSON_VALUES, random) + ", \"text\": " + sample(JSON_VALUES, random)
                                    + "}]");
                }
                StringBuilder json = new StringBuilder("{");
                fields.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                        .append('"')
                        .append(k)
                        .append("\":")
                        .append(v));
                yield json.append('}').toString().getBytes(StandardCharsets.UTF_8);
            }
        };
    }

    /** Query values stay well under the 16 KiB request line that the HTTP layer accepts (longer ones get 414). */
    private static String encoded(String value) {
        String encoded = java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
        return encoded.length() > 2000 ? encoded.substring(0, 2000).replaceAll("%[0-9A-F]?$", "") : encoded;
    }

    private static String seedContent() {
        Response seed = RestAssured.given().get(SEED);
        return seed.jsonPath().getString("title")
                + seed.jsonPath().getList("blocks").toString();
    }

    /** One of the values; "RANDOM" stands for a fresh random alphanumeric string. */
    private static String sample(List<String> values, Random random) {
        String value = values.get(random.nextInt(values.size()));
        if (!value.equals("RANDOM")) {
            return value;
        }
        StringBuilder randomValue = new StringBuilder();
        for (int i = 1 + random.nextInt(40); i > 0; i--) {
            randomValue.append("abcdefghijklmnopqrstuvwxyz0123456789-".charAt(random.nextInt(37)));
        }
        return randomValue.toString();
    }

    private static Map<String, Operation> operations() {
        Map<String, Operation> operations = new LinkedHashMap<>();
        new OpenAPIV3Parser().read("openapi/openapi.yaml").getPaths().forEach((path, item) -> {
            if (path.startsWith("/api")) {
                item.readOperationsMap().forEach((method, op) -> operations.put(method.name() + " " + path, op));
            }
        });
        return operations;
    }
}
