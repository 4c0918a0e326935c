package dev.dibs.engine.peer;

import dev.dibs.engine.inspect.NotManaged;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sorts pg_dump entries into what dibs manages (tables it models, their columns, keys, uniques,
 * checks, foreign keys, indexes, defaults, identity, enums, comments, row-level security, schemas) and the rest, and
 * says whether a note of dibs's covers an entry of the rest.
 */
final class DumpClassifier {
    private static final Pattern INDEX_TABLE = Pattern.compile(" ON (?:ONLY )?(\\S+) USING ");
    private static final Pattern IDENTITY_TABLE = Pattern.compile("^ALTER TABLE (?:ONLY )?(\\S+) ALTER COLUMN");

    private static final Pattern EXTENSION_SCHEMA = Pattern.compile(" WITH SCHEMA ([^;\\s]+)");

    /** {@code schema.table} of every table dibs manages, on either side. */
    private final Set<String> managedTables;
    /** The schemas compared: their extensions and sequences of their own are dibs's. */
    private final Set<String> schemas;

    DumpClassifier(Set<String> managedTables, Set<String> schemas) {
        this.managedTables = managedTables;
        this.schemas = schemas;
    }

    boolean managed(DumpEntry e) {
        switch (e.type()) {
            case "SCHEMA":
                return true;
            case "TABLE":
            case "VIEW":
            case "MATERIALIZED VIEW":
                return managedTable(e.schema() + "." + e.name());
            case "RULE": // a view's own rule, "v _RETURN" (PgDump folds it into the view); other rules are not managed
                return e.name().endsWith(" _RETURN") && managedTable(e.schema() + "." + e.tableOfName());
            case "CONSTRAINT":
            case "FK CONSTRAINT":
                return managedTable(e.schema() + "." + e.tableOfName()); // exclusion constraints included
            case "DEFAULT":
                return managedTable(e.schema() + "." + e.tableOfName());
            case "ROW SECURITY":
                return managedTable(e.schema() + "." + e.name());
            case "TRIGGER": // name "table trigger"; a disabled trigger's ALTER TABLE is in the same entry
                return managedTable(e.schema() + "." + e.tableOfName());
            case "POLICY": // name "table policy": the policies of managed tables are managed
                return managedTable(e.schema() + "." + e.tableOfName());
            case "INDEX":
                return managedTable(find(INDEX_TABLE, e.sql()));
            case "TYPE":
                return e.sql().contains(" AS ENUM ");
            case "FUNCTION":
            case "PROCEDURE":
                return true; // managed in the compared schemas (aggregates are not)
            case "SEQUENCE":
                // identity columns' sequences are part of the column; the others of the compared schemas are managed
                return managedTable(find(IDENTITY_TABLE, e.sql())) || schemas.contains(e.schema());
            case "SEQUENCE OWNED BY":
                return schemas.contains(e.schema());
            case "COLLATION":
                return schemas.contains(e.schema()); // CREATE COLLATION made in the compared schemas is managed
            case "EXTENSION":
                String in = find(EXTENSION_SCHEMA, e.sql());
                return in != null && schemas.contains(unquote(in));
            case "COMMENT":
                if (e.name().startsWith("TABLE ")) {
                    return managedTable(e.schema() + "." + e.name().substring(6));
                }
                if (e.name().startsWith("VIEW ")) {
                    return managedTable(e.schema() + "." + e.name().substring(5));
                }
                if (e.name().startsWith("MATERIALIZED VIEW ")) {
                    return managedTable(e.schema() + "." + e.name().substring(18));
                }
                if (e.name().startsWith("COLUMN ")) {
                    String column = e.name().substring(7);
                    return managedTable(e.schema() + "." + column.substring(0, column.lastIndexOf('.')));
                }
                if (e.name().startsWith("POLICY ") && e.name().contains(" ON ")) {
                    return managedTable(e.schema() + "." + e.name().substring(e.name().lastIndexOf(" ON ") + 4));
                }
                if (e.name().startsWith("TRIGGER ") && e.name().contains(" ON ")) {
                    return managedTable(e.schema() + "." + e.name().substring(e.name().lastIndexOf(" ON ") + 4));
                }
                // an index's comment: dibs manages those of every index it reads (its tables' own)
                // an extension's: migra's cases keep their extensions in the compared schemas, whose extensions dibs manages
                return e.name().startsWith("TYPE ") || e.name().startsWith("SCHEMA ") || e.name().startsWith("INDEX ")
                        || e.name().startsWith("FUNCTION ") || e.name().startsWith("PROCEDURE ") || e.name().startsWith("EXTENSION ")
                        || e.name().startsWith("COLLATION ");
            default:
                return false;
        }
    }

    private static final Pattern OWNED_BY = Pattern.compile("^ALTER SEQUENCE (\\S+) OWNED BY (\\S+)\\.[^.]+;$");

    /**
     * Whether an entry is a serial column's sequence (owned by a column of a table dibs manages)
     * in one of the dumps: it comes and goes with its column, as Postgres creates and drops it.
     */
    boolean serialSequence(DumpEntry e, List<DumpEntry> dump1, List<DumpEntry> dump2) {
        if (!e.type().equals("SEQUENCE") && !e.type().equals("SEQUENCE OWNED BY")) {
            return false;
        }
        String sequence = e.schema() + "." + e.name();
        return java.util.stream.Stream.concat(dump1.stream(), dump2.stream())
                .filter(d -> d.type().equals("SEQUENCE OWNED BY"))
                .map(d -> OWNED_BY.matcher(d.sql()))
                .anyMatch(m -> m.matches() && unquote(m.group(1)).equals(sequence) && managedTable(m.group(2)));
    }

    /**
     * Whether a note covers an entry dibs does not manage: a note on the object itself, on the
     * table it belongs to, or (for ACLs and comments, "TABLE x") on the object named after the kind.
     */
    static boolean reported(DumpEntry e, List<NotManaged> notes) {
        String name = e.name();
        String bare = name.contains(" ") && (e.type().equals("ACL") || e.type().equals("COMMENT"))
                ? name.substring(name.indexOf(' ') + 1) : name;
        String dotted = bare.replace(' ', '.');
        String table = e.type().equals("INDEX") ? tableOfIndex(e) : e.tableOfName();
        for (NotManaged n : notes) {
            if (!e.schema().equals("-") && !e.schema().equals(n.schema())) {
                continue;
            }
            String noteName = n.name();
            String noteBase = noteName.contains("(") ? noteName.substring(0, noteName.indexOf('(')) : noteName;
            String noteTable = noteName.contains(".") ? noteName.substring(0, noteName.indexOf('.')) : noteName;
            if (noteName.equals(bare) || noteName.equals(dotted) || noteBase.equals(bare.replaceAll("\\(.*", ""))
                    || noteTable.equals(table) || noteTable.equals(bare)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a managed table's dump differs only by column collations (which dibs does not manage)
     * and a note says so.
     */
    static boolean onlyConstraintOptionsDiffer(DumpEntry x, DumpEntry y, List<NotManaged> notes) {
        if (x == null || y == null || !x.type().equals("CONSTRAINT")) {
            return false;
        }
        String noteName = x.name().replace(' ', '.');
        boolean noted = notes.stream().anyMatch(n -> n.kind().equals("constraint option") && n.schema().equals(x.schema())
                && n.name().equals(noteName));
        return noted && withoutDeferrable(x.sql()).equals(withoutDeferrable(y.sql()));
    }

    private static String withoutDeferrable(String sql) {
        return sql.replaceAll(" DEFERRABLE( INITIALLY (DEFERRED|IMMEDIATE))?", "");
    }

    static boolean onlyCollationsDiffer(DumpEntry x, DumpEntry y, List<NotManaged> notes) {
        if (x == null || y == null || !x.type().equals("TABLE")) {
            return false;
        }
        boolean noted = notes.stream().anyMatch(n -> n.kind().equals("column collation") && n.schema().equals(x.schema())
                && n.name().startsWith(x.name() + "."));
        return noted && withoutCollations(x.sql()).equals(withoutCollations(y.sql()));
    }

    private static String withoutCollations(String sql) {
        return PgDump.sortColumns(sql.replaceAll(" COLLATE \\S+", ""));
    }

    private static String tableOfIndex(DumpEntry e) {
        String qualified = find(INDEX_TABLE, e.sql());
        return qualified == null ? e.name() : unquote(qualified.substring(qualified.indexOf('.') + 1));
    }

    private boolean managedTable(String qualified) {
        return qualified != null && managedTables.contains(unquote(qualified));
    }

    private static String find(Pattern p, String sql) {
        Matcher m = p.matcher(sql);
        return m.find() ? m.group(1) : null;
    }

    private static String unquote(String qualified) {
        return qualified.replace("\"", "");
    }
}
