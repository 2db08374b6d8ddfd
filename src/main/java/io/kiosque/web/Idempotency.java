package io.kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.logging.Logger;

/**
 * Makes a write safe to retry with an {@code Idempotency-Key}: the first response (status, Location, body) is
 * stored in the same transaction as the write, and replayed to every retry with the same key and payload.
 * Keys belong to the client that sent them: another client's same key is another key, so nobody receives someone
 * else's answer. A secret in the answer (an edit token) is never stored in clear: it is sealed with a key derived
 * from the client's Idempotency-Key, which is stored only as a digest, and put back into the replay.
 * The record is written first, so concurrent retries race on its primary key in the database before any work:
 * exactly one write commits whichever instance they reach; the others wait for it and replay its response.
 */
@ApplicationScoped
public class Idempotency {

    /** How long keys are kept: retries are accepted well beyond a day. */
    public static final Duration TTL = Duration.ofHours(48);

    /** How long a retry waits for a concurrent first request with the same key to finish. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final String TABLE = "idempotency_record";
    private static final int NONCE_BYTES = 12;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    /**
     * What a write answers: stored and replayed as is, except the body's {@code secretField} (null for none), which
     * is stored sealed and put back into the replay.
     */
    public record Outcome(int status, String location, Object body, String secretField) {
    }

    /** Another request with the same key and client holds or took the record first. */
    private static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super(cause);
        }
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private final AtomicLong writes = new AtomicLong();

    /**
     * Runs {@code write} in a new transaction unless this client used the key before.
     *
     * @param scope       what the key is for (method, path): keys of different operations never collide
     * @param client      who retries (see {@link ClientAddress#retryIdentity}): keys of different clients never collide
     * @param key         the client's Idempotency-Key, or null to run without one
     * @param requestHash a digest of the payload: the same key with another payload is refused with 422
     */
    public Response execute(String scope, String client, String key, String requestHash, Supplier<Outcome> write) {
        if (key == null) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(write::get);
            return response(outcome.status(), outcome.location(), serialise(outcome.body()), false);
        }
        validateKey(key);
        RecordId id = new RecordId(scope, Digests.sha256("kiosque-idempotency-key\n" + client + "\n" + key));
        SecretKeySpec sealing = new SecretKeySpec(sha256Bytes("kiosque-idempotency-seal\n" + scope + "\n" + client + "\n" + key), "AES");
        Optional<IdempotencyRecord> earlier = find(id);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash, sealing);
        }
        try {
            Response first = QuarkusTransaction.requiringNew().call(() -> {
                IdempotencyRecord record = claim(id, requestHash);
                Outcome outcome = write.get();
                ObjectNode answer = json.valueToTree(outcome.body());
                ObjectNode stored = answer.deepCopy();
                String secretField = outcome.secretField();
                if (secretField != null && answer.hasNonNull(secretField)) {
                    stored.putNull(secretField);
                    record.sealedSecret = seal(json.createObjectNode().set(secretField, answer.get(secretField)), sealing);
                }
                record.status = outcome.status();
                record.location = outcome.location();
                record.responseBody = serialise(stored);
                return response(outcome.status(), outcome.location(), serialise(answer), false);
            });
            purgeNowAndThen();
            return first;
        } catch (KeyTaken e) {
            return replay(awaitFirst(id, e.getCause()), requestHash, sealing);
        }
    }

    /**
     * Writes the key's record before the work: a concurrent retry with the same key waits on it, then finds the
     * stored answer; any other failure (a busy pool, an unreachable database) is not a retry and is not read as one.
     */
    private IdempotencyRecord claim(RecordId id, String requestHash) {
        IdempotencyRecord record = new IdempotencyRecord(id, requestHash, Instant.now());
        try {
            record.persist();
            em.flush();
        } catch (RuntimeException e) {
            if (DatabaseErrors.isUniqueViolation(e, TABLE) || DatabaseErrors.isLockTimeout(e)) {
                throw new KeyTaken(e);
            }
            throw e;
        }
        return record;
    }

    private Response replay(IdempotencyRecord record, String requestHash, SecretKeySpec sealing) {
        if (!record.requestHash.equals(requestHash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
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

    private IdempotencyRecord awaitFirst(RecordId id, Throwable cause) {
        Instant deadline = Instant.now().plus(WAIT_FOR_FIRST);
        while (Instant.now().isBefore(deadline)) {
            Optional<IdempotencyRecord> record = find(id);
            if (record.isPresent()) {
                return record.get();
            }
            sleep();
        }
        LOG.debugf(cause, "no stored response for idempotency key %s", id.key);
        throw new ProblemException(ProblemType.CONFLICT,
                "a request with this Idempotency-Key is still being processed; retry with the same key in a moment");
    }

    private Optional<IdempotencyRecord> find(RecordId id) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.<IdempotencyRecord>findByIdOptional(id))
                .filter(r -> r.createdAt.isAfter(Instant.now().minus(TTL)));
    }

    /** Drops expired keys once in a while, so that the table stays small without a scheduler. */
    private void purgeNowAndThen() {
        if (writes.incrementAndGet() % 1000 == 0) {
            QuarkusTransaction.requiringNew().run(() -> IdempotencyRecord.delete("createdAt < ?1", Instant.now().minus(TTL)));
        }
    }

    private static void validateKey(String key) {
        if (key.isBlank() || key.length() > 200 || !key.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new ProblemException(ProblemType.VALIDATION, "Idempotency-Key must be 1 to 200 visible ASCII characters, such as a UUID");
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
            return Base64.getEncoder().encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
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

    private static void sleep() {
        try {
            Thread.sleep(25);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProblemException(ProblemType.UNAVAILABLE, "interrupted while waiting for a concurrent request");
        }
    }

    @Embeddable
    public static class RecordId implements Serializable {
        public String scope;
        @Column(name = "idem_key")
        public String key;

        public RecordId() {
        }

        RecordId(String scope, String key) {
            this.scope = scope;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof RecordId other && scope.equals(other.scope) && key.equals(other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(scope, key);
        }
    }

    @Entity
    @Table(name = "idempotency_record")
    public static class IdempotencyRecord extends PanacheEntityBase {
        /** The scope and a digest of the client and its key: the key itself, which opens the sealed secret, is not kept. */
        @EmbeddedId
        public RecordId id;
        public String requestHash;
        public int status;
        public String location;
        /** The first answer, its secret field set to null. */
        public String responseBody;
        /** The secret fields of the first answer as a JSON object, sealed with a key derived from the client's key. */
        public String sealedSecret;
        public Instant createdAt;

        public IdempotencyRecord() {
        }

        IdempotencyRecord(RecordId id, String requestHash, Instant createdAt) {
            this.id = id;
            this.requestHash = requestHash;
            this.responseBody = "";
            this.createdAt = createdAt;
        }
    }
}
