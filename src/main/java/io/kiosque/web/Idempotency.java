package io.kiosque.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.Table;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Makes a write safe to retry with an {@code Idempotency-Key}: the first response (status, Location, body) is
 * stored in the same transaction as the write, and replayed to every retry with the same key and payload.
 * Concurrent retries race on the record's primary key in the database, so exactly one write commits whichever
 * instance they reach; the others wait for it and replay its response.
 */
@ApplicationScoped
public class Idempotency {

    /** How long keys are kept: retries are accepted well beyond a day. */
    public static final Duration TTL = Duration.ofHours(48);

    /** How long a retry waits for a concurrent first request with the same key to finish. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);
    private static final String REPLAYED = "Idempotent-Replayed";
    private static final Logger LOG = Logger.getLogger(Idempotency.class);

    /** What a write answers: stored as is, replayed as is. */
    public record Outcome(int status, String location, Object body) {
    }

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    private final AtomicLong writes = new AtomicLong();

    /**
     * Runs {@code write} in a new transaction unless the key was used before.
     *
     * @param scope       what the key is for (method, path): keys of different operations never collide
     * @param key         the client's Idempotency-Key, or null to run without one
     * @param requestHash a digest of the payload: the same key with another payload is refused with 422
     */
    public Response execute(String scope, String key, String requestHash, Supplier<Outcome> write) {
        if (key == null) {
            Outcome outcome = QuarkusTransaction.requiringNew().call(write::get);
            return response(outcome.status(), outcome.location(), serialise(outcome.body()), false);
        }
        validateKey(key);
        Optional<IdempotencyRecord> earlier = find(scope, key);
        if (earlier.isPresent()) {
            return replay(earlier.get(), requestHash);
        }
        try {
            IdempotencyRecord stored = QuarkusTransaction.requiringNew().call(() -> {
                Outcome outcome = write.get();
                IdempotencyRecord record = new IdempotencyRecord(new RecordId(scope, key), requestHash, outcome.status(),
                        outcome.location(), serialise(outcome.body()), Instant.now());
                record.persist();
                em.flush();
                return record;
            });
            purgeNowAndThen();
            return response(stored.status, stored.location, stored.responseBody, false);
        } catch (PersistenceException | io.quarkus.narayana.jta.QuarkusTransactionException e) {
            // Another request with this key got there first (duplicate primary key, or a lock wait that timed out).
            return replay(awaitFirst(scope, key, e), requestHash);
        }
    }

    private Response replay(IdempotencyRecord record, String requestHash) {
        if (!record.requestHash.equals(requestHash)) {
            throw new ProblemException(ProblemType.UNPROCESSABLE,
                    "this Idempotency-Key was already used with a different request body; use a new key for a new request");
        }
        return response(record.status, record.location, record.responseBody, true);
    }

    private IdempotencyRecord awaitFirst(String scope, String key, RuntimeException cause) {
        Instant deadline = Instant.now().plus(WAIT_FOR_FIRST);
        while (Instant.now().isBefore(deadline)) {
            Optional<IdempotencyRecord> record = find(scope, key);
            if (record.isPresent()) {
                return record.get();
            }
            sleep();
        }
        LOG.debugf(cause, "no stored response for idempotency key %s", key);
        throw new ProblemException(ProblemType.CONFLICT,
                "a request with this Idempotency-Key is still being processed; retry with the same key in a moment");
    }

    private Optional<IdempotencyRecord> find(String scope, String key) {
        return QuarkusTransaction.requiringNew().call(() -> IdempotencyRecord.<IdempotencyRecord>findByIdOptional(new RecordId(scope, key)))
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
        @EmbeddedId
        public RecordId id;
        public String requestHash;
        public int status;
        public String location;
        public String responseBody;
        public Instant createdAt;

        public IdempotencyRecord() {
        }

        IdempotencyRecord(RecordId id, String requestHash, int status, String location, String responseBody, Instant createdAt) {
            this.id = id;
            this.requestHash = requestHash;
            this.status = status;
            this.location = location;
            this.responseBody = responseBody;
            this.createdAt = createdAt;
        }
    }
}
