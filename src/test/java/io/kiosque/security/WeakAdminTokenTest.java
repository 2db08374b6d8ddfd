package io.kiosque.security;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.junit.main.Launch;
import io.quarkus.test.junit.main.LaunchResult;
import io.quarkus.test.junit.main.QuarkusMainTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin token anyone could guess is refused before Kiosque listens. */
@QuarkusMainTest
@TestProfile(WeakAdminTokenTest.ShortAdminToken.class)
class WeakAdminTokenTest {

    public static class ShortAdminToken implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("kiosque.admin-token", "admin-token-of-31-characters-xx");
        }
    }

    @Test
    @Launch(
            value = {},
            exitCode = 1)
    void shouldRefuseToStartWithAShortAdminToken(LaunchResult result) {
        String output = result.getOutput() + result.getErrorOutput();
        assertThat(output, containsString("KIOSQUE_ADMIN_TOKEN"));
        assertThat(output, containsString("at least 32 characters"));
    }
}
