package io.kiosque.article;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

@Entity
@Table(name = "article")
public class Article extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public String slug;
    public String title;
    public String language;
    @Convert(converter = WireNameConverter.OfArticleStatus.class)
    public ArticleStatus status;
    public Instant publishedAt;
    public Instant createdAt;
    public Instant updatedAt;

    /** Bumped by every edit of the article or one of its blocks: drives If-Match, the ETag and the cache. */
    @Version
    public long version;

    public int wordCount;

    @Convert(converter = WireNameConverter.OfCommentMode.class)
    public CommentMode commentMode = CommentMode.OPEN;

    /**
     * Approved comments; kept by the comment service with in-place increments. Never written from this entity,
     * so that an editor's save cannot overwrite a count that moved meanwhile.
     */
    @Column(insertable = false, updatable = false)
    public int commentCount;

    @ElementCollection
    @CollectionTable(name = "article_tag", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag")
    public List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "article_author", joinColumns = @JoinColumn(name = "article_id"))
    @OrderColumn(name = "position")
    @Column(name = "name")
    public List<String> authors = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    public List<Block> blocks = new ArrayList<>();

    @OneToMany(mappedBy = "article", cascade = CascadeType.ALL)
    @OrderBy("createdAt, id")
    public List<Correction> corrections = new ArrayList<>();

    public boolean isPublished() {
        return status == ArticleStatus.PUBLISHED;
    }
}
