package dev.dibs.engine.ops;

import dev.dibs.engine.DibsException;
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
 *
 * <p>{@link #opening} signs in on a thread of its own while the caller plans, so that the checks
 * after the plan do not wait for a sign-in and a new server process (about 25 ms each on a small
 * machine, and the first query of a process pays for filling its caches). A connection no check
 * asked for is closed unused; one that sat idle while the plan was made is checked before the
 * first check uses it, and opened again if the server or a pooler ended it meanwhile.
 */
final class CatalogSession implements AutoCloseable {
    private final ConnectionInfo database;
    private Background<Connection> opened;
    private boolean ahead;
    private Connection connection;

    CatalogSession(ConnectionInfo database) {
        this.database = database;
    }

    /** A session whose connection is being opened now, in the background. */
    static CatalogSession opening(ConnectionInfo database) {
        CatalogSession session = new CatalogSession(database);
        session.ahead = true;
        session.opened = Background.start("dibs-catalog-checks", database::connect, CatalogSession::closeQuietly);
        return session;
    }

    /** A statement on the session's connection, opened now if no check opened it before. */
    PreparedStatement prepare(String sql) throws SQLException {
        if (connection == null && opened != null) {
            connection = signedIn();
            if (!connection.isValid(5)) { // idle while the plan was made: a timeout or a pooler may have ended it
                closeQuietly(connection);
                connection = null;
            }
        }
        if (connection == null || connection.isClosed()) { // a connection lost by one check is opened again for the next
            connection = database.connect();
        }
        return connection.prepareStatement(sql);
    }

    /** The connection opened ahead; a failed sign-in fails here, with the message {@link ConnectionInfo#connect} gives. */
    private Connection signedIn() {
        Background<Connection> pending = opened;
        opened = null;
        try {
            return pending.get();
        } catch (IllegalStateException e) {
            if (Thread.currentThread().isInterrupted()) { // the connection is closed once it is there
                throw new DibsException("Interrupted while signing in to " + database.describe()
                        + " for the plan's checks; nothing was asked or changed there.", e);
            }
            throw e;
        }
    }

    /** Whether the session began signing in when it was made ({@link #opening}). */
    boolean signsInAhead() {
        return ahead;
    }

    /** The database, as messages name it. */
    String describe() {
        return database.describe();
    }

    @Override
    public void close() {
        if (opened != null) {
            opened.close(); // no check asked: the connection is closed once it is there
        }
        closeQuietly(connection);
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // the checks are done and said what they found: a failed close changes none of it
            }
        }
    }
}
