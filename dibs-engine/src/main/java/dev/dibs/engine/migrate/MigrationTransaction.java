package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.SqlResources;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.postgresql.PGStatement;
import org.postgresql.core.BaseConnection;
import org.postgresql.core.TransactionState;

/**
 * Keeps a migration inside the transaction dibs gave it, and finds out what became of that
 * transaction when the migration fails.
 *
 * <p>The migration sees its connection through a proxy that refuses to commit, roll back, change
 * auto-commit or close it. SQL can still end the transaction ({@code COMMIT}, {@code END},
 * {@code ABORT}, {@code PREPARE TRANSACTION}, {@code select 1; commit}), and no parser of SQL text
 * can see them all, so the check is by state: the transaction id taken when the migration began
 * must still be the current one after every statement. After a failure, PostgreSQL itself says
 * whether that transaction committed or aborted ({@code pg_xact_status}), over a new connection
 * when the old one is gone — the failure message states only what that answer proves.
 *
 * <p>The check costs no round trip of its own where it can: the driver knows from PostgreSQL's
 * replies whether a transaction is still open, so a statement that ended it ({@code COMMIT},
 * {@code ROLLBACK}, {@code PREPARE TRANSACTION}) is found as it returns. Only one that opened another
 * transaction in its place ({@code COMMIT AND CHAIN}, {@code commit; begin}) needs the id compared,
 * and that comparison is owed until the next round trip: before the next statement, before the
 * migration touches {@code ctx.connection()}, or in the query that records the migration. Once the
 * migration has used {@code ctx.connection()} — whose statements dibs does not see — every statement
 * is checked at once, so the one to blame is always named.
 */
final class MigrationTransaction {

    /** How long a lost session may take to finish its abort before dibs reports its transaction in progress. */
    private static final Duration LOST_SESSION_WAIT = Duration.ofSeconds(2);
    private static final Duration POLL = Duration.ofMillis(100);

    private final Connection connection;
    private final DiscoveredMigration migration;
    private final Connection guarded;
    /** The migration's transaction id; null before {@link #begin()} and for a non-transactional migration. */
    private String xid;
    /** The statement after which the transaction was found ended: 0 not found, -1 found after the migration returned. */
    private int endedAt;
    /** The statement whose transaction id check is owed (see the class comment); 0: none. */
    private int owed;
    /** Whether the migration used {@code ctx.connection()}: from then on each statement is checked at once. */
    private boolean connectionUsed;

    MigrationTransaction(Connection connection, DiscoveredMigration migration) {
        this.connection = connection;
        this.migration = migration;
        this.guarded = (Connection) Proxy.newProxyInstance(MigrationTransaction.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> invoke(proxy, method, args));
    }

    /** The connection the migration gets from {@code ctx.connection()}. */
    Connection guarded() {
        return guarded;
    }

    /**
     * Opens the migration's transaction and starts watching it, in one round trip: its id is
     * assigned now, so later checks can compare; the session's {@code search_path} is pinned to
     * {@code searchPath}, and {@code lockTimeout} (null: the server's) set for this transaction.
     */
    void begin(String searchPath, String lockTimeout) throws SQLException {
        xid = queryString(connection, sql("begin-migration"), searchPath, lockTimeout);
    }

    /**
     * Before the migration's next statement: the check owed for the previous one, and a refusal once
     * the migration was found outside its transaction (it may have caught the error).
     */
    void beforeStatement() throws SQLException {
        if (owed != 0) {
            int index = owed;
            owed = 0;
            compare(queryString(connection, sql("assigned-xact")), index);
        }
        if (endedAt != 0) {
            throw ended();
        }
    }

    /** Checks that statement {@code index} left the migration's transaction open: by state at once, by id now or with the next round trip. */
    void afterStatement(int index) throws SQLException {
        if (xid == null) {
            return;
        }
        if (connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
            endedAt = index;
            throw ended();
        }
        owed = index;
        if (connectionUsed) {
            beforeStatement();
        }
    }

    /**
     * Once the migration returned, before dibs records it: refuses a migration found outside its
     * transaction, or one that ended it through plain JDBC and opened none since. The id check still
     * owed goes with the recording query, which commits only when it finds the migration's own
     * transaction: {@link #afterRecord}.
     */
    void beforeRecord() throws SQLException {
        if (endedAt == 0 && connection.unwrap(BaseConnection.class).getTransactionState() == TransactionState.IDLE) {
            endedAt = -1;
        }
        if (endedAt != 0) {
            throw ended();
        }
    }

    /** The migration's transaction id, taken when it began (null before, and for a non-transactional migration). */
    String xid() {
        return xid;
    }

    /** After the recording query: {@code same} false means it found another transaction than the migration's. */
    void afterRecord(boolean same) throws SQLException {
        int index = owed == 0 ? -1 : owed;
        owed = 0;
        if (!same) {
            endedAt = index;
            throw ended();
        }
    }

    /** The statement whose end of transaction was found (-1: after the migration returned; 0: none). */
    int endedAt() {
        return endedAt;
    }

    private void compare(String current, int index) throws SQLException {
        if (!xid.equals(current)) {
            endedAt = index;
            throw ended();
        }
    }

    private SQLException ended() {
        String where = endedAt > 0 ? "Statement " + endedAt : "SQL the migration ran through ctx.connection()";
        return new Refused(where + " ended the migration's transaction (COMMIT, END, ROLLBACK, ABORT, PREPARE TRANSACTION"
                + " or the like). A transactional migration runs in the one transaction dibs commits together with its"
                + " __dibs_migrations row; dibs stopped it here. " + (migration.script() != null
                ? "Remove BEGIN, COMMIT and the like from the SQL file: dibs runs each file in its own transaction, as Flyway does."
                : "Remove the transaction control from the migration, or declare it @Migration(transactional = false)."));
    }

    private Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        String name = method.getName();
        boolean transactional = xid != null;
        if (name.equals("close") || name.equals("abort")) {
            throw new Refused("The migration called Connection." + name + "() on ctx.connection(): dibs owns this"
                    + " connection and closes it after the run; do not close it (nor open it in try-with-resources).");
        }
        if (transactional && (name.equals("commit") || name.equals("setAutoCommit")
                || name.equals("rollback") && (args == null || args.length == 0))) {
            throw new Refused("The migration called Connection." + name + "() on ctx.connection(): a transactional migration"
                    + " runs in the one transaction dibs commits together with its __dibs_migrations row, so it cannot end"
                    + " that transaction. Use a savepoint to undo part of it, or declare @Migration(transactional = false).");
        }
        if (method.getDeclaringClass() == Object.class) {
            return switch (name) {
                case "equals" -> proxy == args[0];
                case "hashCode" -> System.identityHashCode(proxy);
                default -> "the connection of migration " + migration.id();
            };
        }
        if (transactional) {
            beforeStatement(); // the check owed for the last statement, before anything dibs does not see runs
            connectionUsed = true;
        }
        try {
            Object result = method.invoke(connection, args);
            return result instanceof Statement statement ? neverServerPrepared(statement) : result;
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /**
     * A statement of the migration's own, never prepared on the server: the runner's connection keeps
     * server-prepared statements across DDL (see {@code MigrationRunner}), and a migration's query
     * prepared there could fail with "cached plan must not change result type" once a later
     * statement changed the columns it reads.
     */
    static <S extends Statement> S neverServerPrepared(S statement) throws SQLException {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
        return statement;
    }

    /**
     * After a failure: rolls back what is still open and says what PostgreSQL reports of the
     * migration's transaction. {@code statements} is how many statements the migration ran;
     * {@code committing} is true when dibs's own commit was under way.
     */
    String afterFailure(ConnectionInfo database, int statements, boolean committing) {
        boolean lost = false;
        try {
            connection.rollback();
        } catch (SQLException e) {
            lost = true; // the failure itself names the cause; the question now is what PostgreSQL kept
        }
        if (xid == null) {
            return "dibs could not begin the migration's transaction; nothing of it ran, and later migrations did not run."
                    + " Fix the cause and run again.";
        }
        String status;
        try {
            status = lost ? statusAfterLoss(database) : queryString(connection, sql("xact-status"), xid);
        } catch (SQLException e) {
            return (lost ? "The connection to PostgreSQL was lost, and " : "") + "dibs could not ask PostgreSQL whether"
                    + " its transaction was rolled back (" + Printable.message(e) + "), so it cannot prove the rollback."
                    + " PostgreSQL rolls back the open transaction of a lost connection, unless the migration committed it"
                    + " itself" + endedNote() + ". Before running again, check whether " + migration.id()
                    + " is in __dibs_migrations and whether its changes exist.";
        }
        return (lost ? "The connection to PostgreSQL was lost; asked over a new connection, PostgreSQL reports the"
                + " migration's transaction " + status + ". " : "") + explain(status, statements, committing);
    }

    private String statusAfterLoss(ConnectionInfo database) throws SQLException {
        try (Connection fresh = database.open()) {
            // A lost session's backend may still be finishing its abort. PostgreSQL offers no way to
            // wait for another session's transaction to end, so ask again until it has, or the deadline.
            long deadline = System.nanoTime() + LOST_SESSION_WAIT.toNanos();
            while (true) {
                String status = queryString(fresh, sql("xact-status"), xid);
                if (!"in progress".equals(status) || System.nanoTime() - deadline >= 0) {
                    return status;
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return status;
                }
            }
        }
    }

    private String explain(String status, int statements, boolean committing) {
        String id = migration.id();
        if ("aborted".equals(status) && endedAt == 0) {
            return "The migration was rolled back: nothing of it remains, and later migrations did not run. Fix it and run again.";
        }
        if ("aborted".equals(status)) {
            return "The migration rolled its own transaction back; PostgreSQL reports it aborted, so nothing it ran inside"
                    + " that transaction remains; " + (endedAt > 0 ? "if statement " + endedAt + " ran more SQL after ending it,"
                    : "what it ran through ctx.connection() after ending it") + " that part committed on its own and remains."
                    + " No __dibs_migrations row was written, and later migrations did not run.";
        }
        if ("committed".equals(status) && committing && endedAt == 0) {
            return "dibs's commit reported an error, but PostgreSQL reports the transaction committed: " + id
                    + " is applied, with its __dibs_migrations row. Later migrations did not run; run again.";
        }
        if ("committed".equals(status)) {
            String which = endedAt > 0 ? (endedAt == 1 ? "Statement 1" : "Statements 1–" + endedAt) + " of migration " + id
                    + " were committed by the migration itself; they remain."
                    : "Migration " + id + " committed its own transaction" + (statements > 0 ? " (in one of statements 1–"
                    + statements + ", or through ctx.connection())" : " through ctx.connection()")
                    + ": what it ran before that commit remains.";
            return which + " No __dibs_migrations row was written, so the next run starts " + id + " again from the beginning:"
                    + " remove the COMMIT from it, undo what remains by hand (or make it repeatable), and run again.";
        }
        if ("in progress".equals(status)) {
            return "PostgreSQL reports the migration's transaction still in progress: a lost session whose server process"
                    + " has not noticed yet, or a transaction the migration prepared (PREPARE TRANSACTION; see"
                    + " pg_prepared_xacts). It is neither committed nor rolled back and holds its locks until it ends."
                    + " Before running again, end it (ROLLBACK PREPARED, or pg_terminate_backend) and check whether " + id
                    + " is in __dibs_migrations.";
        }
        return "PostgreSQL no longer knows the migration's transaction (" + status + "), so dibs cannot prove the rollback."
                + " Before running again, check whether " + id + " is in __dibs_migrations and whether its changes exist.";
    }

    private String endedNote() {
        return endedAt == 0 ? "" : " — and it ended its transaction after statement " + (endedAt > 0 ? endedAt : "all of its statements");
    }

    private static String sql(String name) {
        return SqlResources.load(MigrationTransaction.class, name);
    }

    private static String queryString(Connection c, String sql, String... parameters) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                ps.setString(i + 1, parameters[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        }
    }

    /** dibs refused what the migration did: no PostgreSQL error, so the message says who refused. */
    static final class Refused extends SQLException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message, "25000");
        }
    }
}
