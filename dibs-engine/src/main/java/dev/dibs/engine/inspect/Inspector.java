package dev.dibs.engine.inspect;

import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Normalizer;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the live schema from {@code pg_catalog} into the model, with PostgreSQL's own fingerprints
 * of the managed objects beside it: eighteen statements, whatever the
 * number of tables, all in one read-only repeatable-read transaction with a pinned
 * {@code search_path}, so that every query sees the same snapshot and prints names the same way.
 * Given connection information rather than a connection, it splits the queries over two
 * connections that share the snapshot (three statements more: the export, the second's session and
 * its import). The result is {@linkplain Normalizer normalised}.
 */
public final class Inspector {

    /**
     * The history tables of the migration tools dibs takes over from, in any inspected schema:
     * Flyway's default name and Liquibase's two. Neither managed (never planned for a drop) nor noted.
     */
    public static final List<String> HISTORY_TABLES = dev.dibs.engine.naming.LeftOutTables.HISTORY;

    /**
     * {@link #HISTORY_TABLES} and Flyway's history table where its configuration puts it
     * ({@code FlywayHistory.location}): a name of its own is left out in that schema only, so a
     * table of the same name in another managed schema stays managed.
     */
    public static List<String> historyTables(QualifiedName flyway) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(HISTORY_TABLES);
        if (!HISTORY_TABLES.contains(flyway.name())) {
            names.add(historyEntry(flyway));
        }
        return List.copyOf(names);
    }

    /** {@link #HISTORY_TABLES} and {@code flyway} in every inspected schema (each tenant of {@code tenantSchemas} has its own). */
    public static List<String> historyTablesNamed(String flyway) {
        java.util.LinkedHashSet<String> names = new java.util.LinkedHashSet<>(HISTORY_TABLES);
        names.add(flyway);
        return List.copyOf(names);
    }

    /** Whether an inspection given {@code historyTables} leaves {@code table} out. */
    public static boolean leavesOut(QualifiedName table, List<String> historyTables) {
        return historyTables.contains(table.name()) || historyTables.contains(historyEntry(table));
    }

    /** {@code "schema"."table"}, each part quoted as PostgreSQL quotes a name: how a history table of one schema is named. */
    static String historyEntry(QualifiedName table) {
        return '"' + table.schema().replace("\"", "\"\"") + "\".\"" + table.name().replace("\"", "\"\"") + '"';
    }

    /** The statements one inspection sends; a test holds the inspector to it. */
    public static final int STATEMENTS = 18;

    private Inspector() {
    }

    /**
     * Inspects {@code schemas} through {@code connection}, which must be in auto-commit mode: the
     * inspection runs in a transaction of its own and ends it.
     */
    public static Inspection inspect(Connection connection, List<String> schemas) {
        return inspect(connection, schemas, HISTORY_TABLES);
    }

    /** As {@link #inspect(Connection, List)}, ignoring these history tables (see {@link #historyTables}) rather than the default ones. */
    public static Inspection inspect(Connection connection, List<String> schemas, List<String> historyTables) {
        String where = "schemas " + schemas;
        try {
            if (!connection.getAutoCommit()) {
                throw new IllegalStateException("inspect needs a connection in auto-commit mode; it runs its own read-only transaction");
            }
            connection.setAutoCommit(false);
            try {
                Inspection result = run(connection, schemas, historyTables, where);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackKeeping(connection, e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new InspectionException("inspect " + where, e);
        }
    }

    /**
     * From this many tables in the inspected schemas on, a second connection pays for its sign-in
     * (about 12 ms locally with SCRAM): below it, the inspection stays on one connection.
     */
    static final int TWO_CONNECTIONS_FROM = 250;

    /**
     * Inspects {@code schemas} of the database {@code info} names. From
     * {@value #TWO_CONNECTIONS_FROM} tables on (counted by the first query) it reads on two
     * connections at once: the first exports its snapshot ({@code pg_export_snapshot}) and the
     * second imports it, so every query still sees one and the same catalog. The second signs in
     * while the first reads which tables are managed, and until those are known takes the smaller
     * reads that do not need them; then it reads constraints and indexes, the first columns and the
     * objects dibs does not manage, and each takes the smaller reads left one at a time until none
     * is left, so that both end about together. When the second
     * connection cannot be had (a connection limit, a server that cannot export snapshots), all is
     * read on the first, as {@link #inspect(Connection, List)} does.
     */
    public static Inspection inspect(ConnectionInfo info, List<String> schemas) {
        return inspect(info, schemas, HISTORY_TABLES);
    }

    /** As {@link #inspect(ConnectionInfo, List)}, ignoring these history tables (see {@link #historyTables}) rather than the default ones. */
    public static Inspection inspect(ConnectionInfo info, List<String> schemas, List<String> historyTables) {
        return inspect(info, schemas, historyTables, TWO_CONNECTIONS_FROM, connections -> { }, SecondConnection.AfterImport.NOTHING,
                ReadObserver.NONE);
    }

    /**
     * As {@link #inspect(ConnectionInfo, List)}, telling {@code connectionsUsed} whether it read on
     * 1 or 2 connections and running {@code afterImport} on the second right after its import.
     */
    static Inspection inspect(ConnectionInfo info, List<String> schemas, int twoConnectionsFrom, IntConsumer connectionsUsed,
                              SecondConnection.AfterImport afterImport) {
        return inspect(info, schemas, HISTORY_TABLES, twoConnectionsFrom, connectionsUsed, afterImport, ReadObserver.NONE);
    }

    /** As above, telling {@code observer} which connection ran each of the smaller reads. */
    static Inspection inspect(ConnectionInfo info, List<String> schemas, int twoConnectionsFrom, IntConsumer connectionsUsed,
                              SecondConnection.AfterImport afterImport, ReadObserver observer) {
        return inspect(info, schemas, HISTORY_TABLES, twoConnectionsFrom, connectionsUsed, afterImport, observer);
    }

    /** A test seam: told which connection ("first" or "second") ran each of the smaller reads, by the read's name. */
    interface ReadObserver {
        void ran(String connection, String read);

        ReadObserver NONE = (connection, read) -> { };
    }

    private static Inspection inspect(ConnectionInfo info, List<String> schemas, List<String> historyTables, int twoConnectionsFrom,
                                      IntConsumer connectionsUsed, SecondConnection.AfterImport afterImport, ReadObserver observer) {
        String where = "schemas " + schemas + " of " + info.describe();
        try (Connection connection = info.connect()) {
            connection.setAutoCommit(false);
            SecondConnection second = null;
            // done once the first connection has read which tables are managed; failed if it failed first
            CompletableFuture<Void> tablesRead = new CompletableFuture<>();
            try {
                Header header = opening(connection, schemas, historyTables, where);
                if (header.tableCount >= twoConnectionsFrom) {
                    String snapshot = exportedSnapshot(connection, where);
                    if (snapshot == null) { // the refused export ended the transaction: again, on this connection alone
                        connectionsUsed.accept(1);
                        Inspection again = run(connection, schemas, historyTables, where);
                        connection.commit();
                        return again;
                    }
                    Rest rest = rest(header, where);
                    second = SecondConnection.start(info, snapshot, afterImport, c -> {
                        rest.readWithoutTablesOn(c, "second", observer, () -> !tablesRead.isDone());
                        if (!tablesKnown(tablesRead)) {
                            return; // the first connection failed before: it reports that failure
                        }
                        deparsing(c, header, schemas, where);
                        rest.readOn(c, "second", observer);
                    });
                    tables(connection, header, where);
                    tablesRead.complete(null);
                    columnsAndNotes(connection, header, schemas, where);
                    rest.readOn(connection, "first", observer);
                } else {
                    tables(connection, header, where);
                    readAll(connection, header, schemas, where);
                }
                boolean readThere = false;
                if (second != null) {
                    SecondConnection reading = second;
                    second = null; // awaited: nothing left to abandon, whatever it throws
                    readThere = reading.await();
                    if (!readThere) { // no second connection could be had: what it would have read first is read here
                        deparsing(connection, header, schemas, where);
                    }
                }
                connectionsUsed.accept(readThere ? 2 : 1);
                connection.commit();
                return build(header);
            } catch (SQLException | RuntimeException e) {
                tablesRead.completeExceptionally(e); // a second connection waiting for the tables stops waiting
                if (second != null) {
                    second.abandon(e);
                }
                rollbackKeeping(connection, e);
                throw e;
            } finally { // an Error too: the second connection never waits for tables that will not come
                tablesRead.cancel(false);
            }
        } catch (SQLException e) {
            throw new InspectionException("inspect " + where, e);
        }
    }

    /** Waits for the first connection to read the managed tables: false when it failed instead. */
    private static boolean tablesKnown(CompletableFuture<Void> tablesRead) throws SQLException {
        try {
            tablesRead.get();
            return true;
        } catch (ExecutionException | java.util.concurrent.CancellationException e) { // failed, or ended by an Error
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while waiting for the first connection to read the tables", e);
        }
    }

    /** Rolls back after {@code failure}; a rollback that fails too is kept as its suppressed exception, not thrown instead. */
    private static void rollbackKeeping(Connection connection, Exception failure) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static Inspection run(Connection connection, List<String> schemas, List<String> historyTables, String where)
            throws SQLException {
        Header header = begin(connection, schemas, historyTables, where);
        readAll(connection, header, schemas, where);
        return build(header);
    }

    /** What the first queries found: the version, the schemas that exist, the managed tables by oid. */
    private static final class Header {
        int version;
        /** The tables in the inspected schemas, managed or not, as the first query counted them. */
        int tableCount;
        /** The schemas inspected. */
        List<String> schemas;
        /** The history tables to leave out (HISTORY_TABLES unless told otherwise). */
        List<String> historyTables;
        final List<String> existing = new ArrayList<>();
        final List<Extension> extensions = new ArrayList<>();
        final Map<Long, TableParts> tables = new LinkedHashMap<>();
        /** Each filled by one of the two connections. */
        final List<ConstraintRow> constraints = new ArrayList<>();
        final List<Trigger> triggers = new ArrayList<>();
        final List<EnumType> enums = new ArrayList<>();
        final List<NotManaged> notes = new ArrayList<>();
        final List<Sequence> sequences = new ArrayList<>();
        final List<Routine> routines = new ArrayList<>();
        final List<Domain> domains = new ArrayList<>();
        final List<dev.dibs.engine.model.Extension> managedExtensions = new ArrayList<>();
        final List<dev.dibs.engine.model.View> views = new ArrayList<>();
        final List<dev.dibs.engine.model.MaterializedView> materializedViews = new ArrayList<>();
        final List<dev.dibs.engine.model.Policy> policies = new ArrayList<>();
        final List<dev.dibs.engine.model.Operator> operators = new ArrayList<>();
        final List<dev.dibs.engine.model.Collation> collations = new ArrayList<>();
    }

    /** The first query's row: the server version, the schemas that exist, the database's extensions. */
    private static void server(ResultSet rs, Header header) throws SQLException {
        rs.next();
        header.version = rs.getInt("version_num");
        header.tableCount = rs.getInt("table_count");
        header.existing.addAll(Arrays.asList((String[]) rs.getArray("existing_schemas").getArray()));
        String[] extensions = (String[]) rs.getArray("extension_names").getArray();
        String[] extensionSchemas = (String[]) rs.getArray("extension_schemas").getArray();
        String[] extensionVersions = (String[]) rs.getArray("extension_versions").getArray();
        for (int i = 0; i < extensions.length; i++) {
            header.extensions.add(new Extension(extensions[i], extensionSchemas[i], extensionVersions[i]));
        }
    }

    /**
     * The database's extensions alone, by an inspection's first query: it reads catalog rows only,
     * opening no table and deparsing nothing, so it can run beside migrations that drop and create
     * objects (a whole inspection then could fail on a view dropped under it).
     */
    public static List<Extension> extensions(ConnectionInfo info, List<String> schemas) {
        return serverFacts(info, schemas).extensions();
    }

    /** The server's major version and the database's extensions, by the same one query as {@link #extensions}. */
    public static ServerFacts serverFacts(ConnectionInfo info, List<String> schemas) {
        String where = "schemas " + schemas + " of " + info.describe();
        try (Connection connection = info.connect()) {
            Header header = new Header();
            query(connection, "server", false, 0, connection.createArrayOf("text", schemas.toArray()), null,
                    "read the extensions of " + where, rs -> server(rs, header));
            return new ServerFacts(header.version / 10000, List.copyOf(header.extensions));
        } catch (SQLException e) {
            throw new InspectionException("inspect " + where, e);
        }
    }

    /** The transaction's start, the server version and the managed tables: what every other read needs. */
    private static Header begin(Connection connection, List<String> schemas, List<String> historyTables, String where)
            throws SQLException {
        Header header = opening(connection, schemas, historyTables, where);
        tables(connection, header, where);
        return header;
    }

    /** The transaction's start and the first query: the server version, the schemas, the extensions, the tables' count. */
    private static Header opening(Connection connection, List<String> schemas, List<String> historyTables, String where)
            throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray());
        step("start the inspection transaction of " + where, () -> {
            try (Statement s = connection.createStatement()) {
                s.execute(CatalogSql.load("session"));
            }
            return null;
        });
        Header header = new Header();
        header.schemas = List.copyOf(schemas);
        header.historyTables = List.copyOf(historyTables);
        query(connection, "server", false, 0, names, null, "read the server version and " + where, rs -> server(rs, header));
        return header;
    }

    /** The managed tables, by oid: the queries of columns, constraints, indexes, triggers and policies take their oids. */
    private static void tables(Connection connection, Header header, String where) throws SQLException {
        Array names = connection.createArrayOf("text", header.schemas.toArray());
        query(connection, "tables", true, header.version, names, null, history(connection, header), "inspect tables of " + where, rs -> {
            while (rs.next()) {
                QualifiedName name = new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
                TableParts parts = new TableParts(name, rs.getString("comment"));
                parts.options = TableParts.options(rs);
                parts.print = TableParts.print(rs);
                header.tables.put(rs.getLong("table_oid"), parts);
            }
        });
    }

    /**
     * The transaction's snapshot, exported for a second connection; null when this server refuses
     * to export one, the transaction then rolled back. (Not in a savepoint: PostgreSQL exports no
     * snapshot from a subtransaction.) Anything but a refusal (a lost connection, a cancelled or
     * timed-out statement) is a failure of the inspection, not a reason to read it again.
     */
    private static String exportedSnapshot(Connection connection, String where) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery(CatalogSql.load("snapshot-export"))) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            if (!refusesToExport(e)) {
                rollbackKeeping(connection, e);
                throw new InspectionException("export the snapshot of " + where + " for a second connection", e);
            }
            connection.rollback();
            return null;
        }
    }

    /**
     * SQLSTATE classes of a server that will not export a snapshot, where reading on one connection
     * does the job: 0A feature not supported, 25 invalid transaction state, 42 no such function or
     * no privilege to run it, 55 object not in prerequisite state (a standby, for one).
     */
    private static final List<String> EXPORT_REFUSALS = List.of("0A", "25", "42", "55");

    private static boolean refusesToExport(SQLException e) {
        String state = e.getSQLState();
        return state != null && state.length() == 5 && EXPORT_REFUSALS.contains(state.substring(0, 2));
    }

    /** Everything after the header, on one connection. */
    private static void readAll(Connection connection, Header header, List<String> schemas, String where) throws SQLException {
        deparsing(connection, header, schemas, where);
        columnsAndNotes(connection, header, schemas, where);
        rest(header, where).readOn(connection, "first", ReadObserver.NONE);
    }

    /**
     * What the second connection reads once the tables are known: constraints and indexes, the two
     * largest reads that deparse (a check, an index predicate). Deparsing opens the table, and a new connection's first
     * open of a table builds its cache entry (about 25 microseconds): both on one connection, so that
     * only one of them pays for each of the tables.
     */
    private static void deparsing(Connection connection, Header header, List<String> schemas, String where) throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray());
        Array oids = connection.createArrayOf("oid", header.tables.keySet().toArray());
        int version = header.version;
        query(connection, "constraints", false, version, names, oids, "inspect constraints of " + where,
                rs -> ConstraintRows.read(rs, header.constraints));
        query(connection, "indexes", false, version, names, oids, "inspect indexes of " + where, rs -> IndexRows.read(rs, header.tables));
    }

    /** What the first connection reads first: the columns and the objects dibs does not manage, the two other large reads. */
    private static void columnsAndNotes(Connection connection, Header header, List<String> schemas, String where) throws SQLException {
        Array names = connection.createArrayOf("text", schemas.toArray());
        Array oids = connection.createArrayOf("oid", header.tables.keySet().toArray());
        int version = header.version;
        query(connection, "columns", false, version, names, oids, "inspect columns of " + where, rs -> ColumnRows.read(rs, header.tables));
        List<String> kinds = new ArrayList<>();
        query(connection, "unmodelled-kinds", false, version, names, null, "look for kinds of objects dibs does not model in " + where,
                rs -> {
                    rs.next();
                    kinds.addAll(Arrays.asList((String[]) rs.getArray("unmodelled_kinds").getArray()));
                });
        query(connection, CatalogSql.sent("unmanaged", version, kinds), names, null, history(connection, header),
                "look for objects dibs does not manage in " + where, rs -> {
            while (rs.next()) {
                header.notes.add(new NotManaged(rs.getString("kind"), rs.getString("schema_name"), rs.getString("object_name"),
                        rs.getString("detail")));
            }
        });
    }

    /**
     * One of the smaller reads: the catalog query {@code name} and what takes its rows, on whichever
     * connection runs it; {@code tableOids}: it takes the managed tables' oids.
     */
    private record Read(String name, boolean tableOids, int version, String what, RowsReader reader) {
        void on(Connection connection, Array schemas, Array oids) throws SQLException {
            query(connection, name, false, version, schemas, tableOids ? oids : null, what, reader);
        }
    }

    /**
     * The smaller reads, largest first, each taken by whichever connection is free when it gets
     * there: the two connections end about together whatever the shape of the schema (one with many
     * triggers, one with many routines), rather than one waiting for the other. Each read fills its
     * own part of the header, so two never write the same list.
     */
    private static final class Rest {
        private final List<Read> reads;
        /** Which reads a connection has taken, by index in {@link #reads}. */
        private final AtomicIntegerArray taken;
        private final Header header;

        private Rest(Header header, List<Read> reads) {
            this.header = header;
            this.reads = reads;
            this.taken = new AtomicIntegerArray(reads.size());
        }

        /** Runs the reads no connection has taken yet, one at a time, on {@code connection} ({@code which}: first or second). */
        void readOn(Connection connection, String which, ReadObserver observer) throws SQLException {
            readOn(connection, which, observer, true, () -> true);
        }

        /**
         * As {@link #readOn}, but only the reads that do not take the managed tables' oids, smallest
         * first, and only while {@code tablesUnknown} holds: what a connection can do before those
         * are read, ending about when they are (the large reads stay for the end, where they even
         * out the two connections).
         */
        void readWithoutTablesOn(Connection connection, String which, ReadObserver observer, BooleanSupplier tablesUnknown)
                throws SQLException {
            readOn(connection, which, observer, false, tablesUnknown);
        }

        private void readOn(Connection connection, String which, ReadObserver observer, boolean withTables, BooleanSupplier go)
                throws SQLException {
            Array names = null;
            Array oids = null;
            for (int n = 0; n < reads.size() && go.getAsBoolean(); n++) {
                int i = withTables ? n : reads.size() - 1 - n;
                Read read = reads.get(i);
                if (read.tableOids() && !withTables || !taken.compareAndSet(i, 0, 1)) {
                    continue;
                }
                if (names == null) {
                    names = connection.createArrayOf("text", header.schemas.toArray());
                }
                if (oids == null && read.tableOids()) {
                    oids = connection.createArrayOf("oid", header.tables.keySet().toArray());
                }
                read.on(connection, names, oids);
                observer.ran(which, read.name());
            }
        }
    }

    private static Rest rest(Header header, String where) {
        int version = header.version;
        return new Rest(header, List.of(
                // a trigger's WHEN clause, a view's query and a policy's expressions are deparsed too,
                // opening their tables: far fewer than the checks and index predicates above
                new Read("triggers", true, version, "inspect triggers of " + where, rs -> TriggerRows.read(rs, header.triggers)),
                new Read("routines", false, version, "inspect functions and procedures of " + where,
                        rs -> RoutineRows.read(rs, header.routines)),
                new Read("operators", false, version, "inspect operators of " + where, rs -> OperatorRows.read(rs, header.operators)),
                new Read("sequences", false, version, "inspect sequences of " + where, rs -> SequenceRows.read(rs, header.sequences)),
                new Read("views", false, version, "inspect views and materialized views of " + where,
                        rs -> ViewRows.read(rs, header.views, header.materializedViews)),
                new Read("collations", false, version, "inspect collations of " + where,
                        rs -> CollationRows.read(rs, header.collations)),
                new Read("domains", false, version, "inspect domains of " + where, rs -> DomainRows.read(rs, header.domains)),
                new Read("extensions", false, version, "inspect extensions of " + where,
                        rs -> ExtensionRows.read(rs, header.managedExtensions)),
                new Read("policies", true, version, "inspect row-level-security policies of " + where,
                        rs -> PolicyRows.read(rs, header.policies)),
                new Read("enums", false, version, "inspect enum types of " + where, rs -> {
                    while (rs.next()) {
                        header.enums.add(new EnumType(new QualifiedName(rs.getString("schema_name"), rs.getString("type_name")),
                                ArrayColumns.strings(rs, "labels"), rs.getString("comment")));
                    }
                })));
    }

    /** The model, once both connections have read: constraint columns are named from the columns' rows. */
    private static Inspection build(Header header) {
        ConstraintRows.resolve(header.constraints, header.tables);
        Schema schema = Normalizer.normalize(new Schema(header.existing,
                header.tables.values().stream().map(TableParts::build).toList(), header.enums, header.managedExtensions,
                header.sequences, header.domains, header.routines, header.triggers, header.views, header.materializedViews,
                header.policies, header.operators, header.collations));
        return new Inspection(schema, header.notes, header.version, TableParts.fingerprints(header.tables.values()),
                header.extensions);
    }

    private static final Pattern PARAMETER = Pattern.compile("\\?::(text\\[\\]|pg_catalog\\.oid\\[\\]|pg_catalog\\.text\\[\\])");

    /** Each catalog query's parameter types, in order: found once per query text (bound on every inspection). */
    private static final Map<String, List<String>> PARAMETER_TYPES = new ConcurrentHashMap<>();

    private static List<String> parameterTypes(String sql) {
        List<String> types = new ArrayList<>();
        Matcher m = PARAMETER.matcher(sql);
        while (m.find()) {
            types.add(m.group(1));
        }
        return List.copyOf(types);
    }

    private static Array history(Connection connection, Header header) throws SQLException {
        return connection.createArrayOf("text", header.historyTables.toArray());
    }

    /**
     * Binds a catalog query's parameters by their type: {@code ?::text[]} the schema names,
     * {@code ?::pg_catalog.oid[]} the managed tables' oids (what tables.sql returned),
     * {@code ?::pg_catalog.text[]} the history tables left out ({@link #HISTORY_TABLES}; see {@link #historyTables}).
     */
    public static void bind(PreparedStatement ps, String sql, Array schemaNames, Array tableOids) throws SQLException {
        bind(ps, sql, schemaNames, tableOids, null);
    }

    private static void bind(PreparedStatement ps, String sql, Array schemaNames, Array tableOids, Array historyTables)
            throws SQLException {
        List<String> types = PARAMETER_TYPES.computeIfAbsent(sql, Inspector::parameterTypes);
        for (int i = 1; i <= types.size(); i++) {
            String type = types.get(i - 1);
            if (type.startsWith("text")) {
                ps.setArray(i, schemaNames);
            } else if (type.equals("pg_catalog.text[]")) {
                ps.setArray(i, historyTables != null ? historyTables
                        : ps.getConnection().createArrayOf("text", HISTORY_TABLES.toArray()));
            } else if (tableOids == null) {
                throw new IllegalArgumentException("this catalog query takes the managed tables' oids (from tables.sql): " + sql);
            } else {
                ps.setArray(i, tableOids);
            }
        }
    }

    /** The session statement, sent first in the inspection's transaction. */
    public static String sessionStatement() {
        return CatalogSql.load("session");
    }

    /**
     * The catalog queries an inspection sends (on one connection, in this order), exactly as sent to
     * a server of {@code versionNum} ({@code server_version_num}), to be bound with {@link #bind};
     * "tables" returns the {@code table_oid}s that the queries with an oid[] parameter take. For
     * benchmarks that measure the floor of introspection.
     */
    public static Map<String, String> catalogQueries(int versionNum) {
        return catalogQueries(versionNum, CatalogSql.kinds("unmanaged"));
    }

    /**
     * As {@link #catalogQueries(int)}, with unmanaged.sql as sent to a database holding {@code
     * unmodelledKinds} of the kinds dibs does not model (what the "unmodelled-kinds" query
     * returned); the one-argument form asks for every kind.
     */
    public static Map<String, String> catalogQueries(int versionNum, Collection<String> unmodelledKinds) {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("server", catalogQuery("server", false, versionNum));
        queries.put("tables", catalogQuery("tables", true, versionNum));
        for (String name : List.of("constraints", "indexes", "columns", "unmodelled-kinds", "unmanaged", "triggers", "routines", "operators", "sequences", "views",
                "collations", "domains", "extensions", "policies", "enums")) {
            queries.put(name, name.equals("unmanaged") ? CatalogSql.sent(name, versionNum, unmodelledKinds)
                    : catalogQuery(name, false, versionNum));
        }
        return queries;
    }

    private static String catalogQuery(String name, boolean withManaged, int versionNum) {
        return CatalogSql.sent(name, withManaged, versionNum);
    }

    private interface RowsReader {
        void read(ResultSet rs) throws SQLException;
    }

    private interface Step<T> {
        T run() throws SQLException;
    }

    private static <T> T step(String what, Step<T> step) throws SQLException {
        try {
            return step.run();
        } catch (SQLException e) {
            throw new InspectionException(what, e);
        }
    }

    /**
     * Runs a catalog query. Its parameters are typed in the SQL: each {@code ?::text[]} gets the
     * schema names, each {@code ?::pg_catalog.oid[]} the managed tables' oids.
     */
    private static void query(Connection connection, String name, boolean withManaged, int versionNum, Array schemas,
                              Array tableOids, String what, RowsReader reader) throws SQLException {
        query(connection, name, withManaged, versionNum, schemas, tableOids, null, what, reader);
    }

    private static void query(Connection connection, String name, boolean withManaged, int versionNum, Array schemas,
                              Array tableOids, Array historyTables, String what, RowsReader reader) throws SQLException {
        query(connection, catalogQuery(name, withManaged, versionNum), schemas, tableOids, historyTables, what, reader);
    }

    private static void query(Connection connection, String sql, Array schemas, Array tableOids, Array historyTables, String what,
                              RowsReader reader) throws SQLException {
        step(what, () -> {
            try (PreparedStatement ps = connection.prepareStatement(sql)) {
                bind(ps, sql, schemas, tableOids, historyTables);
                try (ResultSet rs = ps.executeQuery()) {
                    reader.read(rs);
                }
            }
            return null;
        });
    }
}
