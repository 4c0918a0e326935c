package dev.dibs.engine.migrate;

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
            throw new MigrationException(notAllowed(exists) + " (PostgreSQL: " + e.getMessage() + ")", e);
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
     * caller's, when one is open), the statements sent in batches (a few round trips, not one per
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
        try (Batches batches = new Batches()) {
            java.util.Set<ObjectKey> keys = new java.util.LinkedHashSet<>(createdBy.keySet());
            keys.addAll(modifiedBy.keySet());
            for (ObjectKey key : keys) {
                upsert(batches, key, createdBy.get(key), modifiedBy.get(key));
            }
            if (intent != null) {
                for (Table t : intent.schema().tables()) {
                    Origins.Origin origin = intent.origins().table(t.name()).orElse(null);
                    sources(batches, MetadataKind.TABLE, List.of(t.name().schema(), t.name().name()),
                            origin == null ? null : origin.javaName(), origin == null ? null : origin.location(), t.comment());
                    for (Column c : t.columns()) {
                        Origins.Origin co = intent.origins().column(t.name(), c.name()).orElse(null);
                        sources(batches, MetadataKind.COLUMN, List.of(t.name().schema(), t.name().name(), c.name()),
                                co == null ? null : co.javaName(), co == null ? null : co.location(), c.comment());
                    }
                    for (Index i : t.indexes()) {
                        upsert(batches, new ObjectKey(MetadataKind.INDEX, t.name().schema(), t.name().name(), i.name()), null, null);
                    }
                }
            }
            batches.run();
        }
    }

    /**
     * One batched statement per resource, run in the order each was first used: the statements on one
     * table of {@code __dibs_*} keep their order, and each resource's run after the ones before it.
     */
    private final class Batches implements AutoCloseable {
        private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();

        PreparedStatement next(String resource) throws SQLException {
            PreparedStatement ps = statements.get(resource);
            if (ps == null) {
                ps = connection.prepareStatement(sql(resource));
                statements.put(resource, ps);
            }
            return ps;
        }

        void run() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
    }

    /** Records {@code createdBy} (unless one is recorded) and {@code modifiedBy}; a null leaves that column as it is. */
    private static void upsert(Batches batches, ObjectKey key, String createdBy, String modifiedBy) throws SQLException {
        PreparedStatement ps = batches.next(key.kind().upsertResource());
        int i = 1;
        ps.setString(i++, key.schema());
        ps.setString(i++, key.table());
        if (key.kind().hasOwnName()) {
            ps.setString(i++, key.name());
        }
        ps.setString(i++, createdBy);
        ps.setString(i, modifiedBy);
        ps.addBatch();
    }

    /** Where a table or column is declared: the key's parts, then the Java name, file, line, column and doc. */
    private static void sources(Batches batches, MetadataKind kind, List<String> key, String javaName, SourceLocation at, String doc)
            throws SQLException {
        PreparedStatement ps = batches.next(kind.sourcesResource());
        int i = 1;
        for (String k : key) {
            ps.setString(i++, k);
        }
        ps.setString(i++, javaName);
        ps.setString(i++, at == null ? null : at.file());
        ps.setObject(i++, at == null ? null : at.line());
        ps.setObject(i++, at == null ? null : at.column());
        ps.setString(i, doc);
        ps.addBatch();
    }

    private static String load(String name) {
        return SqlResources.load(MetadataStore.class, name);
    }
}
