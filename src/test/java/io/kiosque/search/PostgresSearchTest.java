package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.OlderSchema;
import io.kiosque.OnPostgreSql;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The search suite on the PostgreSQL deployment's engine, its text search. */
@QuarkusTest
@OnPostgreSql
class PostgresSearchTest extends AbstractSearchTest {

    /** The article loses its search rows, as in a database that existed before search. */
    @Override
    void missChange(long articleId) {
        em.createNativeQuery("delete from search_document where article_id = ?1")
                .setParameter(1, articleId)
                .executeUpdate();
    }

    @Test
    void shouldMoveQuoteRowsToTheSharedLabelsWhenUpgradingFromTheFirstSearchSchema() throws SQLException {
        try (OlderSchema v5 = new OlderSchema(flyway, dataSource, "5")) {
            v5.execute(
                    "insert into " + v5.table("article")
                            + " (id, slug, title, language, status, published_at, created_at, updated_at, "
                            + "version, word_count) values (1, 'titre', 'Titre', 'fr', 'published', now(), now(), now(), 1, 5)");
            // as V5's code wrote them: title A, headings B, paragraphs D; a quote's text C and its speaker B
            v5.execute(
                    "insert into " + v5.table("search_document") + " (article_id, quote_id, terms) values "
                            + "(1, null, 'titr:1A intertitr:3B paragraph:5'), (1, 7, 'revient:1C printemp:3C jeann:103B martin:104B')");
            v5.upgrade();
            assertEquals(
                    "'intertitr':3B 'paragraph':5 'titr':1A",
                    v5.queryString("select terms from " + v5.table("search_document") + " where quote_id is null"),
                    "articles' rows keep their labels");
            assertEquals(
                    "'jeann':106C 'martin':107C 'printemp':3 'revient':1",
                    v5.queryString("select terms from " + v5.table("search_document") + " where quote_id = 7"),
                    "the quote's text is body (D), its speaker C");
            assertTrue(v5.hasTable("rate_limit"));
            assertFalse(v5.hasTable("search_pending"), "the Lucene index's outbox");
        }
    }
}
