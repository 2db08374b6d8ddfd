package io.kiosque.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of an article: who made it, how, and the article as it then was (a compressed {@link RevisionSnapshot}). */
@Entity
@Table(name = "article_revision")
public class ArticleRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public long articleId;
    public long version;
    public Instant createdAt;
    /** The name of the token that made the change; {@link Revisions#SYSTEM} for Kiosque's own imports. */
    public String author;

    public String kind;
    public String title;
    public byte[] snapshot;
}
