package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.math.BigInteger;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What Flyway recorded in its schema history table, read as Flyway 13 reads it, so that dibs
 * takes over a database Flyway migrated without re-running anything. dibs only reads the table.
 *
 * <p>Every row type is handled or refused, naming the row: {@code SQL}, {@code JDBC} (and
 * {@code SCRIPT}, {@code CUSTOM}) successes with a version are applied migrations (dibs id
 * {@code V<version>}); a successful {@code DELETE} row (what {@code flyway repair} writes for a
 * migration whose file is gone) takes back the latest applied row of its version, as Flyway does, so
 * a file of that version present again is pending; {@code BASELINE}, {@code SQL_BASELINE} and
 * {@code JDBC_BASELINE} set the baseline (the highest of them): a Flyway file of a version up to
 * and including it counts as applied, as Flyway ignores it; {@code SCHEMA} (Flyway created the
 * schemas) and repeatable rows (no version) are history only. A failed row stops every run with
 * Flyway's words; so do undo rows (Flyway Teams' {@code UNDO_*}: this history cannot be read without
 * them) and a type Flyway 13 does not write.
 *
 * @param table where the history table is (null: there is none, so no Flyway history)
 * @param rows  its rows in {@code installed_rank} order
 */
public record FlywayHistory(QualifiedName table, List<Row> rows) {

    /** Flyway's default history table name. */
    public static final String DEFAULT_TABLE = "flyway_schema_history";
    /** How a Flyway checksum is written where dibs compares checksums: {@code flyway:<signed int>}. */
    public static final String CHECKSUM_PREFIX = "flyway:";
    /** What a Flyway Java migration is compared by: dibs cannot compute its checksum without running the class. */
    public static final String JAVA_CHECKSUM = "flyway-java";

    private static final Pattern VERSIONED_ID = Pattern.compile("V\\d+(\\.\\d+)*");
    private static final List<String> APPLIED_TYPES = List.of("SQL", "JDBC", "SPRING_JDBC", "SCRIPT", "CUSTOM");
    private static final List<String> BASELINE_TYPES = List.of("BASELINE", "SQL_BASELINE", "JDBC_BASELINE");

    public FlywayHistory {
        rows = List.copyOf(rows);
    }

    /** One row of the history table. */
    public record Row(int installedRank, String version, String description, String type, String script, Integer checksum,
                      boolean success) {

        /** {@code installed_rank 3 (version 3, "add x", V3__add_x.sql, SQL)}: what Flyway's table says of it. */
        public String describe() {
            // a row anyone who can write the table wrote: each value one line, as it reads
            return "installed_rank " + installedRank + " (version " + (version == null ? "none" : Printable.escape(version)) + ", \""
                    + Printable.escape(description) + "\", " + Printable.escape(script) + ", " + Printable.escape(type)
                    + (success ? "" : ", failed") + ")";
        }
    }

    /**
     * Where the history table is: {@code flywayTable} is {@code table} or {@code schema.table}
     * (verbatim, as Flyway's {@code table} and {@code defaultSchema}); without a schema it is in
     * the first of {@code schemas}, which is where Flyway puts it (its default schema is the first
     * of its {@code schemas}). Null or blank: {@value #DEFAULT_TABLE}.
     */
    public static QualifiedName location(String flywayTable, List<String> schemas) {
        String name = flywayTable == null || flywayTable.isBlank() ? DEFAULT_TABLE : flywayTable.trim();
        int dot = name.indexOf('.');
        if (dot > 0 && dot < name.length() - 1) {
            return new QualifiedName(name.substring(0, dot), name.substring(dot + 1));
        }
        if (dot >= 0) {
            throw new MigrationException("flywayTable \"" + name + "\" is not a table name: write flyway_schema_history, or"
                    + " schema.table for a history table outside the first of schemas.");
        }
        return new QualifiedName(schemas.get(0), name);
    }

    /** The history at {@code table}; none (no rows, null table) when the table does not exist. */
    static FlywayHistory read(Connection c, QualifiedName table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlResources.load(FlywayHistory.class, "flyway-table"))) {
            ps.setString(1, table.schema());
            ps.setString(2, table.name());
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return new FlywayHistory(null, List.of());
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        String sql = SqlResources.load(FlywayHistory.class, "flyway-history").replace(":table", Sql.name(table));
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Row(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        (Integer) rs.getObject(6), rs.getBoolean(7)));
            }
        } catch (SQLException e) {
            String fix = "42501".equals(e.getSQLState())
                    ? "GRANT SELECT ON " + Sql.name(table) + " TO " + Sql.name(currentUser(c)) + ", or run as its owner."
                    : "Is it Flyway's? Name Flyway's history table with flywayTable (table or schema.table).";
            throw new MigrationException("cannot read Flyway's schema history table " + table + " (flywayTable): " + Printable.message(e)
                    + ". " + fix, e);
        }
        return new FlywayHistory(table, rows);
    }

    /** The role whose privileges count (after a SET ROLE too, unlike the sign-in user the driver knows). */
    private static String currentUser(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SqlResources.load(FlywayHistory.class, "current-user")); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getString(1);
        }
    }

    public boolean exists() {
        return table != null;
    }

    /**
     * Why no run may start on this history, in Flyway's words where Flyway has them: failed rows
     * (a half-applied migration), undo rows and unknown types. Empty: dibs can take it over.
     */
    public List<String> refusals() {
        List<String> out = new ArrayList<>();
        for (Row r : rows) {
            if (!r.success()) {
                out.add((r.version() == null ? "Detected failed repeatable migration: " + Printable.escape(r.description()) + "."
                        : "Detected failed migration to version " + Printable.escape(r.version()) + " ("
                                + Printable.escape(r.description()) + ").")
                        + "\nPlease remove any half-completed changes then run repair to fix the schema history."
                        + " (Flyway's history " + table + ", " + r.describe() + ")");
            } else if (r.type().startsWith("UNDO_")) {
                out.add("Flyway's history " + table + " has an undo row, " + r.describe() + ": an undo migration (Flyway Teams)"
                        + " reversed an applied one, and dibs does not take over a history with undone migrations. Apply the"
                        + " remaining migrations with Flyway, or move the database to dibs with dibs:baseline.");
            } else if (!known(r)) {
                out.add("Flyway's history " + table + " has a row of a type Flyway 13 does not write, " + r.describe()
                        + ": dibs cannot tell whether it applied anything. Remove or correct the row (flyway repair).");
            }
        }
        return out;
    }

    private static boolean known(Row r) {
        return APPLIED_TYPES.contains(r.type()) || BASELINE_TYPES.contains(r.type()) || r.type().equals("SCHEMA")
                || r.type().equals("DELETE");
    }

    /**
     * The versioned migrations Flyway applied and that still count, as dibs ids ({@code V<version>})
     * in the order Flyway applied them, each with its checksum as dibs compares it
     * ({@code flyway:<n>}; {@value #JAVA_CHECKSUM} for a Java migration).
     */
    public Map<String, String> applied() {
        Map<String, String> applied = new LinkedHashMap<>();
        for (Row r : rows) {
            if (!r.success() || r.version() == null) {
                continue; // failed rows are refusals; repeatable ones are history only
            }
            String id = "V" + r.version();
            if (r.type().equals("DELETE")) {
                applied.remove(id);
            } else if (APPLIED_TYPES.contains(r.type())) {
                applied.put(id, r.type().equals("SQL") ? CHECKSUM_PREFIX + r.checksum() : JAVA_CHECKSUM);
            }
        }
        return applied;
    }

    /** The version of the highest successful baseline row (BASELINE, SQL_BASELINE, JDBC_BASELINE); null: none. */
    public String baseline() {
        String baseline = null;
        for (Row r : rows) {
            if (r.success() && r.version() != null && BASELINE_TYPES.contains(r.type())
                    && (baseline == null || compareVersions(r.version(), baseline) > 0)) {
                baseline = r.version();
            }
        }
        return baseline;
    }

    /**
     * The applied migrations as dibs counts them: {@link #applied()}, and each discovered Flyway
     * file (or Java migration) of a version up to the baseline, with its own checksum, since
     * Flyway ignores those (it never compares their checksums either).
     */
    public Map<String, String> appliedWith(List<DiscoveredMigration> discovered) {
        Map<String, String> applied = applied();
        String baseline = baseline();
        for (DiscoveredMigration m : discovered) {
            if (!isFlyway(m)) {
                continue;
            }
            if (baseline != null && !applied.containsKey(m.id()) && compareVersions(m.id().substring(1), baseline) <= 0) {
                applied.put(m.id(), m.checksum());
            } else if (JAVA_CHECKSUM.equals(applied.get(m.id()))) {
                // a Java migration Flyway ran, rewritten as a SQL file of its version (so that dibs:check can replay it):
                // applied here, and there is no checksum of the Java migration to compare the file with
                applied.put(m.id(), m.checksum());
            }
        }
        return applied;
    }

    /** A Flyway migration ({@code V<version>} with a Flyway checksum), not a dibs {@code @Migration}. */
    static boolean isFlyway(DiscoveredMigration m) {
        return VERSIONED_ID.matcher(m.id()).matches() && m.checksum() != null
                && (m.checksum().startsWith(CHECKSUM_PREFIX) || m.checksum().equals(JAVA_CHECKSUM));
    }

    /**
     * Flyway's own report of an applied file edited since (its validate message, advice included),
     * then the file as dibs found it.
     */
    public String mismatch(DiscoveredMigration m, String appliedChecksum) {
        return "Migration checksum mismatch for migration version " + m.id().substring(1) + "\n"
                + "-> Applied to database : " + appliedChecksum.substring(CHECKSUM_PREFIX.length()) + "\n"
                + "-> Resolved locally    : " + m.checksum().substring(CHECKSUM_PREFIX.length()) + "\n"
                + "Either revert the changes to the migration, or run repair to update the schema history."
                + " (Flyway's history " + table + "; the file: " + m.describe() + ")";
    }

    /**
     * Why a run must stop before anything runs, all reasons in one message; null when none: the
     * history's own {@link #refusals()}, applied Flyway files edited since (Flyway's checksum
     * message) and pending Flyway Java migrations (dibs does not run them).
     */
    public String refusal(MigrationStatus status) {
        List<String> reasons = new ArrayList<>(refusals());
        Map<String, String> applied = applied();
        for (DiscoveredMigration m : status.changed()) {
            String was = applied.get(m.id());
            if (was != null && isFlyway(m) && was.startsWith(CHECKSUM_PREFIX) && m.checksum().startsWith(CHECKSUM_PREFIX)) {
                reasons.add(mismatch(m, was));
            }
        }
        for (DiscoveredMigration m : status.pending()) {
            if (JAVA_CHECKSUM.equals(m.checksum())) {
                reasons.add("Flyway Java migration " + m.className() + " (" + m.id() + ") is pending, and dibs does not run Flyway"
                        + " Java migrations. Apply it with Flyway (flyway migrate) before dibs takes over, or rewrite it as a"
                        + " V<version>__<description>.sql file or a @Migration class (dev.dibs.DibsMigration) and remove the class.");
            }
        }
        if (reasons.isEmpty()) {
            return null;
        }
        return "Flyway's history stops this run; nothing was run:\n" + String.join("\n", reasons);
    }

    /** Flyway's version order: numeric parts compared as numbers, trailing zeros ignored ({@code 1.0} equals {@code 1}). */
    static int compareVersions(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.max(x.length, y.length); i++) {
            BigInteger p = i < x.length ? new BigInteger(x[i]) : BigInteger.ZERO;
            BigInteger q = i < y.length ? new BigInteger(y[i]) : BigInteger.ZERO;
            int c = p.compareTo(q);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
