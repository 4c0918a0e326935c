package dev.dibs;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/** What a migration can do. Every statement is logged with its duration and row count. */
public interface MigrationContext {
    /**
     * Runs one SQL statement with {@code ?} parameters bound in order.
     *
     * @return the number of rows it touched (0 for DDL)
     */
    long execute(String sql, Object... params) throws SQLException;

    /** Runs a query with {@code ?} parameters; each row is a column-name → value map, in column order. */
    List<Map<String, Object>> query(String sql, Object... params) throws SQLException;

    /**
     * Repeats a batch statement until a run touches no rows, e.g. {@code UPDATE … WHERE id IN
     * (SELECT id … LIMIT 1000)}. Inside the migration's transaction, or committing each batch in a
     * {@code transactional = false} migration.
     *
     * @return the total number of rows touched
     */
    long backfill(String sql, Object... params) throws SQLException;

    /**
     * The migration's connection, for plain JDBC. dibs owns it: {@code close()} is refused, and in a
     * transactional migration so are {@code commit()}, {@code rollback()} (savepoints are fine) and
     * {@code setAutoCommit}; SQL that ends the transaction stops the migration as a failure.
     */
    Connection connection();

    /** Writes a line to the progress log. */
    void log(String message);

    /**
     * Drops the index {@code index} of {@code schema} if it is {@code INVALID}, as a failed
     * {@code CREATE INDEX CONCURRENTLY} leaves it, so that a migration run again after such a failure
     * builds it again; a valid index, none, one whose build is running, or a partitioned table's is
     * left as it is. {@code schema} null stands for the schema unqualified names land in (the
     * tenant's, in a run over tenant schemas). In a {@code transactional = false} migration the index
     * is dropped {@code CONCURRENTLY}.
     *
     * @return whether an index was dropped
     */
    default boolean dropIndexIfInvalid(String schema, String index) throws SQLException {
        return dropIndexIfInvalid(schema, index, connection().getAutoCommit());
    }

    /** As {@link #dropIndexIfInvalid(String, String)}, {@code concurrently} or not (only outside a transaction). */
    default boolean dropIndexIfInvalid(String schema, String index, boolean concurrently) throws SQLException {
        return dropIndex(schema, index, concurrently, true);
    }

    /**
     * Drops the index {@code index} of {@code schema}, valid or {@code INVALID}, if there is one and its
     * build is not running: for an index name that belongs to the migration (a temporary one it builds
     * and renames), whatever a failed run left under it. A partitioned table's index is left as it is.
     * {@code schema} null stands for the schema unqualified names land in (the tenant's, in a run over
     * tenant schemas): never one further down the {@code search_path}. In a {@code transactional =
     * false} migration the index is dropped {@code CONCURRENTLY}.
     *
     * @return whether an index was dropped
     */
    default boolean dropIndexIfExists(String schema, String index) throws SQLException {
        return dropIndexIfExists(schema, index, connection().getAutoCommit());
    }

    /** As {@link #dropIndexIfExists(String, String)}, {@code concurrently} or not (only outside a transaction). */
    default boolean dropIndexIfExists(String schema, String index, boolean concurrently) throws SQLException {
        return dropIndex(schema, index, concurrently, false);
    }

    private boolean dropIndex(String schema, String index, boolean concurrently, boolean onlyInvalid) throws SQLException {
        List<Map<String, Object>> left = query("SELECT pg_catalog.quote_ident(n.nspname) || '.' || pg_catalog.quote_ident(c.relname)"
                + " AS name FROM pg_catalog.pg_index x JOIN pg_catalog.pg_class c ON c.oid = x.indexrelid"
                + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE (NOT x.indisvalid OR NOT ?::boolean) AND c.relkind = 'i' AND c.relname = ?::text"
                + " AND n.nspname = COALESCE(?::text, pg_catalog.current_schema())"
                + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_stat_progress_create_index p WHERE p.index_relid = c.oid)",
                onlyInvalid, index, schema);
        if (left.isEmpty()) {
            return false;
        }
        execute((concurrently ? "DROP INDEX CONCURRENTLY " : "DROP INDEX ") + left.get(0).get("name"));
        return true;
    }

    /**
     * The tenant schema this run migrates, when dibs migrates a fleet of tenant schemas
     * ({@code tenantSchemas}); empty otherwise. Unqualified names already land in it: the
     * {@code search_path} is pinned to {@code <tenant>, public}.
     */
    default java.util.Optional<String> tenant() {
        return java.util.Optional.empty();
    }
}
