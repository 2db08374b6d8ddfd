package io.kiosque.article;

import static io.kiosque.web.Api.admin;
import static io.kiosque.web.Api.anonymous;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.kiosque.OnPostgreSql;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * The PostgreSQL deployment serves published articles from memory and stays correct with other instances writing:
 * the test's own JDBC connection plays the other instance, writing an article the way Kiosque does (in a transaction
 * that sends the article's id on the change channel), and listens to what this instance sends.
 */
@QuarkusTest
@OnPostgreSql
class CrossInstanceCacheTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private Connection otherInstance() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    private static long newArticle(String title) {
        String body = "{\"title\": \"" + title + "\", \"status\": \"published\", "
                + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
        return admin().contentType(ContentType.JSON)
                .body(body)
                .post("/api/articles")
                .then()
                .statusCode(201)
                .extract()
                .jsonPath()
                .getLong("id");
    }

    private static String title(long article) {
        return anonymous()
                .get("/api/articles/" + article)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath()
                .getString("title");
    }

    /** What another instance's edit does to the row: a new title and version, its change event, announced in its transaction. */
    private void retitleElsewhere(long article, String title) throws SQLException {
        try (Connection connection = otherInstance()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                            "update article set title = ?, version = version + 1 where id = ?");
                    PreparedStatement changeEvent = connection.prepareStatement(
                            "insert into change_event (type, article_id, slug, version, "
                                    + "occurred_at, payload) select 'article.updated', id, slug, version, now(), '{}' from article where id = ?");
                    PreparedStatement notify = connection.prepareStatement("select pg_notify(?, ?)")) {
                update.setString(1, title);
                update.setLong(2, article);
                update.executeUpdate();
                changeEvent.setLong(1, article);
                changeEvent.executeUpdate();
                notify.setString(1, SharedDatabaseCoherence.CHANNEL);
                notify.setString(2, Long.toString(article));
                notify.execute();
                assertEquals("Avant", title(article), "nothing is announced before the commit");
                connection.commit();
            }
        }
    }

    @Test
    void shouldServeAnotherInstancesEditAsSoonAsItsNotificationArrivesAndNeverTheOldOneAfter() throws SQLException {
        long article = newArticle("Avant");
        assertEquals("Avant", title(article));
        assertEquals("Avant", title(article)); // from memory now
        retitleElsewhere(article, "Après");
        Awaitility.await()
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> "Après".equals(title(article)));
        for (int i = 0; i < 50; i++) {
            assertEquals("Après", title(article), "read " + i + " after the change arrived");
        }
    }

    @Test
    void shouldAnnounceItsOwnChangesToTheOtherInstancesOnCommit() throws SQLException {
        long article = newArticle("Annoncé " + UUID.randomUUID());
        try (Connection connection = otherInstance();
                Statement statement = connection.createStatement()) {
            statement.execute("LISTEN " + SharedDatabaseCoherence.CHANNEL);
            String etag = anonymous().get("/api/articles/" + article).header("ETag");
            String body = "{\"title\": \"Corrigé\", \"status\": \"published\", "
                    + "\"blocks\": [{\"type\": \"paragraph\", \"text\": \"Texte.\"}]}";
            admin().contentType(ContentType.JSON)
                    .header("If-Match", etag)
                    .body(body)
                    .put("/api/articles/" + article)
                    .then()
                    .statusCode(200);
            PGNotification[] heard = connection.unwrap(PGConnection.class).getNotifications(2000);
            assertNotNull(heard, "no notification within 2 s");
            assertTrue(java.util.Arrays.stream(heard)
                    .anyMatch(n -> n.getParameter().equals(Long.toString(article))));
        }
    }

    @Test
    void shouldServeChangesMissedWhileTheListeningConnectionWasDown() throws SQLException {
        long article = newArticle("Avant");
        assertEquals("Avant", title(article));
        assertEquals("Avant", title(article)); // from memory now
        try (Connection connection = otherInstance();
                Statement statement = connection.createStatement()) {
            statement.execute("select pg_terminate_backend(pid) from pg_stat_activity where application_name = '"
                    + SharedDatabaseCoherence.APPLICATION_NAME + "' and datname = current_database()");
        }
        retitleElsewhere(article, "Après"); // its notification may reach nobody: the listener is reconnecting
        // once the listener has seen its connection go, the cache is emptied and off until it listens again
        Awaitility.await()
                .atMost(Duration.ofSeconds(2))
                .pollInterval(Duration.ofMillis(5))
                .until(() -> "Après".equals(title(article)));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(this::listening);
        for (int i = 0; i < 20; i++) {
            assertEquals(
                    "Après",
                    title(article),
                    "after the listener is back, the cache it emptied cannot hold the old title");
        }
    }

    private boolean listening() throws SQLException {
        try (Connection connection = otherInstance();
                Statement statement = connection.createStatement();
                var found = statement.executeQuery("select count(*) from pg_stat_activity where application_name = '"
                        + SharedDatabaseCoherence.APPLICATION_NAME + "' and datname = current_database()")) {
            found.next();
            return found.getInt(1) > 0;
        }
    }
}
