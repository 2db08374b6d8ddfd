package io.kiosque.article;

import io.quarkus.arc.properties.IfBuildProperty;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Several instances share PostgreSQL: each writing transaction sends {@code NOTIFY kiosque_article_changes, '<article
 * id>'}, which PostgreSQL delivers to every listening instance only when (and if) the transaction commits, and each
 * instance listens on a connection of its own, outside the pool, and drops the article's cached entries when told.
 * The same notifications wake the delivery of changes ({@link ChangesHeard}): no second listening connection.
 * <p>
 * When the listening connection drops, this instance can no longer tell what changed: the cache is emptied and
 * stays off (every read asks the database, as without the cache) until the connection is back and listening; then it
 * is emptied once more, since changes committed in between were not heard, and turns on again. A connection that
 * goes silent without closing is found by a query every second when nothing arrives, under a 5 s socket timeout.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "postgresql")
class SharedDatabaseCoherence implements CacheCoherence {

    static final String CHANNEL = "kiosque_article_changes";
    /** Shows in pg_stat_activity, so that an operator (or a test) can tell the listener from the pool. */
    static final String APPLICATION_NAME = "kiosque-change-listener";

    private static final int HEARTBEAT_MILLIS = 1000;
    private static final long MAX_RETRY_MILLIS = 5000;
    private static final Logger LOG = Logger.getLogger(SharedDatabaseCoherence.class);

    private final EntityManager em;
    private final PublishedArticleCache cache;
    private final Event<ChangesHeard> heard;
    private final String url;
    private final Optional<String> username;
    private final Optional<String> password;

    private volatile boolean listening;
    private volatile boolean running = true;
    private Thread listener;

    SharedDatabaseCoherence(
            EntityManager em,
            PublishedArticleCache cache,
            Event<ChangesHeard> heard,
            @ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") Optional<String> username,
            @ConfigProperty(name = "quarkus.datasource.password") Optional<String> password) {
        this.em = em;
        this.cache = cache;
        this.heard = heard;
        this.url = url;
        this.username = username;
        this.password = password;
    }

    @Override
    public boolean seesEveryChange() {
        return listening;
    }

    @Override
    public void announce(long articleId) {
        em.createNativeQuery("select pg_notify(?1, ?2)")
                .setParameter(1, CHANNEL)
                .setParameter(2, Long.toString(articleId))
                .getSingleResult();
    }

    void start(@Observes StartupEvent started) {
        listener = new Thread(this::listen, APPLICATION_NAME);
        listener.setDaemon(true);
        listener.start();
    }

    void stop(@Observes ShutdownEvent stopping) {
        running = false;
        listener.interrupt();
    }

    private void listen() {
        long retryMillis = 100;
        while (running) {
            try (Connection connection = DriverManager.getConnection(url, connectionProperties());
                    Statement statement = connection.createStatement()) {
                statement.execute("LISTEN " + CHANNEL);
                cache.invalidateAll(); // what committed before LISTEN took effect was not heard
                listening = true;
                LOG.info("listening to other instances' changes: published articles are served from memory");
                retryMillis = 100;
                heard.fire(new ChangesHeard());
                PGConnection notifications = connection.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] changes = notifications.getNotifications(HEARTBEAT_MILLIS);
                    if (changes == null || changes.length == 0) {
                        statement.execute("select 1"); // a dead connection fails here
                    } else {
                        for (PGNotification change : changes) {
                            cache.invalidate(Long.parseLong(change.getParameter()));
                        }
                        heard.fire(new ChangesHeard());
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running && listening) { // once per outage, not at every attempt to reconnect
                    LOG.warnf(
                            "the connection listening to other instances' changes failed (%s): published articles are read "
                                    + "from the database until it is back",
                            e.getMessage());
                }
            } finally {
                listening = false;
                cache.invalidateAll();
            }
            pause(retryMillis);
            retryMillis = Math.min(retryMillis * 2, MAX_RETRY_MILLIS);
        }
    }

    private Properties connectionProperties() {
        Properties properties = new Properties();
        username.ifPresent(user -> properties.setProperty("user", user));
        password.ifPresent(secret -> properties.setProperty("password", secret));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("socketTimeout", "5");
        properties.setProperty("connectTimeout", "5");
        properties.setProperty("tcpKeepAlive", "true");
        return properties;
    }

    private void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
