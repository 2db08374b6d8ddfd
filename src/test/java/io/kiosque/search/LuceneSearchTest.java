package io.kiosque.search;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.OlderSchema;
import io.kiosque.OnH2;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** The search suite on the embedded H2 deployment's engine, Lucene. */
@QuarkusTest
@OnH2
class LuceneSearchTest extends AbstractSearchTest {

    /** The change is recorded in the outbox but never applied, as when the process dies right after the commit. */
    @Override
    void missChange(long articleId) {
        em.createNativeQuery("insert into search_pending (article_id) values (?1)")
                .setParameter(1, articleId)
                .executeUpdate();
    }

    @Test
    void shouldKeepOnlyTheOutboxWhenUpgradingFromTheFirstSearchSchema() throws SQLException {
        try (OlderSchema v5 = new OlderSchema(flyway, dataSource, "5")) {
            assertTrue(v5.hasTable("search_document"));
            v5.upgrade();
            assertTrue(v5.hasTable("search_pending"));
            assertFalse(v5.hasTable("search_document"), "PostgreSQL's search table");
            assertFalse(v5.hasTable("rate_limit"), "PostgreSQL's rate-limit windows");
        }
    }
}
