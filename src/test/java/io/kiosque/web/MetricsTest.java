package io.kiosque.web;

import static io.kiosque.web.Api.anonymous;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What the README's "What to watch" names is served at /q/metrics, in Prometheus text, on both deployments. */
@QuarkusTest
class MetricsTest {

    private static final String SEED = "/api/articles/russie-coree-du-nord-poutine-salue-une-amitie-invincible";

    private static String metrics() {
        return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
    }

    /** The value of the first sample whose line starts with this name and holds every given label. */
    private static double sample(String metrics, String name, String... labels) {
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name + "{") && java.util.Arrays.stream(labels).allMatch(line::contains)) {
                return Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        throw new AssertionError("no sample " + name + " with " + String.join(", ", labels) + " in /q/metrics");
    }

    @Test
    void shouldCountFastPathHitsAndRequestLatencyPerRouteTemplateAndStatus() {
        anonymous().get(SEED).then().statusCode(200);
        double hitsBefore = sample(metrics(), "kiosque_fast_path_total", "result=\"hit\"");
        anonymous().get(SEED).then().statusCode(200);
        anonymous().get(SEED).then().statusCode(200);
        anonymous().get("/api/articles/no-such-article").then().statusCode(404);
        String metrics = metrics();
        assertTrue(
                sample(metrics, "kiosque_fast_path_total", "result=\"hit\"") >= hitsBefore + 2,
                "two more reads from memory");
        assertThat(sample(metrics, "kiosque_fast_path_total", "result=\"miss\""), greaterThan(0.0));
        // one series per route template, not per slug; the 1 ms … 10 s buckets a dashboard's histogram_quantile reads
        assertThat(
                sample(
                        metrics,
                        "http_server_requests_seconds_count",
                        "uri=\"/api/articles/{idOrSlug}\"",
                        "status=\"200\"",
                        "outcome=\"SUCCESS\""),
                greaterThan(1.0));
        assertThat(
                sample(
                        metrics,
                        "http_server_requests_seconds_bucket",
                        "uri=\"/api/articles/{idOrSlug}\"",
                        "status=\"404\"",
                        "outcome=\"CLIENT_ERROR\"",
                        "le=\"+Inf\""),
                greaterThan(0.0));
        assertThat(metrics, containsString("le=\"10.0\""));
        Matcher slugSeries = Pattern.compile("uri=\"[^\"]*russie[^\"]*\"").matcher(metrics);
        assertTrue(!slugSeries.find(), "no series per article: " + (slugSeries.find(0) ? slugSeries.group() : ""));
    }

    @Test
    void shouldTimeSearchesPerEngineAndShowThePool() {
        anonymous().get("/api/search?q=amitie").then().statusCode(200);
        String metrics = metrics();
        assertThat(sample(metrics, "kiosque_search_seconds_count", "engine="), greaterThan(0.0));
        assertThat(metrics, containsString("kiosque_search_seconds_bucket{"));
        assertThat(
                sample(metrics, "agroal_active_count", "datasource="), org.hamcrest.Matchers.greaterThanOrEqualTo(0.0));
        assertThat(metrics, containsString("agroal_awaiting_count"));
        assertThat(metrics, containsString("agroal_blocking_time_max_milliseconds"));
    }
}
