package io.kiosque.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String url;
    public String description;
    /** Subscribed change types, comma-separated wire names. */
    public String events;

    public boolean enabled;
    public String disabledReason;
    public String secret;
    public String previousSecret;
    public Instant previousSecretUntil;
    public long lastPosition;
    public Instant failingSince;
    public String leaseOwner;
    public Instant leaseUntil;
    public Instant createdAt;
    public Instant updatedAt;

    List<String> eventList() {
        return Arrays.asList(events.split(","));
    }

    /** The secrets that sign a delivery now: the current one, and the previous one for 24 h after a rotation. */
    List<String> signingSecrets(Instant now) {
        return previousSecret != null && previousSecretUntil != null && now.isBefore(previousSecretUntil)
                ? List.of(secret, previousSecret)
                : List.of(secret);
    }
}
