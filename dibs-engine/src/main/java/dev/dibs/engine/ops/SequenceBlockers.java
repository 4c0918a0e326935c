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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
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

    /** A sequence whose options the plan sets, as it will be, and the change that does it. */
    private record Altered(Sequence to, SchemaChange change) {
    }


    private SequenceBlockers() {
    }

    static void find(CatalogSession session, Plan plan, List<String> refusals, List<String> doubts) {
        // a sequence the plan renames before altering it has its old name on the target, where its value is read
        Map<QualifiedName, QualifiedName> oldNames = new LinkedHashMap<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameSequence r) {
                oldNames.put(r.target(), r.from());
            }
        }
        Map<QualifiedName, Altered> altered = new LinkedHashMap<>(); // by the name on the target
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.AlterSequence a && a.changesOptions()) {
                altered.put(oldNames.getOrDefault(a.to().name(), a.to().name()), new Altered(a.to(), change));
            } else if (change instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.SEQUENCE)) {
                Column to = a.to();
                Sequence s = to.isIdentity() ? ColumnSequences.ofIdentity(a.table(), to) : ColumnSequences.of(a.table(), to);
                if (s != null && alterStatement(plan, change) != null) {
                    // its ALTER SEQUENCE writes every bound as a number (Sql.alterSequence): those of s
                    altered.put(s.name(), new Altered(s, change));
                }
            }
        }
        if (altered.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = session.prepare(SqlResources.load(SequenceBlockers.class, "sequence-values"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", altered.keySet().stream().map(QualifiedName::schema).toArray()));
            ps.setArray(2, c.createArrayOf("text", altered.keySet().stream().map(QualifiedName::name).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Altered a = altered.get(new QualifiedName(rs.getString("schema_name"), rs.getString("sequence_name")));
                    String statement = statement(plan, a.change());
                    String range = range(a.to());
                    if (!rs.getBoolean("readable")) {
                        doubts.add("dibs could not read the value sequence " + a.to().name() + " has reached on " + session.describe()
                                + " (no SELECT or USAGE privilege on it): if it lies outside " + range + ", PostgreSQL will refuse "
                                + statement + " and the plan is rolled back.");
                        continue;
                    }
                    long value = rs.getLong("current_value");
                    if (value < low(a.to()) || value > high(a.to())) {
                        refusals.add("PostgreSQL will refuse " + statement + ": sequence " + a.to().name() + " has reached " + value
                                + ", outside its new range " + range + ", and dibs never resets a sequence: restart it in a"
                                + " migration (ALTER SEQUENCE " + a.to().name() + " RESTART WITH a value in that range) or keep the"
                                + " range around its value, then plan again; as it is, the plan fails there and is rolled back.");
                    }
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not read the values the sequences the plan alters have reached on " + session.describe() + " ("
                    + e.getMessage() + "): an ALTER SEQUENCE may still be refused for a value outside its new range.");
        }
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
        return "\"" + Printable.oneLine(sql).trim() + "\""; // whole: the options are what is refused
    }

    private static String alterStatement(Plan plan, SchemaChange change) {
        return plan.statements().stream().filter(s -> s.change() == change).map(Statement::sql)
                .filter(sql -> sql.startsWith("ALTER SEQUENCE ") && !sql.contains(" OWNED BY ")).findFirst().orElse(null);
    }
}
