package io.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Ready-to-send JSON of published articles, by the id or slug readers ask for, served without touching the
 * database ({@link FastArticleRoute}). Kept only while {@link CacheCoherence} says this instance sees every change
 * (embedded H2): then every edit and every comment-count change invalidates the entry after its commit.
 * <p>
 * Races: an entry is stored only if no invalidation happened since the request started to read the database,
 * so a reader that loaded the old version just before a commit cannot put it back after the invalidation.
 */
@ApplicationScoped
public class PublishedArticleCache {

    /** One cached answer and the headers that go with it. */
    public record Entry(long articleId, byte[] body, String etag, String lastModified, String cacheControl) {
    }

    private static final int MAX_ENTRIES = 10_000;

    @Inject
    CacheCoherence coherence;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    public boolean enabled() {
        return coherence.seesEveryChange();
    }

    /** Read before loading from the database; pass it back to {@link #put}. */
    public long epoch() {
        return invalidations.get();
    }

    public Entry get(String idOrSlug) {
        return entries.get(idOrSlug);
    }

    public void put(String idOrSlug, long epochBeforeRead, Entry entry) {
        if (!enabled() || entries.size() >= MAX_ENTRIES) {
            return;
        }
        entries.put(idOrSlug, entry);
        if (invalidations.get() != epochBeforeRead) {
            entries.remove(idOrSlug, entry); // an edit committed meanwhile: what we read may be old
        }
    }

    void onArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        invalidate(change.article().id);
    }

    void onCommentCountChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentCountChanged change) {
        invalidate(change.articleId());
    }

    private void invalidate(long articleId) {
        invalidations.incrementAndGet();
        entries.values().removeIf(entry -> entry.articleId() == articleId);
    }
}
