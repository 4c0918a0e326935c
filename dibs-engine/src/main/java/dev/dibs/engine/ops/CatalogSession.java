package dev.dibs.engine.ops;

import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * One connection for the catalog checks of one plan ({@link PlanBlockers}), opened when the first
 * check needs it: each check asks one question, and a sign-in per question cost more than most of
 * the questions (a new backend also fills its catalog caches again). Auto-commit, so a check whose
 * query fails leaves the connection usable for the next. A database that cannot be reached fails
 * the first check that asks ({@link ConnectionInfo#connect}'s message), as separate connections did.
 */
final class CatalogSession implements AutoCloseable {
    private final ConnectionInfo database;
    private Connection connection;

    CatalogSession(ConnectionInfo database) {
        this.database = database;
    }

    /** A statement on the session's connection, opened now if no check opened it before. */
    PreparedStatement prepare(String sql) throws SQLException {
        if (connection == null || connection.isClosed()) { // a connection lost by one check is opened again for the next
            connection = database.connect();
        }
        return connection.prepareStatement(sql);
    }

    /** The database, as messages name it. */
    String describe() {
        return database.describe();
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the checks are done and said what they found: a failed close changes none of it
            }
        }
    }
}
