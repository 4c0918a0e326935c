package dev.dibs.engine.plan;

import dev.dibs.engine.postgres.LockTimeout;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;

/**
 * Applies a plan in one transaction, reporting each statement. Enum labels are added and
 * committed first (a label added in a transaction cannot be used in it), then the indexes built
 * concurrently under a temporary name that the transaction gives its own
 * ({@link TransactionMode#BUILT_BEFORE_TRANSACTION}); everything else runs in
 * a single transaction that is rolled back whole on a failure — but for the validations of
 * constraints added {@code NOT VALID}, which run after it commits, each on its own, so that the
 * rows are read under their lighter lock ({@link TransactionMode#AFTER_TRANSACTION}) — after the
 * concurrent index builds, which run there too, each on its own as they must
 * ({@link TransactionMode#OUTSIDE_TRANSACTION}) — and but for
 * what waits for them ({@code SET NOT NULL} proved by a validated check: {@link TransactionMode#AFTER_VALIDATIONS}),
 * which runs in one last transaction once they have committed.
 */
public final class PlanApplier {

    private PlanApplier() {
    }

    /**
     * @param lockTimeout Postgres {@code lock_timeout} for each statement (e.g. {@code 10s}); null leaves the server's
     */
    public static void apply(Connection connection, Plan plan, String lockTimeout, PlanListener listener) throws SQLException {
        List<Statement> statements = plan.statements();
        int total = statements.size();
        boolean autoCommit = connection.getAutoCommit();
        boolean labels = statements.stream().anyMatch(s -> s.mode() == TransactionMode.BEFORE_TRANSACTION
                || s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION);
        boolean afterwards = statements.stream().anyMatch(s -> s.mode() == TransactionMode.OUTSIDE_TRANSACTION
                || s.mode() == TransactionMode.AFTER_TRANSACTION || s.mode() == TransactionMode.AFTER_VALIDATIONS);
        try (java.sql.Statement jdbc = connection.createStatement()) {
            connection.setAutoCommit(true);
            // the statements outside the transaction wait for a lock too (another ALTER TYPE of the same type
            // holds one until it commits): bounded as the transaction's statements are, the session's own bound after
            String sessionTimeout = lockTimeout != null && (labels || afterwards) ? LockTimeout.current(connection) : null;
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
                for (int i = 0; i < total; i++) {
                    if (statements.get(i).mode() == TransactionMode.BUILT_BEFORE_TRANSACTION) {
                        int at = i;
                        run(jdbc, i + 1, total, statements.get(i), listener, e -> IndexBuildFailure.before(statements, at, e));
                    }
                }
                inTransaction(connection, jdbc, statements, TransactionMode.IN_TRANSACTION, lockTimeout, listener,
                        e -> "The transaction was rolled back: none of the plan's other statements took effect"
                                + (labels ? " (" + IndexBuildFailure.committedBefore(statements) + " stay)." : "."));
                connection.setAutoCommit(true);
                for (int i = 0; i < total; i++) {
                    if (statements.get(i).mode() == TransactionMode.OUTSIDE_TRANSACTION) {
                        int at = i;
                        run(jdbc, i + 1, total, statements.get(i), listener, e -> IndexBuildFailure.explain(statements, at, e));
                    }
                }
                for (int i = 0; i < total; i++) {
                    if (statements.get(i).mode() == TransactionMode.AFTER_TRANSACTION) {
                        int at = i;
                        run(jdbc, i + 1, total, statements.get(i), listener, e -> validationFailed(statements, at, e));
                    }
                }
                if (statements.stream().anyMatch(s -> s.mode() == TransactionMode.AFTER_VALIDATIONS)) {
                    inTransaction(connection, jdbc, statements, TransactionMode.AFTER_VALIDATIONS, lockTimeout, listener,
                            PlanApplier::lastTransactionFailed);
                    connection.setAutoCommit(true);
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

    /**
     * One transaction: every statement of {@code mode} (the plan's own, or the last one after the
     * validations), committed together or rolled back whole.
     */
    private static void inTransaction(Connection connection, java.sql.Statement jdbc, List<Statement> statements, TransactionMode mode,
                                      String lockTimeout, PlanListener listener,
                                      java.util.function.Function<SQLException, String> afterwards) throws SQLException {
        int total = statements.size();
        connection.setAutoCommit(false);
        try {
            if (lockTimeout != null) {
                LockTimeout.set(connection, lockTimeout, true);
            }
            for (int i = 0; i < total; i++) {
                Statement s = statements.get(i);
                if (s.mode() == mode) {
                    run(jdbc, i + 1, total, s, listener, afterwards);
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
        boolean last = statements.stream().anyMatch(s -> s.mode() == TransactionMode.AFTER_VALIDATIONS);
        // the check standing for a column's NOT NULL while the rows are read (AlterColumnRenderer)
        String column = statements.get(failed).change() instanceof dev.dibs.engine.diff.SchemaChange.AlterColumn a
                ? a.table() + "." + a.to().name() : null;
        // else the column's own NOT VALID NOT NULL constraint (PostgreSQL 18), which the next plan validates again
        boolean check = column != null && statements.get(failed).sql().matches("(?s).*_dibs_not_null[0-9]*\"?");
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String todo = switch (state) {
            case "23514", "23503", "23502" -> column != null
                    ? "Rows already there hold NULL in " + column + " (new ones cannot): fill or remove them, then apply again"
                    : "Rows already there break it (new ones cannot): find them and fix or remove them"
                    + " (for a check, the rows where its expression is false; for a foreign key, those whose row it references"
                    + " is missing), then apply again";
            case "55P03" -> "It waited longer than lock_timeout for its lock (SHARE UPDATE EXCLUSIVE, which a VACUUM, an"
                    + " ANALYZE or another schema change on the table holds against it): apply again once that is done";
            default -> "Apply again once what PostgreSQL says is dealt with";
        };
        return "The plan's transaction had committed: every statement before this one took effect, and this constraint stays"
                + " NOT VALID (PostgreSQL checks the rows written from now on, not those already there)"
                + (column == null ? "" : "; " + column + " stays nullable")
                + (rest == 0 ? "" : "; the " + rest + " validation(s) after it did not run")
                + (last ? "; the columns' SET NOT NULL, which waits for the validations, did not run" : "") + ". " + todo
                + ": the next plan " + (column != null ? (check ? "drops this check and sets NOT NULL again." : "validates it again.")
                : last ? "validates what is left, and sets NOT NULL on those columns again (reading their rows once more)."
                : "validates what is left.");
    }

    /** What a failure of the last transaction leaves: everything before it committed, the columns still nullable. */
    private static String lastTransactionFailed(SQLException e) {
        return "The plan's transaction and its validations had committed; this last transaction (SET NOT NULL on columns whose"
                + " validated check proves no row holds NULL, then the drop of those checks) was rolled back: the columns stay"
                + " nullable and their checks stay, valid, refusing NULL. "
                + ("55P03".equals(e.getSQLState()) ? "It waited longer than lock_timeout for its ACCESS EXCLUSIVE lock, which any"
                + " open transaction using the table holds against it: apply again when the table is quieter" : "Apply again once what"
                + " PostgreSQL says is dealt with") + ": the next plan sets NOT NULL again, reading the rows once more.";
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
