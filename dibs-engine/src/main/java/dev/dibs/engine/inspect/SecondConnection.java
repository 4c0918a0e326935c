package dev.dibs.engine.inspect;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.DatabaseUnavailableException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The second connection of a two-connection inspection: it imports the first connection's
 * exported snapshot, then reads on a thread of its own. Whatever happens, it ends closed: after
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

    private final Connection connection;
    private final Future<Void> reading;

    private SecondConnection(Connection connection, Future<Void> reading) {
        this.connection = connection;
        this.reading = reading;
    }

    /**
     * Opens a connection to {@code info}, imports {@code snapshot} and starts {@code reader} on it;
     * null when no second connection can be had (a connection limit, a refused import), in which
     * case nothing is left open and the caller reads on its own connection.
     */
    static SecondConnection start(ConnectionInfo info, String snapshot, AfterImport afterImport, Reader reader) {
        Connection connection;
        try {
            connection = info.connect();
        } catch (DatabaseUnavailableException e) {
            return null;
        }
        try {
            try (Statement s = connection.createStatement()) {
                connection.setAutoCommit(false);
                s.execute(CatalogSql.load("session"));
                s.execute(CatalogSql.load("snapshot-import").replace(":snapshot", "'" + snapshot.replace("'", "''") + "'"));
            }
        } catch (SQLException e) {
            closeQuietly(connection, null);
            return null;
        } catch (RuntimeException | Error e) {
            closeQuietly(connection, e);
            throw e;
        }
        try {
            afterImport.run(connection);
            return new SecondConnection(connection, THREADS.submit(() -> {
                try (connection) {
                    reader.read(connection);
                    connection.rollback(); // read only: nothing to keep
                }
                return null;
            }));
        } catch (SQLException e) { // only the test seam throws it
            closeQuietly(connection, e);
            throw new IllegalStateException("the after-import step failed", e);
        } catch (RuntimeException | Error e) { // a full thread pool, no thread to be had: nothing may stay open
            closeQuietly(connection, e);
            throw e;
        }
    }

    /** Waits for the reader; its failure is thrown here, as it was thrown there. */
    void await() throws SQLException {
        try {
            reading.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            abort();
            throw new SQLException("interrupted while reading columns and constraints on the second connection", e);
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
        if (reading.isDone()) {
            keepReadersFailure(failure);
            closeQuietly(connection, failure);
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
