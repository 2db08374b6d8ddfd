package io.kiosque.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A slug an article has had; old ones keep resolving after a title change. */
@Entity
@Table(name = "article_slug")
public class ArticleSlug extends PanacheEntityBase {

    @Id
    public String slug;

    @Column(name = "article_id")
    public Long articleId;

    public ArticleSlug() {}

    public ArticleSlug(String slug, Long articleId) {
        this.slug = slug;
        this.articleId = articleId;
    }
}
