package io.kiosque.web;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Reads what a database failure means from its cause chain, the same way on H2 and PostgreSQL: a unique key
 * that another request took first, a pool with no free connection in time, or a database that cannot be reached.
 */
public final class DatabaseErrors {

    /** SQLSTATE of a unique or primary key violation, on H2 and PostgreSQL alike. */
    private static final String UNIQUE_VIOLATION = "23505";

    private DatabaseErrors() {}

    /** A unique or primary key violation on this table (named as in the schema, any case). */
    public static boolean isUniqueViolation(Throwable e, String table) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && sql.getMessage() != null
                    && sql.getMessage().toLowerCase(Locale.ROOT).contains(table.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A lock wait that timed out: H2's LOCK_TIMEOUT (HYT00), PostgreSQL's lock_timeout (55P03). */
    public static boolean isLockTimeout(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && ("HYT00".equals(sql.getSQLState()) || "55P03".equals(sql.getSQLState()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The connection pool had no free connection within its acquisition timeout (Agroal's own failure, without
     * a cause from the database): the database is fine, the instance is busy.
     */
    public static boolean isPoolExhausted(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getCause() == null
                    && sql.getMessage() != null
                    && sql.getMessage().contains("acquisition timeout")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Connection failures (database down or restarting, pool unable to connect) are the server's state, not a
     * bug. SQL states of class 08 are connection exceptions, 57P the server shutting down. An exhausted pool reads
     * as unreachable too: ask {@link #isPoolExhausted} first.
     */
    public static boolean isUnreachable(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql
                    && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof org.hibernate.exception.JDBCConnectionException
                    || cause instanceof java.sql.SQLTransientConnectionException
                    || cause instanceof java.sql.SQLNonTransientConnectionException
                    || cause instanceof java.net.ConnectException
                    || (cause.getMessage() != null
                            && cause.getMessage().contains("Unable to acquire JDBC Connection"))) {
                return true;
            }
        }
        return false;
    }
}
