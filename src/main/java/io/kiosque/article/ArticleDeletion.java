package io.kiosque.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A deleted article whose revisions are kept, so that an admin can restore it until the retention ends. */
@Entity
@Table(name = "article_deletion")
public class ArticleDeletion extends PanacheEntityBase {

    @Id
    public Long articleId;

    public Instant deletedAt;
    public String deletedBy;
}
