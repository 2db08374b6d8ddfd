package io.kiosque.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;

/**
 * Ready-to-send JSON of published articles and of the first page of their comment threads (what every reader of an
 * article loads), served without touching the database ({@link FastArticleRoute}), on both deployments. Kept only
 * while {@link CacheCoherence} says this instance hears of every change: each edit and each change to an article's
 * visible comments invalidates the article's entries here after its commit, and on every other instance when the
 * coherence passes the change on.
 * <p>
 * Races: an entry is stored only if no invalidation happened since the request started to read the database,
 * so a reader that loaded the old version just before a commit cannot put it back after the invalidation.
 */
@ApplicationScoped
public class PublishedArticleCache {

    /**
     * One cached answer and the headers that go with it (null: no such header), served until {@code servedUntil} (epoch
     * milliseconds): the end of the article's embargo, which readers must see at the instant, whoever announces it.
     */
    public record Entry(
            long articleId,
            byte[] body,
            String etag,
            String lastModified,
            String cacheControl,
            String link,
            long servedUntil) {

        public static long servedUntil(ArticleHead head) {
            return head.unpublishAt() == null
                    ? Long.MAX_VALUE
                    : head.unpublishAt().toEpochMilli();
        }
    }

    /** What an entry holds: keys of one kind never answer for the other. */
    public enum Kind {
        ARTICLE,
        FIRST_COMMENT_PAGE
    }

    private static final int MAX_ENTRIES = 10_000;

    /**
     * The first pages kept: no parameter but limit and order, once each, so that an article has a few hundred keys
     * at most, whatever clients send.
     */
    private static final String PAGE_PARAM = "(limit=([1-9][0-9]?|100)|order=(newest|oldest))";

    private static final Pattern FIRST_PAGE = Pattern.compile(PAGE_PARAM + "(&" + PAGE_PARAM + ")?");

    private final CacheCoherence coherence;

    private final Map<String, Entry> articles = new ConcurrentHashMap<>();
    private final Map<String, Entry> firstCommentPages = new ConcurrentHashMap<>();
    private final AtomicLong invalidations = new AtomicLong();

    PublishedArticleCache(CacheCoherence coherence) {
        this.coherence = coherence;
    }

    public boolean enabled() {
        return coherence.seesEveryChange();
    }

    /** Read before loading from the database; pass it back to {@link #put}. */
    public long epoch() {
        return invalidations.get();
    }

    /**
     * The key of a first page of comments for this path parameter and raw query string, or null when the request
     * asks for more than a first page (a cursor, a paragraph, another parameter).
     */
    public static String firstPageKey(String idOrSlug, String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return idOrSlug;
        }
        return FIRST_PAGE.matcher(rawQuery).matches() ? idOrSlug + "?" + rawQuery : null;
    }

    /** The entry for this key, if it may still be served at {@code nowMillis}. */
    public Entry get(Kind kind, String key, long nowMillis) {
        Entry entry = entries(kind).get(key);
        return entry == null || nowMillis >= entry.servedUntil() ? null : entry;
    }

    public void put(Kind kind, String key, long epochBeforeRead, Entry entry) {
        Map<String, Entry> entries = entries(kind);
        if (!enabled() || entries.size() >= MAX_ENTRIES) {
            return;
        }
        entries.put(key, entry);
        if (invalidations.get() != epochBeforeRead) {
            entries.remove(key, entry); // an edit committed meanwhile: what we read may be old
        }
    }

    private Map<String, Entry> entries(Kind kind) {
        return kind == Kind.ARTICLE ? articles : firstCommentPages;
    }

    void onArticleChanged(@Observes(during = TransactionPhase.IN_PROGRESS) ArticleChanged change) {
        coherence.announce(change.article().id);
    }

    void onCommentsChanged(@Observes(during = TransactionPhase.IN_PROGRESS) CommentsChanged change) {
        coherence.announce(change.articleId());
    }

    void afterArticleChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        invalidate(change.article().id);
    }

    void afterCommentsChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) CommentsChanged change) {
        invalidate(change.articleId());
    }

    /** Drops what is kept of one article: a change committed, here or (through the coherence) on another instance. */
    void invalidate(long articleId) {
        invalidations.incrementAndGet();
        articles.values().removeIf(entry -> entry.articleId() == articleId);
        firstCommentPages.values().removeIf(entry -> entry.articleId() == articleId);
    }

    /** Drops everything: changes may have been missed (the coherence lost, then found again, its view of them). */
    void invalidateAll() {
        invalidations.incrementAndGet();
        articles.clear();
        firstCommentPages.clear();
    }
}
