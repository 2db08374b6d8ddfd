package io.kiosque.comment;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "comment")
public class Comment extends PanacheEntityBase {

    public static final String PENDING = "pending";
    public static final String APPROVED = "approved";
    public static final String REJECTED = "rejected";
    public static final String SPAM = "spam";
    public static final String DELETED = "deleted";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    public Long articleId;
    public Long parentId;

    /** The thread's first comment; null for a root. Lets a page of threads load all its replies at once. */
    public Long rootId;

    public int depth;
    public Long paragraphId;

    /** The start of the paragraph's text when the comment was posted, so a stale anchor can be recognised. */
    public String anchorText;

    public String authorName;
    public String body;
    public String status;
    public String holdReason;
    public int flagCount;

    /** SHA-256 of the client's address with a salt: enough to count and deduplicate, without keeping the IP. */
    public String clientHash;

    /** SHA-256 of author and text: finds the same author's identical comment without comparing long texts. */
    public String dedupKey;

    public String editTokenHash;
    public Instant createdAt;
    public Instant updatedAt;
    public Instant editableUntil;

    public boolean isApproved() {
        return APPROVED.equals(status);
    }
}
