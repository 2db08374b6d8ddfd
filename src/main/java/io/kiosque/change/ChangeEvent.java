package io.kiosque.change;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A row of the change outbox (V30); {@code position} is null until {@link ChangeLog} sequences it after commit. */
@Entity
@Table(name = "change_event")
public class ChangeEvent extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long position;
    public String type;
    public long articleId;
    public String slug;
    public long version;
    public Instant occurredAt;
    /** A small JSON object: the ids and counts the change concerns beyond the article's ({} for article events). */
    public String payload;

    public ChangeType changeType() {
        return ChangeType.fromWireName(type);
    }
}
