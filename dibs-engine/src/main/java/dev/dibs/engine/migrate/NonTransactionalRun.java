package dev.dibs.engine.migrate;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * What a non-transactional migration ({@code @Migration(transactional = false)}) must leave behind:
 * no open transaction, and the session's {@code lock_timeout} reset without hiding a failure.
 */
final class NonTransactionalRun {

    private NonTransactionalRun() {
    }

    /**
     * A non-transactional migration that leaves a transaction open ({@code BEGIN} without
     * {@code COMMIT}, or auto-commit switched off) would have its history row written inside it,
     * and both lost when the connection closes: refuse it, rolling back what that transaction did.
     */
    static void refuseOpenTransaction(Connection c, DiscoveredMigration m) throws SQLException {
        boolean open = !c.getAutoCommit()
                || c.unwrap(BaseConnection.class).getTransactionState() != TransactionState.IDLE;
        if (open) {
            if (c.getAutoCommit()) { // a BEGIN sent as SQL: the driver does not know of the transaction
                try (Statement s = c.createStatement()) {
                    s.execute("ROLLBACK");
                }
            } else {
                c.rollback();
                c.setAutoCommit(true);
            }
            throw new SQLException("migration " + m.id() + " returned with a transaction still open (a BEGIN without COMMIT,"
                    + " or auto-commit switched off): dibs rolled that transaction back, so what ran inside it is gone."
                    + " A non-transactional migration must leave no transaction open; end it with COMMIT, or make the"
                    + " migration transactional.");
        }
    }

    /** After a failure, a reset that fails too (aborted transaction, lost connection) must not replace the failure. */
    static void resetLockTimeout(Connection c, boolean failed) throws SQLException {
        if (c.isClosed()) {
            return;
        }
        try (Statement s = c.createStatement()) {
            s.execute("RESET lock_timeout");
        } catch (SQLException e) {
            if (!failed) {
                throw e;
            }
        }
    }
}
