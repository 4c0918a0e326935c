package dev.dibs.engine.plan;

import dev.dibs.engine.model.QualifiedName;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Applies a plan checking four hazards of each statement against what PostgreSQL did, on the
 * relations of the compared schemas the database had before the plan. From the files PostgreSQL
 * writes ({@code pg_relation_filenode}): a statement that builds an index (a new file: a renamed
 * index, or one re-created on its own file by a retype, keeps it) says INDEX_BUILD or REWRITES_TABLE,
 * one that says INDEX_BUILD builds one, and a statement says REWRITES_TABLE exactly when it writes a
 * table's rows to a new file. From {@code pg_locks}: a statement that takes an ACCESS EXCLUSIVE lock
 * on a table, view, materialized view or sequence says ACQUIRES_ACCESS_EXCLUSIVE_LOCK, and one that
 * says it takes one: a new lock, or, once the transaction holds some (a lock taken again shows
 * nothing new), one held on the table the statement acts on (its target, else its change's table)
 * when that table is one the watch knows and still has that name. From the transaction's scan counts
 * ({@code pg_stat_get_xact_numscans}), for a statement in the plan's transaction or in the last one
 * after the validations ({@code SET NOT NULL} proved by a validated check): one that reads the
 * rows of a table the database had says VALIDATES_EXISTING_ROWS, REWRITES_TABLE or INDEX_BUILD (a
 * materialized view built with data reads its query's tables: not judged), and one that says
 * VALIDATES_EXISTING_ROWS reads some table's rows (a domain's statement is not judged so: see below).
 * A partitioned table whose partitions are all new when a statement runs (the plan made them, or it
 * has none) holds no row the watch knows of: a statement on it that says it rewrites, builds or reads
 * rows is let be (PostgreSQL's work on new partitions is not watched).
 * The session's time zone is not UTC ({@link #setTimeZone}).
 */
public final class HazardWatch {

    /** The indexes of the tables and materialized views {@code ?} lists (oids, comma-separated): file, then name. */
    private static final String INDEX_FILES = "SELECT pg_relation_filenode(i.indexrelid)::text || ' ' || i.indexrelid::regclass::text"
            + " FROM pg_index i WHERE i.indrelid::text = ANY (string_to_array(?, ',')) AND pg_relation_filenode(i.indexrelid) <> 0";

    /** The files of the tables and materialized views {@code ?} lists. */
    private static final String TABLE_FILES = "SELECT pg_relation_filenode(oid)::text FROM pg_class"
            + " WHERE oid::text = ANY (string_to_array(?, ',')) AND pg_relation_filenode(oid) <> 0";

    /** The ACCESS EXCLUSIVE locks this session holds on the relations {@code ?} lists. */
    private static final String LOCKS = "SELECT relation::text || ' ' || relation::regclass::text FROM pg_locks"
            + " WHERE pid = pg_backend_pid() AND locktype = 'relation' AND mode = 'AccessExclusiveLock'"
            + " AND relation::text = ANY (string_to_array(?, ','))";

    /**
     * How many times this transaction scanned each table {@code ?} lists ({@code oid:count}): counted as
     * PostgreSQL reads a table's rows, to check or copy them, also when the table is empty.
     */
    private static final String SCANS = "SELECT oid::text || ':' || pg_stat_get_xact_numscans(oid) FROM pg_class"
            + " WHERE relkind IN ('r', 'p', 'm') AND relnamespace::regnamespace::text = ANY (string_to_array(?, ','))";

    /** The oid of the relation named by schema {@code ?} and name {@code ?}, null when there is none by that name. */
    private static final String RELATION = "SELECT to_regclass(format('%I.%I', ?::text, ?::text))::oid::text";

    /**
     * Whether the relation {@code ?} (an oid) is a partitioned table none of whose partitions now is
     * one of the tables {@code ?} lists (those the database had before the plan): it holds no row
     * the watch knows of.
     */
    private static final String ROWLESS = "SELECT c.relkind = 'p' AND NOT EXISTS (SELECT 1 FROM pg_partition_tree(c.oid) t"
            + " WHERE t.isleaf AND t.relid::text = ANY (string_to_array(?, ','))) FROM pg_class c WHERE c.oid = ?::oid";

    /** The relations of those kinds in the schemas {@code ?} lists. */
    private static final String RELATIONS = "SELECT string_agg(oid::text, ',') FROM pg_class WHERE relkind = ANY (string_to_array(?, ','))"
            + " AND relnamespace::regnamespace::text = ANY (string_to_array(?, ','))";

    private HazardWatch() {
    }

    /** Applies {@code plan} on {@code c} ({@link PlanApplier}); returns the statements whose hazards are not what PostgreSQL did. */
    public static List<String> apply(Connection c, Plan plan, String lockTimeout, List<String> schemas) throws SQLException {
        String tables = relations(c, "r,p,m", schemas);
        String relations = relations(c, "r,p,m,v,S", schemas);
        try (PreparedStatement indexQuery = c.prepareStatement(INDEX_FILES); PreparedStatement tableQuery = c.prepareStatement(TABLE_FILES);
             PreparedStatement lockQuery = c.prepareStatement(LOCKS); PreparedStatement relationQuery = c.prepareStatement(RELATION);
             PreparedStatement scanQuery = c.prepareStatement(SCANS); PreparedStatement rowlessQuery = c.prepareStatement(ROWLESS)) {
            NewRows indexes = new NewRows(indexQuery, tables);
            NewRows heaps = new NewRows(tableQuery, tables);
            NewRows locks = new NewRows(lockQuery, relations);
            Scans scans = new Scans(scanQuery, String.join(",", schemas), tables);
            List<String> wrong = new ArrayList<>();
            setTimeZone(c, "Europe/Paris");
            try {
                rowlessQuery.setString(1, tables);
                applyWatching(c, plan, lockTimeout, indexes, heaps, locks, scans, new Targets(relationQuery, relations), rowlessQuery,
                        wrong);
            } finally {
                try (var reset = c.createStatement()) {
                    reset.execute("RESET TimeZone"); // the session's own again (the driver's, from the JVM)
                }
            }
            return wrong;
        }
    }

    /**
     * The session's time zone: under UTC PostgreSQL retypes between {@code timestamp} and
     * {@code timestamptz} without a rewrite, under any other it rewrites; a plan cannot know where it
     * will run, so it says REWRITES_TABLE, and the watch runs where that is true.
     */
    private static void setTimeZone(Connection c, String zone) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('TimeZone', ?, false)")) {
            ps.setString(1, zone);
            ps.execute();
        }
    }

    private static void applyWatching(Connection c, Plan plan, String lockTimeout, NewRows indexes, NewRows heaps, NewRows locks,
                                      Scans scans, Targets targets, PreparedStatement rowless, List<String> wrong) throws SQLException {
        PlanApplier.apply(c, plan, lockTimeout, new PlanListener() {
            @Override
            public void starting(int number, int total, Statement statement) {
                if (statement.mode() == TransactionMode.AFTER_VALIDATIONS) {
                    // the counts read after the autocommitted validations may since have been reported (and
                    // reset): read them again inside this last transaction, where nothing resets them
                    scans.sinceLast();
                }
            }

            @Override
            public void finished(int number, int total, Statement statement, Duration took) {
                Set<Hazard> said = statement.hazards();
                boolean lockedBefore = locks.any();
                Set<String> locked = locks.sinceLast();
                boolean saidLock = said.contains(Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
                QualifiedName table = tableOf(statement);
                String target = saidLock && locked.isEmpty() && lockedBefore && table != null
                        ? targets.oid(StatementTarget.table(table)) : null;
                if (!locked.isEmpty() && !saidLock || saidLock && locked.isEmpty() && (!lockedBefore || target != null && !locks.holds(target))) {
                    wrong.add(statement.sql() + "   -- " + said + ", ACCESS EXCLUSIVE locks taken: " + locked);
                }
                // a partitioned table whose partitions are all new (the plan made them; none is watched)
                // holds no row the watch knows of: what a statement says it does to its rows is let be
                String subject = table == null ? null : targets.oid(StatementTarget.table(table));
                boolean noRows = subject != null && rowless(rowless, subject);
                boolean rewrote = !heaps.sinceLast().isEmpty();
                if (rewrote != said.contains(Hazard.REWRITES_TABLE) && !(noRows && !rewrote)) {
                    wrong.add(statement.sql() + "   -- " + said + (rewrote ? ", rewrote a table" : ", rewrote no table"));
                }
                // the transaction's scans, which PostgreSQL reports (and resets) only between transactions: only
                // a statement in one is judged, the plan's own or the last one after the validations
                Set<String> scanned = scans.sinceLast();
                if (statement.mode() == TransactionMode.IN_TRANSACTION || statement.mode() == TransactionMode.AFTER_VALIDATIONS) {
                    boolean reads = said.contains(Hazard.VALIDATES_EXISTING_ROWS) || said.contains(Hazard.REWRITES_TABLE)
                            || said.contains(Hazard.INDEX_BUILD);
                    Set<String> existing = scans.known(scanned);
                    // a materialized view built with data reads the tables its query reads: its own work, no check of them
                    boolean builds = statement.change() instanceof dev.dibs.engine.diff.SchemaChange.CreateMaterializedView;
                    if (!existing.isEmpty() && !reads && !builds) {
                        wrong.add(statement.sql() + "   -- " + said + ", read the rows of tables: " + existing);
                    }
                    // (not of a domain's statement: it says so whenever it checks stored values, though no
                    // column may hold the domain at that point of the plan — an over-claim the watch lets be)
                    boolean ofDomain = statement.change() instanceof dev.dibs.engine.diff.SchemaChange.AddDomainCheck
                            || statement.change() instanceof dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck
                            || statement.change() instanceof dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
                    if (said.contains(Hazard.VALIDATES_EXISTING_ROWS) && scanned.isEmpty() && !ofDomain && !noRows) {
                        wrong.add(statement.sql() + "   -- " + said + ", read the rows of no table");
                    }
                }
                Set<String> built = indexes.sinceLast();
                if (!built.isEmpty() && !said.contains(Hazard.INDEX_BUILD) && !said.contains(Hazard.REWRITES_TABLE)
                        || said.contains(Hazard.INDEX_BUILD) && built.isEmpty() && !noRows) {
                    wrong.add(statement.sql() + "   -- " + said + ", indexes built: " + built);
                }
            }
        });
    }

    /** The table a statement acts on: its target, else its change's {@code table} (a name, or a table). */
    private static QualifiedName tableOf(Statement statement) {
        if (statement.target() != null) {
            return statement.target().table();
        }
        if (statement.change() == null || !statement.change().getClass().isRecord()) {
            return null;
        }
        for (java.lang.reflect.RecordComponent component : statement.change().getClass().getRecordComponents()) {
            if (component.getName().equals("table")) {
                try {
                    Object value = component.getAccessor().invoke(statement.change());
                    return value instanceof QualifiedName q ? q : value instanceof dev.dibs.engine.model.Table t ? t.name() : null;
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return null;
    }

    private static boolean rowless(PreparedStatement query, String oid) {
        try {
            query.setString(2, oid);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String relations(Connection c, String kinds, List<String> schemas) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(RELATIONS)) {
            ps.setString(1, kinds);
            ps.setString(2, String.join(",", schemas));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1) == null ? "" : rs.getString(1);
            }
        }
    }

    /** The rows of a query listing files or locks (each row's first word), and which are new since it last ran. */
    private static final class NewRows {
        private final PreparedStatement query;
        private final Set<String> seen = new HashSet<>();

        NewRows(PreparedStatement query, String relations) throws SQLException {
            this.query = query;
            query.setString(1, relations);
            sinceLast();
        }

        boolean any() {
            return !seen.isEmpty();
        }

        /** Whether the last run listed the row whose first word is {@code first}. */
        boolean holds(String first) {
            return seen.contains(first);
        }

        Set<String> sinceLast() {
            Set<String> fresh = new HashSet<>();
            Set<String> now = new HashSet<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String row = rs.getString(1);
                    String first = row.split(" ", 2)[0];
                    now.add(first);
                    if (!seen.contains(first)) {
                        fresh.add(row);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            seen.clear();
            seen.addAll(now);
            return fresh;
        }
    }

    /**
     * How often the transaction scanned each table of the schemas ({@link #SCANS}), and which tables
     * it scanned since the last reading: one new since then counts from nothing.
     */
    private static final class Scans {
        private final PreparedStatement query;
        private final Set<String> known;
        private final java.util.Map<String, Long> counts = new java.util.HashMap<>();

        Scans(PreparedStatement query, String schemas, String tables) throws SQLException {
            this.query = query;
            this.known = Set.of(tables.isEmpty() ? new String[0] : tables.split(","));
            query.setString(1, schemas);
            sinceLast();
        }

        /** The tables (oids) scanned since the last reading. */
        Set<String> sinceLast() {
            Set<String> scanned = new HashSet<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String[] row = rs.getString(1).split(":", 2);
                    long count = Long.parseLong(row[1]);
                    Long before = counts.put(row[0], count);
                    if (count > (before == null ? 0 : before)) {
                        scanned.add(row[0]);
                    }
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            return scanned;
        }

        /** Those of {@code tables} the database had before the plan. */
        Set<String> known(Set<String> tables) {
            Set<String> out = new HashSet<>(tables);
            out.retainAll(known);
            return out;
        }
    }

    /** The oids of the relations a statement names as its target, among those the watch knows. */
    private record Targets(PreparedStatement query, Set<String> known) {
        Targets(PreparedStatement query, String relations) {
            this(query, Set.of(relations.isEmpty() ? new String[0] : relations.split(",")));
        }

        /** The oid of {@code target}'s table when the watch knows it under that name now; else null. */
        String oid(StatementTarget target) {
            if (target == null) {
                return null;
            }
            try {
                query.setString(1, target.table().schema());
                query.setString(2, target.table().name());
                try (ResultSet rs = query.executeQuery()) {
                    String oid = rs.next() ? rs.getString(1) : null;
                    return oid != null && known.contains(oid) ? oid : null;
                }
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
