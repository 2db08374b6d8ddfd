package io.kiosque.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.agroal.api.AgroalDataSource;
import io.kiosque.OnH2;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * A user's own H2 file URL, without WRITE_DELAY=0 (H2's default for a file is 500 ms): Kiosque sets it on every
 * connection itself, so that an acknowledged commit survives kill -9 whatever the URL (the crash check measures that).
 */
@QuarkusTest
@OnH2
@TestProfile(DurableH2ConnectionsTest.UsersOwnUrl.class)
class DurableH2ConnectionsTest {

    public static class UsersOwnUrl implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url",
                    "jdbc:h2:file:./target/durable-h2/" + UUID.randomUUID() + ";DB_CLOSE_ON_EXIT=FALSE");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldWriteEveryCommitAtOnceWhateverTheUrlSays() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                ResultSet delay = connection
                        .createStatement()
                        .executeQuery(
                                "select setting_value from information_schema.settings where setting_name = 'WRITE_DELAY'")) {
            delay.next();
            assertEquals("0", delay.getString(1), "H2's WRITE_DELAY on a pooled connection");
        }
    }
}
