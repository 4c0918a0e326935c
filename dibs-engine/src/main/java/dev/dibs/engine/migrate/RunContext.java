package dev.dibs.engine.migrate;

import dev.dibs.MigrationContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The {@link MigrationContext} a running migration sees: every statement is counted, timed and reported. */
final class RunContext implements MigrationContext {

    private final Connection connection;
    private final DiscoveredMigration migration;
    private final MigrationListener listener;
    /** Keeps a transactional migration inside its transaction (checked after every statement). */
    private final MigrationTransaction transaction;
    private int statements;
    /** The statement running now, for the failure message; null once it completed. */
    String currentSql;
    /** The last statement that ran, to name it when it is found later to have ended the transaction. */
    private String lastSql;
    private final String tenant;

    RunContext(Connection connection, DiscoveredMigration migration, MigrationListener listener, MigrationTransaction transaction,
               String tenant) {
        this.tenant = tenant;
        this.connection = connection;
        this.migration = migration;
        this.listener = listener;
        this.transaction = transaction;
    }

    int statementIndex() {
        return statements;
    }

    /** The statement a failure names: the one running, or the last one when it is the one found to have ended the transaction. */
    String failedSql() {
        return currentSql != null ? currentSql : statements > 0 && transaction.endedAt() == statements ? lastSql : null;
    }

    @Override
    public long execute(String sql, Object... params) throws SQLException {
        start(sql);
        long start = System.nanoTime();
        try (Statement st = statement(sql, params)) {
            boolean isQuery = st instanceof PreparedStatement ps ? ps.execute() : st.execute(sql);
            long rows = isQuery ? 0 : Math.max(st.getLargeUpdateCount(), 0);
            transaction.afterStatement(statements);
            currentSql = null;
            listener.statement(migration, statements, sql, rows, Duration.ofNanos(System.nanoTime() - start));
            return rows;
        }
    }

    @Override
    public List<Map<String, Object>> query(String sql, Object... params) throws SQLException {
        start(sql);
        long start = System.nanoTime();
        List<Map<String, Object>> rows = new ArrayList<>();
        try (Statement st = statement(sql, params);
             ResultSet rs = st instanceof PreparedStatement ps ? ps.executeQuery() : st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.put(md.getColumnLabel(i), rs.getObject(i));
                }
                rows.add(row);
            }
        }
        transaction.afterStatement(statements);
        currentSql = null;
        listener.statement(migration, statements, sql, rows.size(), Duration.ofNanos(System.nanoTime() - start));
        return rows;
    }

    @Override
    public long backfill(String sql, Object... params) throws SQLException {
        start(sql);
        long total = 0;
        int batch = 0;
        try (Statement st = statement(sql, params)) {
            while (true) {
                if (batch > 0) {
                    transaction.beforeStatement(); // the previous batch's check, if it is still owed
                }
                long start = System.nanoTime();
                long rows = st instanceof PreparedStatement ps ? ps.executeLargeUpdate() : st.executeLargeUpdate(sql);
                transaction.afterStatement(statements);
                if (!connection.getAutoCommit() && !migration.transactional()) {
                    connection.commit();
                }
                total += rows;
                batch++;
                listener.backfillBatch(migration, batch, rows, total, Duration.ofNanos(System.nanoTime() - start));
                if (rows == 0) {
                    currentSql = null;
                    return total;
                }
            }
        }
    }

    /**
     * Counts statement {@code sql} as the one running, once the check still owed for the previous one
     * passed. That check shares this call: if it fails for another reason than an ended transaction
     * (the connection was lost), this statement is the one whose call failed.
     */
    private void start(String sql) throws SQLException {
        try {
            transaction.beforeStatement();
        } catch (MigrationTransaction.Refused ended) {
            throw ended; // names the statement that ended the transaction
        } catch (SQLException e) {
            statements++;
            currentSql = sql;
            throw e;
        }
        statements++;
        currentSql = sql;
        lastSql = sql;
    }

    @Override
    public Connection connection() {
        return transaction.guarded();
    }

    /** CONCURRENTLY in a {@code transactional = false} migration, asked of the migration rather than of its guarded connection. */
    @Override
    public boolean dropIndexIfInvalid(String schema, String index) throws SQLException {
        return dropIndexIfInvalid(schema, index, !migration.transactional());
    }

    /** As {@link #dropIndexIfInvalid(String, String)}: CONCURRENTLY in a {@code transactional = false} migration. */
    @Override
    public boolean dropIndexIfExists(String schema, String index) throws SQLException {
        return dropIndexIfExists(schema, index, !migration.transactional());
    }

    @Override
    public java.util.Optional<String> tenant() {
        return java.util.Optional.ofNullable(tenant);
    }

    @Override
    public void log(String message) {
        listener.log(migration, message);
    }

    /**
     * Without parameters, a plain statement that sends the SQL verbatim: a prepared one would take
     * the {@code ?} of jsonb operators ({@code j ? 'key'}) for parameters, and JDBC escapes
     * ({@code {fn …}}) would be rewritten. With parameters, a prepared statement ({@code ?} are
     * placeholders there; write {@code ??} for the operator).
     */
    private Statement statement(String sql, Object... params) throws SQLException {
        if (params == null || params.length == 0) {
            Statement plain = MigrationTransaction.neverServerPrepared(connection.createStatement());
            plain.setEscapeProcessing(false);
            return plain;
        }
        PreparedStatement ps = MigrationTransaction.neverServerPrepared(connection.prepareStatement(sql));
        for (int i = 0; i < params.length; i++) {
            ps.setObject(i + 1, params[i]);
        }
        return ps;
    }
}
