package io.kiosque.webhook;

import io.kiosque.web.Digests;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Standard Webhooks signatures: {@code v1,<base64 HMAC-SHA256 of "id.timestamp.body">} under each signing secret. */
final class WebhookSignature {

    static final String SECRET_PREFIX = "whsec_";

    private WebhookSignature() {}

    /** A new secret: {@code whsec_} and 32 random bytes in base64. */
    static String newSecret() {
        return SECRET_PREFIX + Base64.getEncoder().encodeToString(Digests.randomBytes(32));
    }

    /** The {@code webhook-signature} header: one {@code v1,…} per secret, space-separated. */
    static String header(List<String> secrets, String messageId, long timestamp, String body) {
        return secrets.stream()
                .map(secret -> "v1," + sign(secret, messageId + "." + timestamp + "." + body))
                .collect(Collectors.joining(" "));
    }

    private static String sign(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(
                    Base64.getDecoder().decode(secret.substring(SECRET_PREFIX.length())), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
