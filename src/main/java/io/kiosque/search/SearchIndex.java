package io.kiosque.search;

import io.kiosque.article.ArticleChanged;
import io.kiosque.web.Deployment;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.io.IOException;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.jboss.logging.Logger;

/**
 * Keeps search in step with articles: every import, edit, publication, unpublication, quote correction and delete
 * reaches the index through ArticleChanged. The engine follows the deployment: Lucene for the single-process
 * embedded database, PostgreSQL's own tables when instances share one.
 */
@ApplicationScoped
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class);

    @Inject
    Deployment deployment;

    @Inject
    Instance<LuceneSearchEngine> lucene;

    @Inject
    Instance<PostgresSearchEngine> postgres;

    @Inject
    ManagedExecutor background;

    SearchEngine engine() {
        return deployment.isSingleInstance() ? lucene.get() : postgres.get();
    }

    /** After the quote service's observer, so that the article's quotes are already extracted. */
    void onArticleChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ArticleChanged change) {
        engine().articleChanged(change.article().id, change.kind() == ArticleChanged.Kind.DELETED);
    }

    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) ArticleChanged change) {
        engine().afterCommit();
    }

    /**
     * Brings search up to date with the database: replays or rebuilds the Lucene index before serving, or fills the
     * missing PostgreSQL rows in the background (an upgraded database of 100 000 articles takes minutes, and the
     * instance serves meanwhile; articles not yet indexed are simply not found).
     */
    void start(@Observes StartupEvent startup) throws IOException {
        if (deployment.isSingleInstance()) {
            lucene.get().applyRecordedChanges();
        } else {
            background.runAsync(postgres.get()::backfill).exceptionally(e -> {
                LOG.errorf(e, "search backfill stopped; the next start resumes it");
                return null;
            });
        }
    }
}
