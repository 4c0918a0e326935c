package dev.dibs.engine.postgres;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * The admin connection a {@link RunningPostgresServer} keeps for creating and dropping databases:
 * signing in took about 20 ms on the machines dibs is tested on, and a plan check creates and
 * drops two or three databases. One statement at a time (threads may share the server). A session
 * the server ended meanwhile (a restart, {@code idle_session_timeout}) is noticed before use and
 * opened again.
 */
final class AdminSession implements AutoCloseable {

    /** Work on the session's connection. */
    interface Work<T> {
        T on(Connection connection) throws SQLException;
    }

    private static final int VALID_SECONDS = 5;

    private final ConnectionInfo admin;
    /** Null until first used and after closing; guarded by this. */
    private Connection connection;
    private boolean closed;

    AdminSession(ConnectionInfo admin) {
        this.admin = admin;
    }

    synchronized <T> T run(Work<T> work) throws SQLException {
        if (closed) { // the server closed meanwhile: a failure its callers report like any other
            throw new SQLException("the server is closed");
        }
        if (connection != null && !connection.isValid(VALID_SECONDS)) {
            closeConnection();
        }
        if (connection == null) {
            connection = admin.open();
        }
        return work.on(connection);
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeConnection();
    }

    private void closeConnection() {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // the session is gone either way
        }
        connection = null;
    }
}
