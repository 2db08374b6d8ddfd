package io.kiosque.search;

import io.kiosque.article.ArticleChanged;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Keeps search in step with articles: every import, edit, publication, unpublication, quote correction and delete
 * reaches the deployment's engine through ArticleChanged, and the engine catches up with the database at start.
 */
@ApplicationScoped
class SearchIndex {

    private final SearchEngine engine;

    SearchIndex(SearchEngine engine) {
        this.engine = engine;
    }

    /** After the quote service's observer, so that the article's quotes are already extracted. */
    void onArticleChanged(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) ArticleChanged change) {
        engine.articleChanged(change.article().id, change.kind() == ArticleChanged.Kind.DELETED);
    }

    void start(@Observes StartupEvent startup) {
        engine.catchUp();
    }
}
