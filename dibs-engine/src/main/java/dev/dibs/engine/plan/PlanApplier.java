package dev.dibs.engine.plan;

import dev.dibs.engine.postgres.LockTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Applies a plan in one transaction, reporting each statement. Enum labels are added and
 * committed first (a label added in a transaction cannot be used in it); everything else runs in
 * a single transaction that is rolled back whole on a failure. A statement that cannot run in a
 * transaction at all ({@code CREATE INDEX CONCURRENTLY}) is refused before anything runs.
 */
public final class PlanApplier {

    private PlanApplier() {
    }

    /**
     * @param lockTimeout Postgres {@code lock_timeout} for each statement (e.g. {@code 10s}); null leaves the server's
     */
    public static void apply(Connection connection, Plan plan, String lockTimeout, PlanListener listener) throws SQLException {
        List<Statement> refused = plan.statements().stream().filter(s -> s.mode() == TransactionMode.OUTSIDE_TRANSACTION).toList();
        if (!refused.isEmpty()) {
            throw new IllegalArgumentException("The plan cannot be applied in one transaction: " + refused.size()
                    + " statement(s) cannot run inside one, e.g. " + refused.get(0).sql()
                    + ". Plan without concurrent index builds to apply it here, or run those statements from a migration "
                    + "declared @Migration(transactional = false).");
        }
        List<Statement> statements = plan.statements();
        int total = statements.size();
        boolean autoCommit = connection.getAutoCommit();
        try (java.sql.Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(true);
            int i = 0;
            // the labels added before the transaction wait for a lock too (another ALTER TYPE of the same type
            // holds one until it commits): bounded as the transaction's statements are, the session's own bound after
            String sessionTimeout = lockTimeout != null && total > 0 && statements.get(0).mode() == TransactionMode.BEFORE_TRANSACTION
                    ? LockTimeout.current(connection) : null;
            if (sessionTimeout != null) {
                LockTimeout.set(connection, lockTimeout, false);
            }
            try {
                for (; i < total && statements.get(i).mode() == TransactionMode.BEFORE_TRANSACTION; i++) {
                    run(jdbc, i + 1, total, statements.get(i), listener,
                            "Nothing else ran; the labels added before it stay (they are harmless unused).");
                }
            } catch (RuntimeException e) {
                if (sessionTimeout != null) {
                    try {
                        LockTimeout.set(connection, sessionTimeout, false);
                    } catch (SQLException | RuntimeException restoring) {
                        e.addSuppressed(restoring); // the statement's failure is what the user needs
                    }
                }
                throw e;
            }
            if (sessionTimeout != null) {
                LockTimeout.set(connection, sessionTimeout, false);
            }
            connection.setAutoCommit(false);
            if (lockTimeout != null) {
                LockTimeout.set(connection, lockTimeout, true);
            }
            try {
                for (; i < total; i++) {
                    run(jdbc, i + 1, total, statements.get(i), listener,
                            "The transaction was rolled back: none of the plan's other statements took effect"
                                    + (i > 0 && statements.get(0).mode() == TransactionMode.BEFORE_TRANSACTION
                                    ? " (the enum labels added before it stay)." : "."));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    private static void run(java.sql.Statement jdbc, int number, int total, Statement s, PlanListener listener, String afterwards) {
        listener.starting(number, total, s);
        long start = System.nanoTime();
        try {
            jdbc.execute(s.sql());
        } catch (SQLException e) {
            throw new ApplyException(number, total, s, e, afterwards);
        }
        listener.finished(number, total, s, Duration.ofNanos(System.nanoTime() - start));
    }
}
