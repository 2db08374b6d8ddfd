package io.kiosque.web;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/**
 * What a production deployment sets and the default test profile keeps out of the way: a public URL, low flood
 * and authentication-failure limits. One profile for every test that needs them, so that the application
 * restarts once for all of them.
 */
public class ProductionLikeProfile implements QuarkusTestProfile {

    public static final String PUBLIC_URL = "https://news.example";
    public static final int AUTH_FAILURES_PER_MINUTE = 3;

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "kiosque.comments.per-client-per-minute",
                "2",
                "kiosque.comments.per-article-per-minute",
                "3",
                "kiosque.public-url",
                PUBLIC_URL,
                "kiosque.auth.failures-per-minute",
                Integer.toString(AUTH_FAILURES_PER_MINUTE));
    }
}
