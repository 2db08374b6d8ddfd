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
    /** When a published article leaves every read path (an embargo's end); null: never. */
    public Instant unpublishAt;

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

    /** Whether anyone may read it now: published, its publication time reached and its unpublication time not. */
    public boolean isPublished() {
        return isPublic(status, publishedAt, unpublishAt, Instant.now());
    }

    /** Scheduled while published with a publication time ahead: what clients see as the status. */
    public ArticleStatus statusNow() {
        return statusAt(status, publishedAt, Instant.now());
    }

    /** {@link #isPublished} of an article read as a projection. */
    public static boolean isPublic(ArticleStatus status, Instant publishedAt, Instant unpublishAt, Instant now) {
        return status == ArticleStatus.PUBLISHED
                && publishedAt != null
                && !publishedAt.isAfter(now)
                && (unpublishAt == null || now.isBefore(unpublishAt));
    }

    static ArticleStatus statusAt(ArticleStatus status, Instant publishedAt, Instant now) {
        return status == ArticleStatus.PUBLISHED && publishedAt != null && publishedAt.isAfter(now)
                ? ArticleStatus.SCHEDULED
                : status;
    }

    /**
     * JPQL: the article named {@code alias} is public at {@code :now} (with {@code :published} bound to
     * {@link ArticleStatus#PUBLISHED}); the (status, published_at desc, id desc) index still delivers rows in order.
     */
    public static String publicAt(String alias) {
        return alias + ".status = :published and " + alias + ".publishedAt <= :now and (" + alias
                + ".unpublishAt is null or " + alias + ".unpublishAt > :now)";
    }

    /** SQL for the same, with the time as parameter {@code ?now}. */
    public static String publicAtSql(String alias, int nowParameter) {
        return alias + ".status = 'published' and " + alias + ".published_at <= ?" + nowParameter + " and (" + alias
                + ".unpublish_at is null or " + alias + ".unpublish_at > ?" + nowParameter + ")";
    }
}
