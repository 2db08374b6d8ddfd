package io.kiosque.search;

import io.kiosque.article.Article;
import io.kiosque.article.ArticleChanged;
import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FloatDocValuesField;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.FieldInvertState;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermStatistics;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.similarities.Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Search of the embedded H2 deployment, a single process by construction: a Lucene index beside the H2 file.
 * The writing transaction records the article in search_pending; once it has committed, an indexer thread updates
 * and commits the index, and only then deletes the record. A crash in between leaves the record, and the next start
 * replays it; an empty, lost or unreadable index is rebuilt from the database at start. Writes never wait for the
 * index; a search waits (up to 2 s) for the changes committed before it, so a client finds what it just wrote.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class LuceneSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(LuceneSearchEngine.class);

    /**
     * {@link Ranking} in Lucene: one field per part of a document, its weight the boost of a match in it, scored by
     * {@link #RANKING} (no IDF: how rare a word is in a field says nothing of where it matters), and the
     * document's length factor in {@link #LENGTH_NORM}.
     */
    private static final Similarity RANKING = new Similarity() {
        @Override
        public long computeNorm(FieldInvertState state) {
            return 1; // lengths count per document, in LENGTH_NORM
        }

        @Override
        public SimScorer scorer(float boost, CollectionStatistics collection, TermStatistics... terms) {
            return new SimScorer() {
                @Override
                public float score(float freq, long norm) {
                    return boost * Ranking.occurrences(freq);
                }
            };
        }
    };

    private static final String LENGTH_NORM = "lengthNorm";
    /** Stored with every commit: an index of another layout (an older Kiosque's) is rebuilt from the database. */
    private static final String LAYOUT_KEY = "kiosque.search.layout";

    private static final String LAYOUT = "ranking-parts-1";
    private static final Sort BY_RELEVANCE =
            new Sort(SortField.FIELD_SCORE, new SortField("publishedAt", SortField.Type.LONG, true));
    private static final int REBUILD_BATCH = 500;

    private final Optional<String> indexDir;
    private final EntityManager em;
    private final SearchDocuments documents;

    /** Longest a search waits for changes committed before it to reach the index. */
    private static final Duration MAX_SEARCH_WAIT = Duration.ofSeconds(2);

    /** Applies committed changes off the request threads, one run at a time; a run covers every change before it. */
    private final ExecutorService indexer =
            Executors.newSingleThreadExecutor(r -> new Thread(r, "kiosque-search-indexer"));
    /** Changes committed (one per ArticleChanged) and, of those, how many the index has applied. */
    private final AtomicLong committed = new AtomicLong();

    private volatile long applied;
    private final Object progress = new Object();

    private IndexWriter writer;
    /** Set once the index is open; read without the lock, so searches never wait for an index commit. */
    private volatile SearcherManager searchers;

    LuceneSearchEngine(
            @ConfigProperty(name = "kiosque.search.index-dir") Optional<String> indexDir,
            EntityManager em,
            SearchDocuments documents) {
        this.indexDir = indexDir;
        this.em = em;
        this.documents = documents;
    }

    @Override
    public void articleChanged(long articleId, boolean deleted) {
        em.createNativeQuery("insert into search_pending (article_id) values (?1)")
                .setParameter(1, articleId)
                .executeUpdate();
    }

    /** Before the first request: opens the index (rebuilding a missing, unreadable or outdated one) and replays the outbox. */
    @Override
    public void catchUp() {
        try {
            applyRecordedChanges();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Once the change is committed: the indexer thread applies it. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        long generation = committed.incrementAndGet();
        try {
            indexer.execute(() -> applyCommitted(generation));
        } catch (RejectedExecutionException e) {
            LOG.warn("search indexer stopped (shutting down); the next start applies this change");
        }
    }

    /** On the indexer thread: applies every change committed so far, unless an earlier run already did. */
    private void applyCommitted(long generation) {
        if (applied >= generation) {
            return;
        }
        long target = committed.get();
        try {
            applyRecordedChanges();
        } catch (RuntimeException | IOException e) {
            // the pending records stay: the next write or the next start applies them
            LOG.errorf(e, "search index not updated yet");
        }
        synchronized (progress) {
            applied = Math.max(applied, target);
            progress.notifyAll();
        }
    }

    /**
     * Waits, briefly, until the changes committed before this search are in the index: a client that searches
     * right after its own write finds it, while the write's response never waits for the index.
     */
    private void awaitCommittedChanges() {
        long target = committed.get();
        long deadline = System.nanoTime() + MAX_SEARCH_WAIT.toNanos();
        synchronized (progress) {
            while (applied < target && System.nanoTime() < deadline) {
                try {
                    progress.wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    @Override
    public String name() {
        return "lucene";
    }

    @Override
    public Hits search(SearchQuery query, String type, int offset, int limit) {
        try {
            awaitCommittedChanges();
            SearcherManager manager = searchers != null ? searchers : open();
            IndexSearcher searcher = manager.acquire();
            try {
                Query lucene = toLucene(query, type);
                // Lucene counts hits exactly up to 1 000, as far as search pages reach (SearchService.MAX_HITS)
                TopFieldDocs top = searcher.search(lucene, offset + limit, BY_RELEVANCE, true);
                List<Hit> hits = new ArrayList<>(limit);
                ScoreDoc[] docs = top.scoreDocs;
                for (int i = offset; i < docs.length; i++) {
                    Document doc = searcher.storedFields().document(docs[i].doc);
                    Long quoteId = doc.getField("quoteId") == null
                            ? null
                            : doc.getField("quoteId").numericValue().longValue();
                    hits.add(new Hit(
                            doc.get("type"),
                            doc.getField("articleId").numericValue().longValue(),
                            quoteId,
                            ((FieldDoc) docs[i]).score));
                }
                return new Hits(hits, top.totalHits.value);
            } finally {
                manager.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Opens the index if need be (rebuilding an empty one) and applies every recorded change: at start, so that a
     * rebuild or a replay happens before the first request, and on the indexer thread after each commit.
     */
    private synchronized void applyRecordedChanges() throws IOException {
        ensureOpen();
        applyPending();
    }

    private synchronized SearcherManager open() throws IOException {
        ensureOpen();
        return searchers;
    }

    private void ensureOpen() throws IOException {
        if (writer != null) {
            return;
        }
        Directory directory =
                indexDir.isPresent() ? FSDirectory.open(Path.of(indexDir.get())) : new ByteBuffersDirectory();
        try {
            writer = new IndexWriter(directory, config());
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException e) {
            // the database is the source of truth: an unreadable index is thrown away and rebuilt from it
            LOG.warnf(e, "search index in %s unreadable; rebuilding it from the database", indexDir.orElse("memory"));
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            writer = new IndexWriter(directory, config());
        }
        if (writer.getDocStats().numDocs > 0 && !LAYOUT.equals(committedLayout(writer))) {
            LOG.infof(
                    "search index in %s has another layout; rebuilding it from the database",
                    indexDir.orElse("memory"));
            writer.deleteAll();
        }
        writer.setLiveCommitData(Map.of(LAYOUT_KEY, LAYOUT).entrySet());
        searchers = new SearcherManager(writer, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader);
                searcher.setSimilarity(RANKING);
                return searcher;
            }
        });
        if (writer.getDocStats().numDocs == 0) {
            rebuild();
        }
    }

    private static IndexWriterConfig config() {
        return new IndexWriterConfig(FrenchAnalysis.ANALYZER).setSimilarity(RANKING);
    }

    /** The layout the last commit recorded, null if none. */
    private static String committedLayout(IndexWriter writer) {
        Iterable<Map.Entry<String, String>> committed = writer.getLiveCommitData();
        if (committed != null) {
            for (Map.Entry<String, String> entry : committed) {
                if (entry.getKey().equals(LAYOUT_KEY)) {
                    return entry.getValue();
                }
            }
        }
        return null;
    }

    /** Indexes every published article again, in batches, then commits. */
    private void rebuild() throws IOException {
        long after = 0;
        int count = 0;
        while (true) {
            long from = after;
            @SuppressWarnings("unchecked")
            List<Number> ids = QuarkusTransaction.requiringNew()
                    .call(() -> em.createNativeQuery("select a.id from article a where " + Article.publicAtSql("a", 2)
                                    + " and a.id > ?1 order by a.id")
                            .setParameter(1, from)
                            .setParameter(2, Instant.now())
                            .setMaxResults(REBUILD_BATCH)
                            .getResultList());
            if (ids.isEmpty()) {
                break;
            }
            index(ids.stream().map(Number::longValue).toList());
            after = ids.get(ids.size() - 1).longValue();
            count += ids.size();
        }
        writer.commit(); // also when empty: the layout is recorded
        searchers.maybeRefresh();
        if (count > 0) {
            LOG.infof("search index rebuilt: %d published articles", count);
        }
    }

    /** Applies the recorded changes, commits the index, then forgets exactly the records it applied. */
    private void applyPending() throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = QuarkusTransaction.requiringNew()
                .call(() -> em.createNativeQuery("select id, article_id from search_pending order by id")
                        .getResultList());
        if (pending.isEmpty()) {
            return;
        }
        Set<Long> articles = new LinkedHashSet<>();
        List<Long> records = new ArrayList<>(pending.size());
        for (Object[] row : pending) {
            records.add(((Number) row[0]).longValue());
            articles.add(((Number) row[1]).longValue());
        }
        index(List.copyOf(articles));
        writer.commit();
        searchers.maybeRefresh();
        QuarkusTransaction.requiringNew()
                .run(() -> em.createNativeQuery("delete from search_pending where id in (?1)")
                        .setParameter(1, records)
                        .executeUpdate());
    }

    /** Replaces the articles' documents by their current state in the database (none if gone or unpublished). */
    private void index(List<Long> articleIds) throws IOException {
        Map<Long, SearchDocuments.Documents> loaded =
                QuarkusTransaction.requiringNew().call(() -> documents.load(articleIds));
        for (Long id : articleIds) {
            Term key = new Term("article", id.toString());
            SearchDocuments.Documents docs = loaded.get(id);
            if (docs == null) {
                writer.deleteDocuments(key);
            } else {
                writer.updateDocuments(key, luceneDocuments(docs));
            }
        }
    }

    private static List<Document> luceneDocuments(SearchDocuments.Documents docs) {
        SearchDocuments.ArticleDocument article = docs.article();
        long publishedAt =
                article.publishedAt() == null ? 0 : article.publishedAt().toEpochMilli();
        List<Document> out = new ArrayList<>(1 + docs.quotes().size());
        Document articleDoc = base("article", article.articleId(), publishedAt);
        int words = add(articleDoc, Ranking.Part.TITLE, List.of(article.title()))
                + add(articleDoc, Ranking.Part.HEADINGS, article.headings())
                + add(articleDoc, Ranking.Part.BODY, article.paragraphs());
        articleDoc.add(new FloatDocValuesField(LENGTH_NORM, Ranking.lengthNorm(words)));
        out.add(articleDoc);
        for (SearchDocuments.QuoteDocument quote : docs.quotes()) {
            Document quoteDoc = base("quote", article.articleId(), publishedAt);
            quoteDoc.add(new StoredField("quoteId", quote.quoteId()));
            int quoteWords = add(quoteDoc, Ranking.Part.BODY, List.of(quote.text()))
                    + add(
                            quoteDoc,
                            Ranking.Part.SPEAKER,
                            quote.speaker() == null ? List.of() : List.of(quote.speaker()));
            quoteDoc.add(new FloatDocValuesField(LENGTH_NORM, Ranking.lengthNorm(quoteWords)));
            out.add(quoteDoc);
        }
        return out;
    }

    /** Adds the texts to the part's field; returns their number of analysed words. */
    private static int add(Document doc, Ranking.Part part, List<String> texts) {
        int words = 0;
        for (String text : texts) {
            doc.add(new TextField(part.field(), text, Field.Store.NO));
            words += FrenchAnalysis.tokens(text).size();
        }
        return words;
    }

    private static Document base(String type, long articleId, long publishedAt) {
        Document doc = new Document();
        doc.add(new StringField("article", Long.toString(articleId), Field.Store.NO));
        doc.add(new StoredField("articleId", articleId));
        doc.add(new StringField("type", type, Field.Store.YES));
        doc.add(new NumericDocValuesField("publishedAt", publishedAt));
        return doc;
    }

    /** Every clause must match some part of the document; each part it matches adds to the score by its weight. */
    private static Query toLucene(SearchQuery query, String type) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (SearchQuery.Clause clause : query.clauses()) {
            BooleanQuery.Builder anyPart = new BooleanQuery.Builder();
            for (Ranking.Part part : Ranking.Part.values()) {
                anyPart.add(new BoostQuery(clauseQuery(part.field(), clause), part.weight), BooleanClause.Occur.SHOULD);
            }
            all.add(anyPart.build(), BooleanClause.Occur.MUST);
        }
        if (type != null) {
            all.add(new TermQuery(new Term("type", type)), BooleanClause.Occur.FILTER);
        }
        return FunctionScoreQuery.boostByValue(all.build(), DoubleValuesSource.fromFloatField(LENGTH_NORM));
    }

    private static Query clauseQuery(String field, SearchQuery.Clause clause) {
        if (!clause.isPhrase()) {
            return new TermQuery(new Term(field, clause.terms().get(0)));
        }
        PhraseQuery.Builder phrase = new PhraseQuery.Builder();
        for (int k = 0; k < clause.terms().size(); k++) {
            phrase.add(new Term(field, clause.terms().get(k)), clause.offsets().get(k));
        }
        return phrase.build();
    }

    @PreDestroy
    void close() throws IOException, InterruptedException {
        indexer.shutdown();
        indexer.awaitTermination(30, TimeUnit.SECONDS);
        synchronized (this) {
            closeIndex();
        }
    }

    private void closeIndex() throws IOException {
        if (writer != null) {
            searchers.close();
            writer.close();
            writer.getDirectory().close();
        }
    }
}
