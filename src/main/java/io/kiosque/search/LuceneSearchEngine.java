package io.kiosque.search;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
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
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Search for the embedded deployment, a single process by construction: a Lucene index beside the H2 file.
 * The writing transaction records the article in search_pending; once it has committed, an indexer thread updates
 * and commits the index, and only then deletes the record. A crash in between leaves the record, and the next start
 * replays it; an empty, lost or unreadable index is rebuilt from the database at start. Writes never wait for the
 * index; a search waits (up to 2 s) for the changes committed before it, so a client finds what it just wrote.
 */
@ApplicationScoped
class LuceneSearchEngine implements SearchEngine {

    private static final Logger LOG = Logger.getLogger(LuceneSearchEngine.class);

    /**
     * Every text of a document is in "text", which BM25 scores; a clause that also matches the title, a heading or
     * the speaker adds a fixed bonus. Fixed, not per-field BM25: a field few documents have (headings) gets a low
     * IDF, which would let a paragraph outrank a heading depending on what else is indexed.
     */
    private static final String TEXT = "text";
    private static final Map<String, Float> BONUS_FIELDS = Map.of("title", 4f, "headings", 2f, "speaker", 2f);
    private static final Sort BY_RELEVANCE = new Sort(SortField.FIELD_SCORE, new SortField("publishedAt", SortField.Type.LONG, true));
    private static final int REBUILD_BATCH = 500;

    @ConfigProperty(name = "kiosque.search.index-dir")
    Optional<String> indexDir;

    @Inject
    EntityManager em;

    @Inject
    SearchDocuments documents;

    /** Longest a search waits for changes committed before it to reach the index. */
    private static final Duration MAX_SEARCH_WAIT = Duration.ofSeconds(2);

    /** Applies committed changes off the request threads, one run at a time; a run covers every change before it. */
    private final ExecutorService indexer = Executors.newSingleThreadExecutor(r -> new Thread(r, "kiosque-search-indexer"));
    /** Changes committed (one per ArticleChanged) and, of those, how many the index has applied. */
    private final AtomicLong committed = new AtomicLong();
    private volatile long applied;
    private final Object progress = new Object();

    private IndexWriter writer;
    /** Set once the index is open; read without the lock, so searches never wait for an index commit. */
    private volatile SearcherManager searchers;

    @Override
    public void articleChanged(long articleId, boolean deleted) {
        em.createNativeQuery("insert into search_pending (article_id) values (?1)").setParameter(1, articleId).executeUpdate();
    }

    @Override
    public void afterCommit() {
        long generation = committed.incrementAndGet();
        try {
            indexer.execute(() -> catchUp(generation));
        } catch (RejectedExecutionException e) {
            LOG.warn("search indexer stopped (shutting down); the next start applies this change");
        }
    }

    /** On the indexer thread: applies every change committed so far, unless an earlier run already did. */
    private void catchUp(long generation) {
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
                    Long quoteId = doc.getField("quoteId") == null ? null : doc.getField("quoteId").numericValue().longValue();
                    hits.add(new Hit(doc.get("type"), doc.getField("articleId").numericValue().longValue(), quoteId, ((FieldDoc) docs[i]).score));
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
    synchronized void applyRecordedChanges() throws IOException {
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
        Directory directory = indexDir.isPresent() ? FSDirectory.open(Path.of(indexDir.get())) : new ByteBuffersDirectory();
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalysis.ANALYZER));
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException | EOFException e) {
            // the database is the source of truth: an unreadable index is thrown away and rebuilt from it
            LOG.warnf(e, "search index in %s unreadable; rebuilding it from the database", indexDir.orElse("memory"));
            for (String file : directory.listAll()) {
                directory.deleteFile(file);
            }
            writer = new IndexWriter(directory, new IndexWriterConfig(FrenchAnalysis.ANALYZER));
        }
        searchers = new SearcherManager(writer, null);
        if (writer.getDocStats().numDocs == 0) {
            rebuild();
        }
    }

    /** Indexes every published article again, in batches, then commits. */
    private void rebuild() throws IOException {
        long after = 0;
        int count = 0;
        while (true) {
            long from = after;
            @SuppressWarnings("unchecked")
            List<Number> ids = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                    "select id from article where status = 'published' and id > ?1 order by id").setParameter(1, from).setMaxResults(REBUILD_BATCH).getResultList());
            if (ids.isEmpty()) {
                break;
            }
            index(ids.stream().map(Number::longValue).toList());
            after = ids.get(ids.size() - 1).longValue();
            count += ids.size();
        }
        if (count > 0) {
            writer.commit();
            searchers.maybeRefresh();
            LOG.infof("search index rebuilt: %d published articles", count);
        }
    }

    /** Applies the recorded changes, commits the index, then forgets exactly the records it applied. */
    private void applyPending() throws IOException {
        @SuppressWarnings("unchecked")
        List<Object[]> pending = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "select id, article_id from search_pending order by id").getResultList());
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
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("delete from search_pending where id in (?1)")
                .setParameter(1, records).executeUpdate());
    }

    /** Replaces the articles' documents by their current state in the database (none if gone or unpublished). */
    private void index(List<Long> articleIds) throws IOException {
        Map<Long, SearchDocuments.Documents> loaded = QuarkusTransaction.requiringNew().call(() -> documents.load(articleIds));
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
        long publishedAt = article.publishedAt() == null ? 0 : article.publishedAt().toEpochMilli();
        List<Document> out = new ArrayList<>(1 + docs.quotes().size());
        Document articleDoc = base("article", article.articleId(), publishedAt);
        articleDoc.add(new TextField("title", article.title(), Field.Store.NO));
        article.headings().forEach(h -> articleDoc.add(new TextField("headings", h, Field.Store.NO)));
        articleDoc.add(new TextField(TEXT, article.title(), Field.Store.NO));
        article.headings().forEach(h -> articleDoc.add(new TextField(TEXT, h, Field.Store.NO)));
        article.paragraphs().forEach(p -> articleDoc.add(new TextField(TEXT, p, Field.Store.NO)));
        out.add(articleDoc);
        for (SearchDocuments.QuoteDocument quote : docs.quotes()) {
            Document quoteDoc = base("quote", article.articleId(), publishedAt);
            quoteDoc.add(new StoredField("quoteId", quote.quoteId()));
            quoteDoc.add(new TextField(TEXT, quote.text(), Field.Store.NO));
            if (quote.speaker() != null) {
                quoteDoc.add(new TextField("speaker", quote.speaker(), Field.Store.NO));
                quoteDoc.add(new TextField(TEXT, quote.speaker(), Field.Store.NO));
            }
            out.add(quoteDoc);
        }
        return out;
    }

    private static Document base(String type, long articleId, long publishedAt) {
        Document doc = new Document();
        doc.add(new StringField("article", Long.toString(articleId), Field.Store.NO));
        doc.add(new StoredField("articleId", articleId));
        doc.add(new StringField("type", type, Field.Store.YES));
        doc.add(new NumericDocValuesField("publishedAt", publishedAt));
        return doc;
    }

    /** Every clause must match the document's text; matching its title, a heading or its speaker adds a bonus. */
    private static Query toLucene(SearchQuery query, String type) {
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (SearchQuery.Clause clause : query.clauses()) {
            BooleanQuery.Builder scored = new BooleanQuery.Builder().add(clauseQuery(TEXT, clause), BooleanClause.Occur.MUST);
            BONUS_FIELDS.forEach((field, bonus) ->
                    scored.add(new BoostQuery(new ConstantScoreQuery(clauseQuery(field, clause)), bonus), BooleanClause.Occur.SHOULD));
            all.add(scored.build(), BooleanClause.Occur.MUST);
        }
        if (type != null) {
            all.add(new TermQuery(new Term("type", type)), BooleanClause.Occur.FILTER);
        }
        return all.build();
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
