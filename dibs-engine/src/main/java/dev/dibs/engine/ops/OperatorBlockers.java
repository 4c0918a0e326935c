package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.DropOperator;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Drops of operators that PostgreSQL will refuse because something still uses them when the drop
 * runs, found in the target's {@code pg_depend} before anything runs, for {@link PlanBlockers}. An
 * operator the desired state lacks is dropped after the tables: nothing of the compared schemas'
 * relations, domains or functions can use it in the desired state, and what the plan drops, replaces
 * or changes there (an index, a check, a default, a view, a policy, a trigger, the whole table; a
 * domain or its check; a function with a {@code BEGIN ATOMIC} body) is done by then — the solver
 * waits for them. One dropped to be created again (another function or links) is dropped early, and
 * dibs does not yet take what uses it around it: every use the plan keeps blocks it. Anything dibs
 * does not take care of blocks either drop: an operator class, an object of another schema. The
 * catalog is asked only when the plan drops an operator.
 */
final class OperatorBlockers {

    private OperatorBlockers() {
    }

    static void find(CatalogSession session, Plan plan, List<String> schemas, List<String> refusals, List<String> doubts) {
        List<DropOperator> drops = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof DropOperator d) {
                drops.add(d);
            }
        }
        if (drops.isEmpty()) {
            return;
        }
        Gone gone = Gone.of(plan);
        Map<DropOperator, List<String>> users = new LinkedHashMap<>();
        try (PreparedStatement ps = session.prepare(SqlResources.load(PlanBlockers.class, "operator-dependents"))) {
            Connection c = ps.getConnection();
            List<Operator> operators = drops.stream().map(DropOperator::operator).toList();
            ps.setArray(1, c.createArrayOf("text", operators.stream().map(o -> o.name().schema()).toArray()));
            ps.setArray(2, c.createArrayOf("text", operators.stream().map(o -> o.name().name()).toArray()));
            ps.setArray(3, c.createArrayOf("text", operators.stream().map(Operator::leftType).toArray()));
            ps.setArray(4, c.createArrayOf("text", operators.stream().map(Operator::rightType).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DropOperator drop = drops.get(rs.getInt("ord") - 1);
                    String kind = rs.getString("kind");
                    QualifiedName owner = rs.getString("owner_name") == null ? null
                            : new QualifiedName(rs.getString("owner_schema"), rs.getString("owner_name"));
                    boolean managed = kind != null && owner != null && schemas.contains(owner.schema());
                    if (!(managed && drop.reason() == null) && !gone.before(drop, kind, owner, rs.getString("object_name"))) {
                        users.computeIfAbsent(drop, k -> new ArrayList<>()).add(rs.getString("dependent"));
                    }
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether indexes, checks, views or other objects use the operators the plan drops on "
                    + session.describe() + " (" + Printable.message(e) + "): a statement may still be refused for that reason.");
            return;
        }
        users.forEach((drop, who) -> refusals.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, drop) + ": "
                + String.join(", ", who) + (who.size() == 1 ? " uses it" : " use it") + ", and dibs does not drop and create"
                + " again what uses an operator around it. " + (drop.reason() == null
                        ? "Drop or change " + (who.size() == 1 ? "it" : "them") + " first"
                        : "Change " + (who.size() == 1 ? "it" : "them") + " so as not to use the operator while it is created"
                                + " again (" + drop.reason() + ")")
                + " (by hand, or in a migration), or keep the operator as it is, then plan again; as it is, the plan fails"
                + " there and is rolled back."));
    }

    /** What the plan drops that may use an operator: each by the relation it belongs to and its own name. */
    private record Gone(Set<QualifiedName> tables, Set<String> parts, Set<QualifiedName> views) {

        static Gone of(Plan plan) {
            Set<QualifiedName> tables = new HashSet<>();
            Set<String> parts = new HashSet<>();
            Set<QualifiedName> views = new HashSet<>();
            for (SchemaChange change : plan.changes()) {
                if (change instanceof SchemaChange.DropTable c) {
                    tables.add(c.table().name());
                } else if (change instanceof SchemaChange.DropIndex c) {
                    parts.add(part("index", c.table(), c.index().name()));
                } else if (change instanceof SchemaChange.DropCheck c) {
                    parts.add(part("constraint", c.table(), c.check().name()));
                } else if (change instanceof SchemaChange.DropUnique c) {
                    parts.add(part("constraint", c.table(), c.unique().name()));
                } else if (change instanceof SchemaChange.DropExclusion c) {
                    parts.add(part("constraint", c.table(), c.exclusion().name()));
                } else if (change instanceof SchemaChange.DropPolicy c) {
                    parts.add(part("policy", c.policy().table(), c.policy().name()));
                } else if (change instanceof SchemaChange.DropTrigger c) {
                    parts.add(part("trigger", c.trigger().table(), c.trigger().name()));
                } else if (change instanceof SchemaChange.DropView c) {
                    views.add(c.view().name());
                } else if (change instanceof SchemaChange.DropMaterializedView c) {
                    views.add(c.view().name());
                }
            }
            return new Gone(tables, parts, views);
        }

        private static String part(String kind, QualifiedName owner, String name) {
            return kind + " " + owner + "." + name;
        }

        /**
         * Whether the dependent is gone before {@code drop} runs: dropped itself or with its view (every
         * such drop comes before any operator's), or, for an operator dropped for good (after the
         * tables), with its table.
         */
        boolean before(DropOperator drop, String kind, QualifiedName owner, String name) {
            if (kind == null || owner == null) {
                return false;
            }
            // a view's query, or an index of a materialized view: gone with the view (dropped before any operator)
            return views.contains(owner) || parts.contains(part(kind, owner, name))
                    || drop.reason() == null && tables.contains(owner);
        }
    }
}
