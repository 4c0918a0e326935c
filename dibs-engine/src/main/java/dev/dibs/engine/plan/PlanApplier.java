package dev.dibs.engine.plan;

import dev.dibs.engine.postgres.LockTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Applies a plan in one transaction, reporting each statement. Enum labels are added and
 * committed first (a label added in a transaction cannot be used in it); everything else runs in
 * a single transaction that is rolled back whole on a failure — but for the validations of
 * constraints added {@code NOT VALID}, which run after it commits, each on its own, so that the
 * rows are read under their lighter lock ({@link TransactionMode#AFTER_TRANSACTION}). A statement
 * that cannot run in a transaction at all ({@code CREATE INDEX CONCURRENTLY}) is refused before
 * anything runs.
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
        boolean labels = statements.stream().anyMatch(s -> s.mode() == TransactionMode.BEFORE_TRANSACTION);
        boolean validations = statements.stream().anyMatch(s -> s.mode() == TransactionMode.AFTER_TRANSACTION);
        try (java.sql.Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(true);
            // the statements outside the transaction wait for a lock too (another ALTER TYPE of the same type
            // holds one until it commits): bounded as the transaction's statements are, the session's own bound after
            String sessionTimeout = lockTimeout != null && (labels || validations) ? LockTimeout.current(connection) : null;
            try {
                if (sessionTimeout != null) {
                    LockTimeout.set(connection, lockTimeout, false);
                }
                for (int i = 0; i < total; i++) {
                    if (statements.get(i).mode() == TransactionMode.BEFORE_TRANSACTION) {
                        run(jdbc, i + 1, total, statements.get(i), listener,
                                e -> "Nothing else ran; the labels added before it stay (they are harmless unused).");
                    }
                }
                inTransaction(connection, jdbc, statements, lockTimeout, labels, listener);
                connection.setAutoCommit(true);
                for (int i = 0; i < total; i++) {
                    if (statements.get(i).mode() == TransactionMode.AFTER_TRANSACTION) {
                        int at = i;
                        run(jdbc, i + 1, total, statements.get(i), listener, e -> validationFailed(statements, at, e));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (sessionTimeout != null) {
                    try {
                        connection.setAutoCommit(true); // a failed transaction was rolled back already
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
        } finally {
            connection.setAutoCommit(autoCommit);
        }
    }

    /** The plan's transaction: every statement that runs in it, committed together or rolled back whole. */
    private static void inTransaction(Connection connection, java.sql.Statement jdbc, List<Statement> statements, String lockTimeout,
                                      boolean labels, PlanListener listener) throws SQLException {
        int total = statements.size();
        connection.setAutoCommit(false);
        try {
            if (lockTimeout != null) {
                LockTimeout.set(connection, lockTimeout, true);
            }
            for (int i = 0; i < total; i++) {
                Statement s = statements.get(i);
                if (s.mode() == TransactionMode.IN_TRANSACTION) {
                    run(jdbc, i + 1, total, s, listener, e -> "The transaction was rolled back: none of the plan's other statements took"
                            + " effect" + (labels ? " (the enum labels added before it stay)." : "."));
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /**
     * What a failed validation leaves (the transaction committed, the constraint NOT VALID, the next
     * plan to validate it) and what to do, by what PostgreSQL said.
     */
    private static String validationFailed(List<Statement> statements, int failed, SQLException e) {
        long rest = statements.subList(failed + 1, statements.size()).stream().filter(s -> s.mode() == TransactionMode.AFTER_TRANSACTION)
                .count();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String todo = switch (state) {
            case "23514", "23503" -> "Rows already there break it (new ones cannot): find them and fix or remove them"
                    + " (for a check, the rows where its expression is false; for a foreign key, those whose row it references"
                    + " is missing), then apply again";
            case "55P03" -> "It waited longer than lock_timeout for its lock (SHARE UPDATE EXCLUSIVE, which a VACUUM, an"
                    + " ANALYZE or another schema change on the table holds against it): apply again once that is done";
            default -> "Apply again once what PostgreSQL says is dealt with";
        };
        return "The plan's transaction had committed: every statement before this one took effect, and this constraint stays"
                + " NOT VALID (PostgreSQL checks the rows written from now on, not those already there)"
                + (rest == 0 ? "" : "; the " + rest + " validation(s) after it did not run") + ". " + todo
                + ": the next plan validates what is left.";
    }

    /** @param afterwards what a failure leaves and what to do, by what PostgreSQL said */
    private static void run(java.sql.Statement jdbc, int number, int total, Statement s, PlanListener listener,
                            java.util.function.Function<SQLException, String> afterwards) {
        listener.starting(number, total, s);
        long start = System.nanoTime();
        try {
            jdbc.execute(s.sql());
        } catch (SQLException e) {
            throw new ApplyException(number, total, s, e, afterwards.apply(e));
        }
        listener.finished(number, total, s, Duration.ofNanos(System.nanoTime() - start));
    }
}
