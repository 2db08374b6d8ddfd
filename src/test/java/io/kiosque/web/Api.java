package io.kiosque.web;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/** REST Assured entry points; every request and response is checked against the committed contract. */
public final class Api {

    /** The admin token the test profile configures as KIOSQUE_ADMIN_TOKEN. */
    public static final String ADMIN_TOKEN = "test-admin-token-of-at-least-32-chars";

    private static final String SPEC =
            Path.of("openapi/openapi.yaml").toAbsolutePath().toUri().toString();

    public static final OpenApiValidationFilter CONTRACT = new OpenApiValidationFilter(SPEC);

    /** Checks responses only: for requests that break the contract on purpose, whose error responses must still keep it. */
    public static final OpenApiValidationFilter RESPONSE_CONTRACT =
            new OpenApiValidationFilter(OpenApiInteractionValidator.createForSpecificationUrl(SPEC)
                    .withLevelResolver(LevelResolver.create()
                            .withLevel("validation.request", ValidationReport.Level.IGNORE)
                            .build())
                    .build());

    private static final AtomicInteger CLIENTS =
            new AtomicInteger(ThreadLocalRandom.current().nextInt(1 << 16));

    private Api() {}

    /**
     * A client address no other test (nor an earlier run on the same database) has used, in 198.18.0.0/15: for tests
     * whose rate limits would count the hits of others, since PostgreSQL keeps the counters across application restarts.
     */
    public static String newClientAddress() {
        int n = CLIENTS.getAndIncrement() & 0x1ffff;
        return "198." + (18 + (n >> 16)) + "." + ((n >> 8) & 0xff) + "." + (n & 0xff);
    }

    /** An anonymous reader. */
    public static RequestSpecification anonymous() {
        return RestAssured.given().filter(CONTRACT);
    }

    /** A client with this bearer token (passed as a plain header, which the contract validator sees). */
    public static RequestSpecification withToken(String token) {
        return anonymous().header("Authorization", "Bearer " + token);
    }

    public static RequestSpecification admin() {
        return withToken(ADMIN_TOKEN);
    }

    /**
     * The admin from an address of its own: under low failed-token limits (ProductionLikeProfile), the bad tokens
     * other tests sent from 127.0.0.1 would hold it back, PostgreSQL keeping those counts across application restarts.
     */
    public static RequestSpecification adminFromOwnAddress() {
        return admin().header("X-Forwarded-For", newClientAddress());
    }

    /** For requests that break the contract on purpose (malformed bodies, wrong types); responses are still checked. */
    public static RequestSpecification invalid() {
        return RestAssured.given().filter(RESPONSE_CONTRACT);
    }

    public static RequestSpecification invalidAsAdmin() {
        return invalid().header("Authorization", "Bearer " + ADMIN_TOKEN);
    }
}
