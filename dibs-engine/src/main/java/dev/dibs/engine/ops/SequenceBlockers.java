package dev.dibs.engine.ops;

import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code ALTER SEQUENCE} statements of a plan that PostgreSQL will refuse because the value the
 * sequence has reached on the target lies outside its new range (PostgreSQL holds the current
 * value to a new {@code MINVALUE}, {@code MAXVALUE} or type, and dibs never writes
 * {@code RESTART}: the value is data). Both a sequence of its own and the one an identity or serial
 * column owns are checked; found before anything runs, for {@link PlanBlockers}. The catalog is
 * asked only when the plan changes a sequence's options.
 */
final class SequenceBlockers {

    /**
     * A sequence whose options the plan sets, as it will be, and the change that does it; where it
     * is on the target: by its name, or (table and column not null, as they are named on the target)
     * through its identity column; and, for an identity's sequence an {@code ALTER SEQUENCE} names
     * (to change its type), the name that statement uses.
     */
    private record Altered(Sequence to, SchemaChange change, QualifiedName name, String table, String column,
                           QualifiedName addressedAs, String creating) {
        Altered(Sequence to, SchemaChange change, QualifiedName name, String table, String column, QualifiedName addressedAs) {
            this(to, change, name, table, column, addressedAs, null);
        }
    }


    private SequenceBlockers() {
    }

    static void find(CatalogSession session, Plan plan, List<String> refusals, List<String> doubts) {
        // what the plan renames before altering it has its old name on the target, where its value is read
        Map<QualifiedName, QualifiedName> oldSequences = new HashMap<>();
        Map<QualifiedName, QualifiedName> oldTables = new HashMap<>();
        Map<String, String> oldColumns = new HashMap<>(); // by the table's new name and the column's
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameSequence r) {
                oldSequences.put(r.target(), r.from());
            } else if (change instanceof SchemaChange.RenameTable r) {
                oldTables.put(r.target(), r.from());
            } else if (change instanceof SchemaChange.RenameColumn r) {
                oldColumns.put(r.table() + "." + r.to(), r.from());
            }
        }
        List<Altered> altered = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.AlterSequence a && a.changesOptions()) {
                altered.add(new Altered(a.to(), change, oldSequences.getOrDefault(a.to().name(), a.to().name()), null, null, null));
            } else if (change instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.SEQUENCE)) {
                Column to = a.to();
                String statement = alterStatement(plan, change);
                Sequence s = to.isIdentity() ? ColumnSequences.ofIdentity(a.table(), to) : ColumnSequences.of(a.table(), to);
                if (s == null || statement == null) {
                    continue;
                }
                if (!to.isIdentity()) {
                    // its ALTER SEQUENCE writes every bound as a number (Sql.alterSequence): those of s
                    altered.add(new Altered(s, change, s.name(), null, null, null));
                } else if (a.from().isIdentity()) { // an identity made by the plan has a new sequence: nothing reached
                    QualifiedName table = oldTables.getOrDefault(a.table(), a.table());
                    String column = oldColumns.getOrDefault(a.table() + "." + to.name(), to.name());
                    altered.add(new Altered(s, change, s.name(), table.name(), column,
                            Sql.identitySequenceByName(a.from(), to, a.aspects().contains(SchemaChange.ColumnAspect.TYPE))
                                    ? s.name() : null));
                }
            }
            // an identity of a type of its own is made with its sequence's name (Sql.identityOptions), which must be free then
            // (its first statement: the CREATE TABLE, ADD COLUMN or ADD GENERATED that makes the identity)
            List<Column> named = identitiesNamed(change);
            Statement created = named.isEmpty() ? null
                    : plan.statements().stream().filter(st -> st.change() == change).findFirst().orElse(null);
            for (Column column : created == null ? List.<Column>of() : named) {
                Sequence s = ColumnSequences.ofIdentity(table(change), column);
                if (!droppedBefore(plan, s.name(), created)) {
                    altered.add(new Altered(s, change, s.name(), null, null, null, created.sql()));
                }
            }
        }
        if (altered.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = session.prepare(SqlResources.load(SequenceBlockers.class, "sequence-values"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", altered.stream().map(a -> a.name().schema()).toArray()));
            ps.setArray(2, c.createArrayOf("text", altered.stream().map(a -> a.name().name()).toArray()));
            ps.setArray(3, c.createArrayOf("text", altered.stream().map(Altered::table).toArray()));
            ps.setArray(4, c.createArrayOf("text", altered.stream().map(Altered::column).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Altered a = altered.get(rs.getInt("entry") - 1);
                    String statement = statement(plan, a.change());
                    QualifiedName found = new QualifiedName(rs.getString("schema_name"), rs.getString("sequence_name"));
                    String kind = rs.getString("kind");
                    if (a.creating() != null) {
                        boolean sequence = kind.equals("S");
                        refusals.add("PostgreSQL will refuse \"" + Printable.oneLine(Printable.sql(a.creating())).trim() + "\": the identity's"
                                + " sequence of a type of its own is made under the name " + Sql.name(found) + " (so that the ALTER"
                                + " SEQUENCE … AS after it reaches it), and " + relation(kind) + " of that name exists on "
                                + session.describe() + (sequence ? " until then (a serial column's sequence the plan drops after, or"
                                + " another table's)" : " (a schema's relations share one set of names)") + ": make the identity of"
                                + " the column's type (no AS), or move that " + (sequence ? "sequence" : "relation") + " out of the way"
                                + " in a migration (ALTER " + (sequence ? "SEQUENCE" : relationKeyword(kind)) + " " + Sql.name(found)
                                + " RENAME TO a free name), then plan again.");
                        continue;
                    }
                    if (!kind.equals("S")) {
                        continue; // the name another sequence is addressed by is another kind of relation's: not a value to check
                    }
                    if (a.addressedAs() != null && !a.addressedAs().equals(found)) {
                        refusals.add("PostgreSQL would apply " + statement + " to another sequence than column " + a.table() + "."
                                + a.column() + "'s: that column's identity sequence on " + session.describe() + " is " + found
                                + " (PostgreSQL keeps a sequence's name when its table or column is renamed), and only ALTER SEQUENCE,"
                                + " which names it, can change its type: rename it to " + a.addressedAs() + " in a migration ("
                                + Sql.renameSequence(found, a.addressedAs().name()) + ", after renaming any sequence of that name),"
                                + " then plan again.");
                        continue;
                    }
                    String range = range(a.to());
                    String sequence = a.table() != null ? found + " (column " + a.table() + "." + a.column() + "'s identity)"
                            : found.equals(a.to().name()) ? found.toString() : a.to().name() + " (" + found + " until the plan renames it)";
                    if (!rs.getBoolean("readable")) {
                        doubts.add("dibs could not read the value sequence " + sequence + " has reached on " + session.describe()
                                + " (no SELECT or USAGE privilege on it): if it lies outside " + range + ", PostgreSQL will refuse "
                                + statement + " and the plan is rolled back.");
                        continue;
                    }
                    long value = rs.getLong("current_value");
                    if (value < low(a.to()) || value > high(a.to())) {
                        refusals.add("PostgreSQL will refuse " + statement + ": sequence " + sequence + " has reached " + value
                                + ", outside its new range " + range + ", and dibs never resets a sequence: restart it in a"
                                + " migration (ALTER SEQUENCE " + Sql.name(found) + " RESTART WITH a value in that range) or keep the"
                                + " range around its value, then plan again; as it is, the plan fails there and is rolled back.");
                    }
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not read the values the sequences the plan alters have reached on " + session.describe() + " ("
                    + Printable.message(e) + "): an ALTER SEQUENCE may still be refused for a value outside its new range.");
        }
    }

    /** A relation of this {@code pg_class.relkind}, with its article: "a sequence", "an index". */
    private static String relation(String kind) {
        return switch (kind) {
            case "S" -> "a sequence";
            case "r" -> "a table";
            case "p" -> "a partitioned table";
            case "i", "I" -> "an index";
            case "v" -> "a view";
            case "m" -> "a materialized view";
            case "c" -> "a composite type";
            case "f" -> "a foreign table";
            default -> "a relation";
        };
    }

    /** What {@code ALTER … RENAME} takes for a relation of this kind. */
    private static String relationKeyword(String kind) {
        return switch (kind) {
            case "i", "I" -> "INDEX";
            case "v" -> "VIEW";
            case "m" -> "MATERIALIZED VIEW";
            case "c" -> "TYPE";
            case "f" -> "FOREIGN TABLE";
            default -> "TABLE";
        };
    }

    /** The identity columns of a type of their own a change makes: a new table's, a new column, an identity added to a column. */
    private static List<Column> identitiesNamed(SchemaChange change) {
        List<Column> columns = change instanceof SchemaChange.AddTable a ? a.table().columns()
                : change instanceof SchemaChange.AddColumn a ? List.of(a.column())
                : change instanceof SchemaChange.AlterColumn a && !a.from().isIdentity() ? List.of(a.to())
                : List.of();
        return columns.stream().filter(Sql::identityOfAnotherType).toList();
    }

    private static QualifiedName table(SchemaChange change) {
        return change instanceof SchemaChange.AddTable a ? a.table().name()
                : change instanceof SchemaChange.AddColumn a ? a.table()
                : ((SchemaChange.AlterColumn) change).table();
    }

    /** Whether the plan drops sequence {@code name} before {@code statement}: then the name is free there. */
    private static boolean droppedBefore(Plan plan, QualifiedName name, Statement statement) {
        for (Statement s : plan.statements()) {
            if (s == statement) {
                return false;
            }
            if (s.change() instanceof SchemaChange.DropSequence d && d.sequence().name().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /** MINVALUE to MAXVALUE, within the type's own range. */
    private static String range(Sequence s) {
        return "[" + low(s) + ", " + high(s) + "] (" + s.dataType() + ")";
    }

    private static long low(Sequence s) {
        return Math.max(s.minValue(), switch (s.dataType()) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        });
    }

    private static long high(Sequence s) {
        return Math.min(s.maxValue(), switch (s.dataType()) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        });
    }

    /** The change's {@code ALTER SEQUENCE} of options, quoted on one line, or what the change is about. */
    private static String statement(Plan plan, SchemaChange change) {
        String sql = alterStatement(plan, change);
        if (sql == null) {
            return change.subject();
        }
        return "\"" + Printable.oneLine(Printable.sql(sql)).trim() + "\""; // whole: the options are what is refused
    }

    /** The change's statement setting a sequence's options: {@code ALTER SEQUENCE}, or an identity's through its column. */
    private static String alterStatement(Plan plan, SchemaChange change) {
        String identity = change instanceof SchemaChange.AlterColumn a && a.to().isIdentity()
                ? Sql.alterIdentitySequence(a.table(), a.to()) : null;
        return plan.statements().stream().filter(s -> s.change() == change).map(Statement::sql)
                .filter(sql -> sql.equals(identity) || sql.startsWith("ALTER SEQUENCE ") && !sql.contains(" OWNED BY "))
                .findFirst().orElse(null);
    }
}
