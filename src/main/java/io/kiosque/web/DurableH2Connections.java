package io.kiosque.web;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Durability of the embedded deployment does not hang on the JDBC URL: H2 writes commits from a background thread
 * (up to 500 ms later by default), so a URL without {@code WRITE_DELAY=0} lost acknowledged comments on kill -9. Every
 * new pooled connection reads it and, when it is not 0, sets it (a database-wide setting, kept in the file) and reads
 * it back; if it cannot (a database user without admin rights), the connection fails, and with it the start, saying why.
 */
@ApplicationScoped
@IfBuildProperty(name = "quarkus.datasource.db-kind", stringValue = "h2")
class DurableH2Connections implements AgroalPoolInterceptor {

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            if (!writeDelayIsZero(statement)) {
                // only then: the setting is written to the database (taking its meta lock), and kept for later
                // connections
                statement.execute("SET WRITE_DELAY 0");
                if (!writeDelayIsZero(statement)) {
                    throw new IllegalStateException("H2 did not take the setting");
                }
            }
        } catch (SQLException | IllegalStateException e) {
            throw new IllegalStateException(
                    "Kiosque needs H2's WRITE_DELAY at 0, so that no acknowledged write is lost if the process "
                            + "is killed, and could not set it on a new connection (the database user must be an admin of the H2 database): "
                            + e.getMessage(),
                    e);
        }
    }

    private static boolean writeDelayIsZero(Statement statement) throws SQLException {
        try (ResultSet delay = statement.executeQuery(
                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            return delay.next() && "0".equals(delay.getString(1));
        }
    }
}
