package io.kiosque.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One message to one endpoint, tried until it succeeds or its retry schedule runs out. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    static final String PENDING = "pending";
    static final String SUCCEEDED = "succeeded";
    static final String FAILED = "failed";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long endpointId;
    /** The {@code webhook-id} header: the same on every attempt, so that receivers can drop duplicates. */
    public String messageId;

    public String type;
    /** The exact bytes sent (UTF-8), so that every attempt carries the same body and signature input. */
    public String body;

    public String status;
    public int attempts;
    public Instant nextAttemptAt;
    public Instant lastAttemptAt;
    public Integer lastStatusCode;
    public Integer lastDurationMs;
    public String lastError;
    public Instant createdAt;
}
