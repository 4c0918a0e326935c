package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.DibsVersion;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.SourceLocation;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads and writes the {@code __dibs_*} tables in the first managed schema. */
final class MetadataStore {

    static final String DIBS_VERSION = DibsVersion.get();

    private final Connection connection;
    private final String schema;
    private final List<String> schemas;

    MetadataStore(Connection connection, List<String> schemas) {
        this.connection = connection;
        this.schema = schemas.get(0);
        this.schemas = List.copyOf(schemas);
    }

    /** A statement of {@code migrate/sql}, on this store's metadata schema. */
    private String sql(String resource) {
        return onSchema(resource, schema);
    }

    /** A statement of {@code migrate/sql} on the metadata schema {@code schema}, quoted by the renderer. */
    static String onSchema(String resource, String schema) {
        return load(resource).replace(":schema", Sql.name(schema));
    }

    /**
     * Creates the schema when missing and the metadata tables. {@code CREATE SCHEMA IF NOT EXISTS}
     * is skipped for an existing schema because PostgreSQL checks the database's CREATE privilege
     * before it looks, so a user who may create tables in {@code public} would fail on it.
     */
    void create() throws SQLException {
        boolean exists = schemaExists();
        try (Statement s = connection.createStatement()) {
            if (!exists) {
                s.execute(sql("create-schema"));
            }
            s.execute(sql("create-metadata"));
        } catch (SQLException e) {
            if (!"42501".equals(e.getSQLState())) {
                throw e;
            }
            throw new MigrationException(notAllowed(exists) + " (PostgreSQL: " + Printable.message(e) + ")", e);
        }
    }

    private boolean schemaExists() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(load("schema-exists"))) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Who may not create what, and the GRANT that lets them; without a privilege nothing else can run. */
    private String notAllowed(boolean schemaExisted) throws SQLException {
        String user = connection.getMetaData().getUserName();
        String database = connection.getCatalog();
        String start = "Migrations cannot start: user " + user + " may not create ";
        if (!schemaExisted) {
            return start + "schema \"" + schema + "\" in database \"" + database + "\", where dibs keeps its metadata tables"
                    + " (the first of schemas). GRANT CREATE ON DATABASE " + Sql.name(database) + " TO " + Sql.name(user)
                    + ", create the schema beforehand as its owner, or run as the database owner.";
        }
        return start + "dibs's metadata tables (__dibs_migrations, …) in schema \"" + schema + "\" of database \"" + database
                + "\". GRANT CREATE ON SCHEMA " + Sql.name(schema) + " TO " + Sql.name(user) + ", or run as the schema's owner.";
    }

    /** Whether {@code __dibs_migrations} exists: dibs ran here before. Creates nothing. */
    boolean exists() throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(load("metadata-exists"))) {
            ps.setString(1, Sql.name(schema) + ".__dibs_migrations");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Applied migration ids → checksum, in id order. */
    Map<String, String> applied() throws SQLException {
        Map<String, String> applied = new LinkedHashMap<>();
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(sql("applied"))) {
            while (rs.next()) {
                applied.put(rs.getString(1), rs.getString(2));
            }
        }
        return applied;
    }

    /** Records a non-transactional migration, which committed as it went. */
    void record(DiscoveredMigration m, long millis) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql("record-migration"))) {
            bindRecord(ps, m, millis, 1);
            ps.executeUpdate();
        }
    }

    /**
     * Records a transactional migration and commits its transaction, in one round trip, and returns
     * the tables, columns and indexes it created or changed — or null, having recorded and committed
     * nothing, when the transaction is no longer the migration's own ({@code xid}, taken when it
     * began): the migration ended it.
     */
    java.util.Set<ObjectKey> recordAndCommit(DiscoveredMigration m, long millis, String xid) throws SQLException {
        java.util.Set<ObjectKey> touched = new java.util.HashSet<>();
        try (PreparedStatement ps = connection.prepareStatement(sql("record-transactional"))) {
            ps.setString(1, xid);
            bindRecord(ps, m, millis, 2);
            var array = connection.createArrayOf("text", schemas.toArray());
            for (int i = 11; i <= 13; i++) {
                ps.setArray(i, array);
            }
            ps.execute();
            try (ResultSet rs = ps.getResultSet()) {
                while (rs.next()) {
                    touched.add(new ObjectKey(MetadataKind.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)));
                }
            }
            ps.getMoreResults(); // the COMMIT
        } catch (org.postgresql.util.PSQLException e) {
            var server = e.getServerErrorMessage();
            if (server != null && "23502".equals(server.getSQLState()) && "__dibs_migrations".equals(server.getTable())
                    && "id".equals(server.getColumn())) {
                return null; // the query's own signal: another transaction than the migration's (see record-transactional.sql)
            }
            throw e;
        }
        return touched;
    }

    /** The history row's nine values, from parameter {@code first} on. */
    private static void bindRecord(PreparedStatement ps, DiscoveredMigration m, long millis, int first) throws SQLException {
        int i = first;
        ps.setString(i++, m.id());
        ps.setString(i++, m.checksum());
        ps.setString(i++, m.className());
        ps.setString(i++, m.description());
        ps.setBoolean(i++, m.transactional());
        ps.setString(i++, m.source() == null ? null : m.source().file());
        ps.setObject(i++, m.source() == null ? null : m.source().line());
        ps.setLong(i++, millis);
        ps.setString(i, DIBS_VERSION);
    }

    /** A table, column or index ({@code name} is the table's own name for a table). */
    record ObjectKey(MetadataKind kind, String schema, String table, String name) {
    }

    /** Every table, column and index → md5 of its definition. */
    Map<ObjectKey, String> fingerprints() throws SQLException {
        Map<ObjectKey, String> out = new HashMap<>();
        String sql = load("fingerprints");
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            var array = connection.createArrayOf("text", schemas.toArray());
            for (int i = 1; i <= 3; i++) {
                ps.setArray(i, array);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.put(new ObjectKey(MetadataKind.of(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4)), rs.getString(5));
                }
            }
        }
        return out;
    }

    /**
     * Records which migration created or last changed each table, column and index, and, when the
     * Java schema is known, where each is declared and its doc comment: in one transaction (the
     * caller's, when one is open), one statement per kind of row (a few round trips, not one per
     * object).
     */
    void updateObjects(Map<ObjectKey, String> createdBy, Map<ObjectKey, String> modifiedBy, LoadedSchema intent) throws SQLException {
        if (!connection.getAutoCommit()) {
            batched(createdBy, modifiedBy, intent); // within the caller's transaction, which the caller ends
            return;
        }
        connection.setAutoCommit(false);
        try {
            batched(createdBy, modifiedBy, intent);
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
            } catch (SQLException r) {
                e.addSuppressed(r); // the connection broke: the failure that stopped the bookkeeping is the one to report
            }
            throw e;
        } finally {
            if (!connection.isClosed()) {
                connection.setAutoCommit(true);
            }
        }
    }

    private void batched(Map<ObjectKey, String> createdBy, Map<ObjectKey, String> modifiedBy, LoadedSchema intent) throws SQLException {
        Rows rows = new Rows();
        // one row per conflict key in each statement: PostgreSQL refuses an INSERT … ON CONFLICT DO UPDATE
        // that meets the same row twice, where the batches this replaces updated it once per statement
        Map<List<String>, String[]> upserts = new LinkedHashMap<>();
        java.util.Set<ObjectKey> keys = new java.util.LinkedHashSet<>(createdBy.keySet());
        keys.addAll(modifiedBy.keySet());
        for (ObjectKey key : keys) {
            upsert(upserts, key, createdBy.get(key), modifiedBy.get(key));
        }
        if (intent != null) {
            for (Table t : intent.schema().tables()) {
                for (Index i : t.indexes()) {
                    upsert(upserts, new ObjectKey(MetadataKind.INDEX, t.name().schema(), t.name().name(), i.name()), null, null);
                }
            }
        }
        for (String[] row : upserts.values()) {
            MetadataKind kind = MetadataKind.valueOf(row[0]);
            rows.add(kind.upsertResource(), kind.hasOwnName() ? new Object[] {row[1], row[2], row[3], row[4], row[5]}
                    : new Object[] {row[1], row[2], row[4], row[5]});
        }
        if (intent != null) {
            for (Table t : intent.schema().tables()) {
                Origins.Origin origin = intent.origins().table(t.name()).orElse(null);
                sources(rows, MetadataKind.TABLE, List.of(t.name().schema(), t.name().name()),
                        origin == null ? null : origin.javaName(), origin == null ? null : origin.location(), t.comment());
                for (Column c : t.columns()) {
                    Origins.Origin co = intent.origins().column(t.name(), c.name()).orElse(null);
                    sources(rows, MetadataKind.COLUMN, List.of(t.name().schema(), t.name().name(), c.name()),
                            co == null ? null : co.javaName(), co == null ? null : co.location(), c.comment());
                }
            }
        }
        rows.write();
    }

    /**
     * Rows for each resource, written by one statement per resource that takes each column as an
     * array ({@code unnest}): at 1,000 tables, 26,000 rows in five statements rather than as many
     * batched executions. The arrays' element types are the ones the resource casts its parameters
     * to ({@code ?::text[]}, {@code ?::int4[]}). Resources are written in the order each was first used.
     */
    private final class Rows {
        private final Map<String, List<Object[]>> byResource = new LinkedHashMap<>();

        void add(String resource, Object[] row) {
            byResource.computeIfAbsent(resource, k -> new java.util.ArrayList<>()).add(row);
        }

        void write() throws SQLException {
            for (Map.Entry<String, List<Object[]>> e : byResource.entrySet()) {
                String sql = sql(e.getKey());
                java.util.regex.Matcher types = ARRAY_PARAMETER.matcher(sql);
                List<Object[]> rows = e.getValue();
                int arrays = (int) ARRAY_PARAMETER.matcher(sql).results().count();
                if (rows.stream().anyMatch(r -> r.length != arrays)) {
                    throw new IllegalStateException(e.getKey() + " takes " + arrays + " arrays: a row of another length is a bug");
                }
                try (PreparedStatement ps = connection.prepareStatement(sql)) {
                    int column = 0;
                    while (types.find()) {
                        Object[] values = types.group(1).equals("text") ? new String[rows.size()] : new Integer[rows.size()];
                        for (int r = 0; r < values.length; r++) {
                            values[r] = rows.get(r)[column];
                        }
                        ps.setArray(++column, connection.createArrayOf(types.group(1), values));
                    }
                    ps.executeUpdate();
                }
            }
        }
    }

    private static final java.util.regex.Pattern ARRAY_PARAMETER = java.util.regex.Pattern.compile("\\?::(text|int4)\\[\\]");

    /**
     * Records {@code createdBy} (unless one is recorded) and {@code modifiedBy}; a null leaves that
     * column as it is. Keys that meet one row ({@code __dibs_indexes} is keyed by schema and index
     * name: an index dropped and created on another table in one run) become one row as the
     * statements one after the other left it: the first table and creator, the last modifier.
     */
    private static void upsert(Map<List<String>, String[]> upserts, ObjectKey key, String createdBy, String modifiedBy) {
        List<String> conflict = key.kind() == MetadataKind.INDEX ? List.of(key.kind().name(), key.schema(), key.name())
                : List.of(key.kind().name(), key.schema(), key.table(), key.kind().hasOwnName() ? key.name() : "");
        String[] row = upserts.get(conflict);
        if (row == null) {
            upserts.put(conflict, new String[] {key.kind().name(), key.schema(), key.table(), key.name(), createdBy, modifiedBy});
            return;
        }
        if (row[4] == null) {
            row[4] = createdBy;
        }
        if (modifiedBy != null) {
            row[5] = modifiedBy;
        }
    }

    /** Where a table or column is declared: the key's parts, then the Java name, file, line, column and doc. */
    private static void sources(Rows rows, MetadataKind kind, List<String> key, String javaName, SourceLocation at, String doc) {
        List<Object> row = new java.util.ArrayList<>(key);
        row.add(javaName);
        row.add(at == null ? null : at.file());
        row.add(at == null ? null : at.line());
        row.add(at == null ? null : at.column());
        row.add(doc);
        rows.add(kind.sourcesResource(), row.toArray());
    }

    private static String load(String name) {
        return SqlResources.load(MetadataStore.class, name);
    }
}
