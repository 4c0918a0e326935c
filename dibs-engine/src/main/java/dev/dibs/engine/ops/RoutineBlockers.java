package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.diff.RoutineRenames;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops of functions and procedures that PostgreSQL will refuse because something dibs does not
 * take care of uses them (a trigger, a view, an operator class, an aggregate…), found in the
 * target's {@code pg_depend} before anything runs, for {@link PlanBlockers}. The catalog is asked
 * only when the plan drops a routine.
 */
final class RoutineBlockers {

    private RoutineBlockers() {
    }

    static void find(CatalogSession session, Plan plan, List<String> schemas, List<String> refusals, List<String> doubts) {
        // a routine the plan renames first is, on the target, still under its old name
        Map<String, Routine> renamedFrom = new java.util.HashMap<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameRoutine r) {
                renamedFrom.put(RoutineRenames.signature(r.routine(), r.target()), r.routine());
            }
        }
        Map<String, SchemaChange.DropRoutine> drops = new LinkedHashMap<>(); // by the signature on the target
        List<Routine> routines = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.DropRoutine d) {
                Routine onTarget = renamedFrom.getOrDefault(d.routine().signature(), d.routine());
                drops.put(onTarget.signature(), d);
                routines.add(onTarget);
            }
        }
        if (drops.isEmpty()) {
            return;
        }
        Map<String, List<String>> users = new LinkedHashMap<>();
        try (PreparedStatement ps = session.prepare(SqlResources.load(PlanBlockers.class, "routine-dependents"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", routines.stream().map(r -> r.name().schema()).toArray()));
            ps.setArray(2, c.createArrayOf("text", routines.stream().map(r -> r.name().name()).toArray()));
            ps.setArray(3, c.createArrayOf("text", routines.stream().map(Routine::identityArguments).toArray()));
            ps.setArray(4, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(5, c.createArrayOf("text", schemas.toArray()));
            for (int i = 6; i <= 11; i++) {
                ps.setArray(i, c.createArrayOf("text", schemas.toArray()));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String signature = rs.getString("schema_name") + "." + rs.getString("routine_name") + "("
                            + rs.getString("identity_arguments") + ")";
                    users.computeIfAbsent(signature, k -> new ArrayList<>()).add(rs.getString("dependent"));
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether triggers, views or other objects use the functions and procedures the plan"
                    + " drops on " + session.describe() + " (" + Printable.message(e) + "): a statement may still be refused for that reason.");
            return;
        }
        users.forEach((signature, who) -> refusals.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, drops.get(signature))
                + ": " + String.join(", ", who) + (who.size() == 1 ? " uses it" : " use it") + ", and dibs does not manage "
                + (who.size() == 1 ? "it. Drop or change it" : "them. Drop or change them")
                + " first (by hand, or in a migration), or keep the routine, then plan again; as it is, the plan fails there"
                + " and is rolled back."));
    }
}
