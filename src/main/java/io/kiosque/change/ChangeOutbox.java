package io.kiosque.change;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleChanged;
import io.kiosque.article.ArticleStatus;
import io.kiosque.article.CommentsChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.hibernate.Session;

/**
 * Writes the outbox row of each change readers can observe, inside the transaction of the change, so that the two
 * commit or roll back together. Drafts make no row: an article enters the feed when published, and leaves it with a
 * tombstone when unpublished or deleted. Whether the feed shows an article is read from its own last article event.
 */
@ApplicationScoped
public class ChangeOutbox {

    private static final String INSERT =
            "insert into change_event (type, article_id, slug, version, occurred_at, payload) values (?, ?, ?, ?, ?, ?)";

    private final EntityManager em;
    private final ChangePump pump;

    ChangeOutbox(EntityManager em, ChangePump pump) {
        this.em = em;
        this.pump = pump;
    }

    void onArticleChanged(@Observes ArticleChanged change) {
        Article article = change.article();
        boolean shown =
                lastArticleEvent(article.id).map(ChangeType::showsArticle).orElse(false);
        ChangeType type;
        if (change.kind() == ArticleChanged.Kind.DELETED) {
            type = shown ? ChangeType.ARTICLE_DELETED : null;
        } else if (article.isPublished()) {
            type = shown ? ChangeType.ARTICLE_UPDATED : ChangeType.ARTICLE_PUBLISHED;
        } else {
            type = shown ? ChangeType.ARTICLE_UNPUBLISHED : null;
        }
        if (type != null) {
            record(type, article.id, article.slug, article.version, List.of("{}"));
        }
    }

    void onCommentsChanged(@Observes CommentsChanged change) {
        // the count as this transaction leaves it (moved in place by the comment service, not through the entity)
        List<Object[]> rows = em.createQuery(
                        "select a.status, a.slug, a.version, a.commentCount from Article a where a.id = :id",
                        Object[].class)
                .setParameter("id", change.articleId())
                .getResultList();
        if (rows.isEmpty() || rows.get(0)[0] != ArticleStatus.PUBLISHED) {
            return;
        }
        Object[] article = rows.get(0);
        ChangeType type = switch (change.kind()) {
            case APPROVED -> ChangeType.COMMENT_APPROVED;
            case EDITED -> ChangeType.COMMENT_EDITED;
            case REMOVED -> ChangeType.COMMENT_REMOVED;
        };
        record(
                type,
                change.articleId(),
                (String) article[1],
                (Long) article[2],
                change.commentIds().stream()
                        .map(id -> "{\"commentId\":" + id + ",\"commentCount\":" + article[3] + "}")
                        .toList());
    }

    /** After commit: the pump sequences the new rows and wakes whoever delivers them. */
    void afterArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        pump.wake();
    }

    void afterCommentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged change) {
        pump.wake();
    }

    private Optional<ChangeType> lastArticleEvent(long articleId) {
        return em.createQuery(
                        "select e.type from ChangeEvent e where e.articleId = :id and e.type like 'article.%' order by e.id desc",
                        String.class)
                .setParameter("id", articleId)
                .setMaxResults(1)
                .getResultStream()
                .findFirst()
                .map(ChangeType::fromWireName);
    }

    /**
     * One row per payload, in one JDBC batch: a batch of posts writes a row per comment, and Hibernate would insert
     * each alone (an identity key) and dirty-check them all at the flush.
     */
    private void record(ChangeType type, long articleId, String slug, long version, List<String> payloads) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                for (String payload : payloads) {
                    insert.setString(1, type.wireName);
                    insert.setLong(2, articleId);
                    insert.setString(3, slug);
                    insert.setLong(4, version);
                    insert.setObject(5, now);
                    insert.setString(6, payload);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        });
    }
}
