package io.kiosque.search;

import io.kiosque.article.Article;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Search of the PostgreSQL deployment, shared by every instance: terms are analysed in Java (the same
 * {@link FrenchAnalysis} as on H2) and stored as labelled tsvectors in search_document, written in the article's own
 * transaction, so no instance ever serves a stale index. Ranked by ts_rank with the weights of {@link Ranking}.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class PostgresSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(PostgresSearchEngine.class);
    private static final int BACKFILL_BATCH = 200;
    /** Advisory lock key of the backfill: "kiosques" in ASCII, a number no other lock picks. */
    private static final long BACKFILL_LOCK = 0x6b696f7371756573L;

    private final EntityManager em;
    private final SearchDocuments documents;
    private final ManagedExecutor background;

    PostgresSearchEngine(EntityManager em, SearchDocuments documents, ManagedExecutor background) {
        this.em = em;
        this.documents = documents;
        this.background = background;
    }

    @Override
    public String name() {
        return "postgresql";
    }

    /**
     * Fills the missing rows in the background: an upgraded database of 100 000 articles takes minutes, and the
     * instance serves meanwhile (articles not yet indexed are simply not found).
     */
    @Override
    public void catchUp() {
        background.runAsync(this::backfill).exceptionally(e -> {
            LOG.errorf(e, "search backfill stopped; the next start resumes it");
            return null;
        });
    }

    /**
     * Indexes the published articles that have no search rows: those of a database that existed before search. In
     * batches, one instance at a time (an advisory lock), the articles locked as their writers lock them.
     */
    private void backfill() {
        int indexed;
        do {
            indexed = QuarkusTransaction.requiringNew().call(this::backfillBatch);
        } while (indexed == BACKFILL_BATCH);
    }

    @SuppressWarnings("unchecked")
    private int backfillBatch() {
        if (!(Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(?1)")
                .setParameter(1, BACKFILL_LOCK)
                .getSingleResult()) {
            return 0; // another instance is at it
        }
        List<Long> ids = ((List<Number>) em.createNativeQuery(
                                "select a.id from article a where " + Article.publicAtSql("a", 1)
                                        + " and not exists (select 1 from search_document d where d.article_id = a.id) order by a.id")
                        .setParameter(1, Instant.now())
                        .setMaxResults(BACKFILL_BATCH)
                        .getResultList())
                .stream().map(Number::longValue).toList();
        if (!ids.isEmpty()) {
            em.createNativeQuery("select id from article where id in (?1) order by id for update")
                    .setParameter(1, ids)
                    .getResultList();
            index(ids);
            LOG.infof("search: indexed %d published articles that had no search rows", ids.size());
        }
        return ids.size();
    }

    @Override
    public void articleChanged(long articleId, boolean deleted) {
        if (deleted) {
            em.createNativeQuery("delete from search_document where article_id = ?1")
                    .setParameter(1, articleId)
                    .executeUpdate();
        } else {
            index(List.of(articleId));
        }
    }

    /** Replaces the articles' rows by their current state: none for those gone or unpublished. */
    private void index(List<Long> articleIds) {
        em.createNativeQuery("delete from search_document where article_id in (?1)")
                .setParameter(1, articleIds)
                .executeUpdate();
        documents.load(articleIds).values().forEach(docs -> {
            long articleId = docs.article().articleId();
            Timestamp publishedAt = docs.article().publishedAt() == null
                    ? null
                    : Timestamp.from(docs.article().publishedAt());
            insert(articleId, null, publishedAt, articleTerms(docs.article()));
            for (SearchDocuments.QuoteDocument quote : docs.quotes()) {
                insert(articleId, quote.quoteId(), publishedAt, quoteTerms(quote));
            }
        });
    }

    private void insert(long articleId, Long quoteId, Timestamp publishedAt, String terms) {
        em.createNativeQuery(
                        "insert into search_document (article_id, quote_id, published_at, terms) values (?1, ?2, ?3, cast(?4 as tsvector))")
                .setParameter(1, articleId)
                .setParameter(2, quoteId)
                .setParameter(3, publishedAt)
                .setParameter(4, terms)
                .executeUpdate();
    }

    @Override
    @SuppressWarnings("unchecked")
    public Hits search(SearchQuery query, String type, int offset, int limit) {
        String typeFilter =
                type == null ? "" : "article".equals(type) ? " and quote_id is null" : " and quote_id is not null";
        List<Object[]> rows = em.createNativeQuery(
                        "select article_id, quote_id, ts_rank(cast(?4 as real[]), terms, q, 1) as score, "
                                + "count(*) over () as total from search_document, cast(?1 as tsquery) q where terms @@ q"
                                + typeFilter
                                + " order by score desc, published_at desc nulls last, id desc offset ?2 limit ?3")
                .setParameter(1, TsTerms.query(query))
                .setParameter(2, offset)
                .setParameter(3, limit)
                .setParameter(4, TsTerms.WEIGHTS)
                .getResultList();
        List<Hit> hits = new ArrayList<>(rows.size());
        long total = 0;
        for (Object[] row : rows) {
            Long quoteId = row[1] == null ? null : ((Number) row[1]).longValue();
            hits.add(new Hit(
                    quoteId == null ? "article" : "quote",
                    ((Number) row[0]).longValue(),
                    quoteId,
                    ((Number) row[2]).doubleValue()));
            total = ((Number) row[3]).longValue();
        }
        if (rows.isEmpty() && offset > 0) {
            total = ((Number) em.createNativeQuery(
                                    "select count(*) from search_document where terms @@ cast(?1 as tsquery)"
                                            + typeFilter)
                            .setParameter(1, TsTerms.query(query))
                            .getSingleResult())
                    .longValue();
        }
        return new Hits(hits, total);
    }

    private static String articleTerms(SearchDocuments.ArticleDocument article) {
        TsTerms terms = new TsTerms();
        terms.add(List.of(article.title()), Ranking.Part.TITLE);
        terms.add(article.headings(), Ranking.Part.HEADINGS);
        terms.add(article.paragraphs(), Ranking.Part.BODY);
        return terms.toString();
    }

    private static String quoteTerms(SearchDocuments.QuoteDocument quote) {
        TsTerms terms = new TsTerms();
        terms.add(List.of(quote.text()), Ranking.Part.BODY);
        if (quote.speaker() != null) {
            terms.add(List.of(quote.speaker()), Ranking.Part.SPEAKER);
        }
        return terms.toString();
    }
}
