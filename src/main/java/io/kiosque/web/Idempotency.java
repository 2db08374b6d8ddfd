package io.kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kiosque.web.IdempotencyStore.IdempotencyRecord;
import io.kiosque.web.IdempotencyStore.KeyTaken;
import io.kiosque.web.IdempotencyStore.RecordId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Makes a write safe to retry with an {@code Idempotency-Key}: the first response (status, Location, body) is
 * stored in the same transaction as the write, and replayed to every retry with the same key and payload.
 * Keys belong to the client that sent them: another client's same key is another key, so nobody receives someone
 * else's answer. A secret in the answer (an edit token) is never stored in clear: it is sealed with a key derived
 * from the client's Idempotency-Key, which is stored only as a digest, and put back into the replay.
 * The records live in {@link IdempotencyStore}; this class turns a write into its response and a record into its replay.
 */
@ApplicationScoped
public class Idempotency {

    private static final String REPLAYED = "Idempotent-Replayed";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * What a write answers: stored and replayed as is, except the body's {@code secretField} (null for none), which
     * is stored sealed and put back into the replay.
     */
    public record Outcome(int status, String location, Object body, String secretField) {}

    private final ObjectMapper json;
    private final IdempotencyStore records;

    Idempotency(ObjectMapper json, IdempotencyStore records) {
        this.json = json;
        this.records = records;
    }

    /**
     * Runs {@code write} in a transaction of {@code transactions} unless this client used the key before.
     *
     * @param scope       what the key is for (method, path): keys of different operations never collide
     * @param client      who retries (see {@link ClientAddress#retryIdentity}): keys of different clients never collide
     * @param key         the client's Idempotency-Key, or null to run without one
     * @param requestHash a digest of the payload: the same key with another payload is refused with 422
     * @param transactions where the key's record and the write share their transaction ({@link TransactionRunner#OWN}: alone)
     */
    public Response execute(
            String scope,
            String client,
            String key,
            String requestHash,
            TransactionRunner transactions,
            Supplier<Outcome> write) {
        if (key == null) {
            Outcome outcome = transactions.call(write::get);
            return response(outcome.status(), outcome.location(), serialise(outcome.body()), false);
        }
        validateKey(key);
        RecordId id = IdempotencyStore.id(scope, client, key);
        SecretKeySpec sealing = new SecretKeySpec(
                sha256Bytes("kiosque-idempotency-seal\n" + scope + "\n" + client + "\n" + key), "AES");
        Optional<IdempotencyRecord> earlier = records.find(id);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash, sealing);
        }
        try {
            Outcome first = transactions.call(() -> {
                IdempotencyRecord record = records.claim(id, requestHash);
                Outcome outcome = write.get();
                ObjectNode answer = json.valueToTree(outcome.body());
                ObjectNode stored = answer.deepCopy();
                String secretField = outcome.secretField();
                if (secretField != null && answer.hasNonNull(secretField)) {
                    stored.putNull(secretField);
                    record.sealedSecret =
                            seal(json.createObjectNode().set(secretField, answer.get(secretField)), sealing);
                }
                record.status = outcome.status();
                record.location = outcome.location();
                record.responseBody = serialise(stored);
                return new Outcome(outcome.status(), outcome.location(), answer, null);
            });
            records.purgeNowAndThen();
            // built here, in the request: the transaction may run on a group commit's thread, outside any request
            return response(first.status(), first.location(), serialise(first.body()), false);
        } catch (KeyTaken e) {
            return replay(records.awaitFirst(id, e.getCause()), requestHash, sealing);
        }
    }

    private Response replay(IdempotencyRecord record, String requestHash, SecretKeySpec sealing) {
        if (!record.requestHash.equals(requestHash)) {
            throw new ProblemException(
                    ProblemType.UNPROCESSABLE,
                    "this Idempotency-Key was already used with a different request body; use a new key for a new request");
        }
        String body = record.responseBody;
        if (record.sealedSecret != null) {
            try {
                ObjectNode answer = (ObjectNode) json.readTree(body);
                answer.setAll((ObjectNode) json.readTree(unseal(record.sealedSecret, sealing)));
                body = serialise(answer);
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        }
        return response(record.status, record.location, body, true);
    }

    private static void validateKey(String key) {
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(
                    ProblemType.VALIDATION,
                    "Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID");
        }
    }

    /** AES-GCM under a key only the client can give again; base64 of nonce and ciphertext. */
    private String seal(ObjectNode secret, SecretKeySpec key) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, nonce));
            byte[] sealed = cipher.doFinal(serialise(secret).getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder()
                    .encodeToString(ByteBuffer.allocate(nonce.length + sealed.length)
                            .put(nonce)
                            .put(sealed)
                            .array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    private static String unseal(String sealed, SecretKeySpec key) {
        try {
            byte[] bytes = Base64.getDecoder().decode(sealed);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, bytes, 0, NONCE_BYTES));
            return new String(cipher.doFinal(bytes, NONCE_BYTES, bytes.length - NONCE_BYTES), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed idempotency secret does not open with its own key", e);
        }
    }

    private static byte[] sha256Bytes(String value) {
        return HexFormat.of().parseHex(Digests.sha256(value));
    }

    private String serialise(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Response response(int status, String location, String body, boolean replayed) {
        Response.ResponseBuilder builder = Response.status(status).entity(body).type(MediaType.APPLICATION_JSON);
        if (location != null) {
            builder.location(URI.create(location));
        }
        if (replayed) {
            builder.header(REPLAYED, "true");
        }
        return builder.build();
    }
}
