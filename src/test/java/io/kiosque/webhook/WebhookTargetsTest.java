package io.kiosque.webhook;

import static io.kiosque.web.Api.admin;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.InetAddress;
import java.net.UnknownHostException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Webhooks never reach into the network Kiosque runs in (no kiosque.webhooks.allowed-hosts in this profile). */
@QuarkusTest
class WebhookTargetsTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://127.0.0.1/hook",
                "https://localhost:8443/hook",
                "https://10.1.2.3/hook",
                "https://172.16.0.9/hook",
                "https://192.168.1.1/hook",
                "https://169.254.169.254/latest/meta-data/",
                "https://[::1]/hook",
                "https://[fd00:ec2::254]/hook",
                "https://0.0.0.0/hook",
                "https://100.64.0.1/hook",
                "https://[::ffff:127.0.0.1]/hook",
                "http://93.184.215.14/hook",
                "ftp://93.184.215.14/hook",
                "https://user:pw@93.184.215.14/hook",
                "https://no-such-host.invalid/hook"
            })
    void shouldRefuseToRegisterAnInternalOrInsecureTarget(String url) {
        admin().contentType(ContentType.JSON)
                .body("{\"url\": \"" + url + "\", \"events\": [\"article.published\"]}")
                .post("/api/webhooks")
                .then()
                .statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("url: "));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "127.0.0.1",
                "10.0.0.1",
                "172.31.255.255",
                "192.168.0.1",
                "169.254.169.254",
                "::1",
                "fe80::1",
                "fc00::1",
                "fd00:ec2::254",
                "0.0.0.0",
                "100.127.0.1",
                "224.0.0.1",
                "::",
                "::ffff:10.0.0.1"
            })
    void shouldCountAsInternal(String address) throws UnknownHostException {
        assertTrue(WebhookTargets.isInternal(InetAddress.getByName(address)), address);
    }

    @ParameterizedTest
    @ValueSource(strings = {"93.184.215.14", "1.1.1.1", "100.128.0.1", "172.32.0.1", "2606:4700:4700::1111"})
    void shouldCountAsPublic(String address) throws UnknownHostException {
        assertFalse(WebhookTargets.isInternal(InetAddress.getByName(address)), address);
    }
}
