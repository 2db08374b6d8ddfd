package io.kiosque.webhook;

import static io.kiosque.web.Api.admin;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import io.kiosque.OnPostgreSql;
import io.kiosque.change.ChangeFeedTest;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.net.InetSocketAddress;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Several instances on one PostgreSQL: the test's own JDBC connection plays another instance, which holds an
 * endpoint's lease (this instance then sends nothing to it) or commits a change (this instance hears it on the
 * change channel, numbers it and delivers it).
 */
@QuarkusTest
@OnPostgreSql
@TestProfile(WebhookDeliveryTest.LocalReceiver.class)
class WebhookInstancesTest {

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldLeaveAnEndpointToTheInstanceHoldingItsLeaseAndDeliverAnotherInstancesChange() throws Exception {
        List<String> received = new CopyOnWriteArrayList<>();
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", WebhookDeliveryTest.PORT), 0);
        receiver.createContext(
                "/instances",
                exchange -> { // other tests' endpoints of this profile use other paths
                    received.add(new String(exchange.getRequestBody().readAllBytes()));
                    exchange.sendResponseHeaders(204, -1);
                    exchange.close();
                });
        receiver.start();
        try (Connection other = DriverManager.getConnection(url, user, password)) {
            long hook = admin().contentType(ContentType.JSON)
                    .body("{\"url\": \"http://127.0.0.1:" + WebhookDeliveryTest.PORT
                            + "/instances\", \"events\": [\"article.published\"]}")
                    .post("/api/webhooks")
                    .then()
                    .statusCode(201)
                    .extract()
                    .jsonPath()
                    .getLong("id");
            execute(
                    other,
                    "update webhook_endpoint set lease_owner = 'other-instance', lease_until = now() + interval '1 hour' where id = ?",
                    hook);
            ChangeFeedTest.create("published");
            Thread.sleep(3000); // three pump passes
            assertTrue(received.isEmpty(), "the other instance holds the endpoint: this one sends nothing");

            execute(other, "update webhook_endpoint set lease_owner = null, lease_until = null where id = ?", hook);
            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 1);

            long article = ChangeFeedTest.create("draft");
            other.setAutoCommit(false);
            execute(
                    other,
                    "insert into change_event (type, article_id, slug, version, occurred_at, payload) "
                            + "select 'article.published', id, slug, version, now(), '{}' from article where id = ?",
                    article);
            execute(other, "select pg_notify('kiosque_article_changes', ?::text)", article);
            other.commit();
            await().atMost(Duration.ofSeconds(20)).until(() -> received.size() == 2);
            assertTrue(received.get(1).contains("\"articleId\":" + article), received.get(1));
            assertEquals(2, received.stream().distinct().count());
        } finally {
            receiver.stop(0);
        }
    }

    private static void execute(Connection connection, String sql, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, id);
            statement.execute();
        }
    }
}
