package io.kiosque.search;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.kiosque.web.Deployment;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Search catches up with the database at start: on H2 it replays what the Lucene index missed (a crash between the
 * commit and the index update leaves the outbox record); on PostgreSQL it fills the rows of articles that have none
 * (a database that existed before search).
 */
@QuarkusTest
class SearchRecoveryTest {

    @Inject
    SearchIndex index;

    @Inject
    Deployment deployment;

    @Inject
    EntityManager em;

    private static String word(String prefix) {
        return prefix + UUID.randomUUID().toString().replaceAll("[^a-f]", "").substring(0, 6);
    }

    private static int found(String q) {
        return SearchResourceTest.search(q, "type", "article").getInt("totalItems");
    }

    @Test
    void shouldCatchUpAtStartWithChangesTheIndexMissed() throws Exception {
        String before = word("avant");
        String after = word("apres");
        long id = SearchResourceTest.importText("Rattrapage\n\nLe mot " + before + " est dans ce paragraphe.\n", "published").getLong("id");
        assertEquals(1, found(before));

        QuarkusTransaction.requiringNew().run(() -> {
            em.createNativeQuery("update block set text = ?1 where article_id = ?2 and type = 'paragraph'")
                    .setParameter(1, "Le mot " + after + " l’a remplacé.").setParameter(2, id).executeUpdate();
            if (deployment.isSingleInstance()) {
                em.createNativeQuery("insert into search_pending (article_id) values (?1)").setParameter(1, id).executeUpdate();
            } else {
                em.createNativeQuery("delete from search_document where article_id = ?1").setParameter(1, id).executeUpdate();
            }
        });
        assertEquals(0, found(after), "the index has not seen the change yet");

        index.start(null); // PostgreSQL's backfill runs in the background
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertEquals(1, found(after)));
        assertEquals(0, found(before));
    }
}
