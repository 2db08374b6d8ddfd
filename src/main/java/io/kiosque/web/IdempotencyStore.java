package io.kiosque.web;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * The idempotency records: one per operation, client and key, holding the first answer. A record is written before
 * the work it guards, so that concurrent retries race on its primary key in the database: the first claims it, the
 * others wait for its answer. Knows nothing of HTTP; {@link Idempotency} turns records into responses.
 */
@ApplicationScoped
public class IdempotencyStore {

    /** How long keys are kept: retries are accepted well beyond a day. */
    private static final Duration TTL = Duration.ofHours(48);

    /** How long a retry waits for a concurrent first request with the same key to finish. */
    private static final Duration WAIT_FOR_FIRST = Duration.ofSeconds(15);

    private static final String TABLE = "idempotency_record";
    private static final Logger LOG = Logger.getLogger(IdempotencyStore.class);

    /** Another request with the same key and client holds or took the record first. */
    static final class KeyTaken extends RuntimeException {
        KeyTaken(Throwable cause) {
            super(cause);
        }
    }

    private EntityManager em;

    IdempotencyStore(EntityManager em) {
        this.em = em;
    }

    private final AtomicLong writes = new AtomicLong();

    /** The record's id: the scope and a digest of the client and its key (the key itself, which opens sealed secrets, is not kept). */
    static RecordId id(String scope, String client, String key) {
        return new RecordId(scope, Digests.sha256("kiosque-idempotency-key\n" + client + "\n" + key));
    }

    /** The record, unless it expired; in a transaction of its own. */
    Optional<IdempotencyRecord> find(RecordId id) {
        return QuarkusTransaction.requiringNew()
                .call(() -> IdempotencyRecord.<IdempotencyRecord>findByIdOptional(id))
                .filter(r -> r.createdAt.isAfter(Instant.now().minus(TTL)));
    }

    /**
     * Writes the key's record in the current transaction, before the work: a concurrent retry with the same key waits
     * on it ({@link KeyTaken}), then finds the stored answer; any other failure (a busy pool, an unreachable database)
     * is not a retry and is not read as one.
     */
    IdempotencyRecord claim(RecordId id, String requestHash) {
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

    /** The record a concurrent request claimed, once its answer is committed; 409 when it takes too long. */
    IdempotencyRecord awaitFirst(RecordId id, Throwable cause) {
        Instant deadline = Instant.now().plus(WAIT_FOR_FIRST);
        while (Instant.now().isBefore(deadline)) {
            Optional<IdempotencyRecord> record = find(id);
            if (record.isPresent()) {
                return record.get();
            }
            sleep();
        }
        LOG.debugf(cause, "no stored response for idempotency key %s", id.key);
        throw new ProblemException(
                ProblemType.CONFLICT,
                "a request with this Idempotency-Key is still being processed; retry with the same key in a moment");
    }

    /** Drops expired keys once in a while, so that the table stays small without a scheduler. */
    void purgeNowAndThen() {
        if (writes.incrementAndGet() % 1000 == 0) {
            QuarkusTransaction.requiringNew()
                    .run(() -> IdempotencyRecord.delete(
                            "createdAt < ?1", Instant.now().minus(TTL)));
        }
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

        public RecordId() {}

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
    @Table(name = TABLE)
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

        public IdempotencyRecord() {}

        IdempotencyRecord(RecordId id, String requestHash, Instant createdAt) {
            this.id = id;
            this.requestHash = requestHash;
            this.responseBody = "";
            this.createdAt = createdAt;
        }
    }
}
