package dev.dibs.engine.realworld;

import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.TransactionMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;

/**
 * For diagnosis only, after the real apply failed (the pair is WRONG whatever this finds): runs the
 * plan again with each statement in a savepoint of its own, going on past the ones PostgreSQL
 * refuses, so that the catalog comparison afterwards shows what else the plan would have got wrong.
 * One failing statement otherwise hides every later problem of a large plan.
 */
final class DiagnosticApply {

    private DiagnosticApply() {
    }

    /** Each statement PostgreSQL refused, with its message. */
    static List<String> runPastFailures(Connection c, Plan plan) throws SQLException {
        List<String> failed = new ArrayList<>();
        boolean autoCommit = c.getAutoCommit();
        try (Statement jdbc = c.createStatement()) {
            c.setAutoCommit(true);
            for (dev.dibs.engine.plan.Statement s : plan.statements()) {
                if (s.mode() == TransactionMode.BEFORE_TRANSACTION) {
                    try {
                        jdbc.execute(s.sql());
                    } catch (SQLException e) {
                        failed.add(PairRun.oneLine(s.sql()) + " — " + PairRun.oneLine(e.getMessage()));
                    }
                }
            }
            c.setAutoCommit(false);
            for (dev.dibs.engine.plan.Statement s : plan.statements()) {
                if (s.mode() == TransactionMode.BEFORE_TRANSACTION) {
                    continue;
                }
                Savepoint before = c.setSavepoint();
                try {
                    jdbc.execute(s.sql());
                    c.releaseSavepoint(before);
                } catch (SQLException e) {
                    c.rollback(before);
                    failed.add(PairRun.oneLine(s.sql()) + " — " + PairRun.oneLine(e.getMessage()));
                }
            }
            c.commit();
        } finally {
            c.setAutoCommit(autoCommit);
        }
        return failed;
    }
}
