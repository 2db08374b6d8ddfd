package io.kiosque;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.configuration.FluentConfiguration;

/**
 * The database of an earlier Kiosque, in a schema of its own beside the test's: migrated only as far as an old version
 * with this build's migrations and settings, then upgraded as a start of this build would. Dropped on close.
 */
public final class OlderSchema implements AutoCloseable {

    private final DataSource dataSource;
    private final String name = "older_" + UUID.randomUUID().toString().replace("-", "");
    private final FluentConfiguration flyway;

    public OlderSchema(Flyway configured, DataSource dataSource, String version) {
        this.dataSource = dataSource;
        this.flyway = Flyway.configure()
                .configuration(configured.getConfiguration())
                .schemas(name)
                .defaultSchema(name);
        flyway.target(MigrationVersion.fromVersion(version)).load().migrate();
    }

    /** A table of this schema, for SQL. */
    public String table(String table) {
        return "\"" + name + "\"." + table;
    }

    public void execute(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of the first row. */
    public String queryString(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        }
    }

    /** Whether the schema has this table (case aside: H2 keeps unquoted names in capitals). */
    public boolean hasTable(String table) throws SQLException {
        return !"0"
                .equals(queryString("select count(*) from information_schema.tables where table_schema = '" + name
                        + "' and lower(table_name) = '" + table + "'"));
    }

    public void upgrade() {
        flyway.target(MigrationVersion.LATEST).load().migrate();
    }

    @Override
    public void close() throws SQLException {
        execute("drop schema \"" + name + "\" cascade");
    }
}
