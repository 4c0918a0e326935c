package dev.dibs.engine.inspect;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The second connection of a two-connection inspection: on a thread of its own it signs in,
 * imports the first connection's exported snapshot and reads, while the first goes on with its own
 * share (the sign-in is off the first connection's path). Whatever happens, it ends closed: after
 * {@link #await()} on success, through {@link #abandon(Throwable)} when the first connection fails.
 */
final class SecondConnection {

    /** Reads on the second connection; runs inside its read-only transaction. */
    interface Reader {
        void read(Connection connection) throws SQLException;
    }

    /** A test seam: runs on the second connection right after it imported the snapshot. */
    interface AfterImport {
        void run(Connection connection) throws SQLException;

        AfterImport NOTHING = connection -> { };
    }

    private static final ExecutorService THREADS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "dibs-inspect");
        t.setDaemon(true);
        return t;
    });

    /** How long an abandoned reader gets to notice its connection was aborted. */
    private static final long ABANDON_WAIT_SECONDS = 5;

    /** The connection once signed in, for {@link #abort()}. */
    private final AtomicReference<Connection> open = new AtomicReference<>();
    private volatile boolean abandoned;
    /** True when the reader read; false when no second connection could be had (nothing left open then). */
    private final FutureTask<Boolean> reading;

    private SecondConnection(ConnectionInfo info, String snapshot, AfterImport afterImport, Reader reader) {
        this.reading = new FutureTask<>(() -> read(info, snapshot, afterImport, reader));
    }

    /**
     * Starts signing in to {@code info}, importing {@code snapshot} and running {@code reader}, on a
     * thread of its own; {@link #await()} tells whether it read or could not have a connection (a
     * connection limit, a refused import), in which case the caller reads on its own connection.
     */
    static SecondConnection start(ConnectionInfo info, String snapshot, AfterImport afterImport, Reader reader) {
        SecondConnection second = new SecondConnection(info, snapshot, afterImport, reader);
        THREADS.execute(second.reading); // a full pool throws here, before anything is open
        return second;
    }

    private boolean read(ConnectionInfo info, String snapshot, AfterImport afterImport, Reader reader) throws SQLException {
        Connection connection;
        try {
            connection = info.connect();
        } catch (DatabaseUnavailableException e) {
            return false;
        }
        open.set(connection);
        if (abandoned) { // abandoned while signing in: abandon() may not have seen this connection
            closeQuietly(connection, null);
            return false;
        }
        try (connection) {
            try (Statement s = connection.createStatement()) {
                connection.setAutoCommit(false);
                s.execute(CatalogSql.load("session"));
                s.execute(CatalogSql.load("snapshot-import").replace(":snapshot", "'" + snapshot.replace("'", "''") + "'"));
            } catch (SQLException e) {
                return false; // the import was refused: the first connection reads it all
            }
            try {
                afterImport.run(connection);
            } catch (SQLException e) { // only the test seam throws it
                throw new IllegalStateException("the after-import step failed", e);
            }
            reader.read(connection);
            connection.rollback(); // read only: nothing to keep
            return true;
        }
    }

    /**
     * Waits for the reader; true when it read, false when it had no connection. Its failure is
     * thrown here, as it was thrown there.
     */
    boolean await() throws SQLException {
        try {
            return reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new SQLException("interrupted while reading on the second connection", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof SQLException s) {
                throw s;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /**
     * The first connection failed with {@code failure}: stop the reader (its connection is
     * aborted, so no connection is left open once the inspection has returned; the server ends
     * the backend when it notices) and keep any error it had already hit, as a suppressed
     * exception of {@code failure}.
     */
    void abandon(Throwable failure) {
        abandoned = true;
        if (reading.isDone()) { // its connection is closed already
            keepReadersFailure(failure);
            return;
        }
        abort();
        try {
            reading.get(ABANDON_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // aborted on purpose: its "connection closed" says nothing the failure does not
        }
    }

    private void keepReadersFailure(Throwable failure) {
        try {
            reading.get();
        } catch (ExecutionException e) {
            if (e.getCause() != failure) {
                failure.addSuppressed(e.getCause());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void abort() {
        Connection connection = open.get();
        if (connection == null) {
            return; // still signing in: it closes what it gets, seeing it was abandoned
        }
        try {
            connection.abort(Runnable::run);
        } catch (SQLException e) {
            closeQuietly(connection, null);
        }
    }

    private static void closeQuietly(Connection connection, Throwable failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
        }
    }
}
