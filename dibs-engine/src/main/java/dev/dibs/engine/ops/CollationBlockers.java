package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.DropCollation;
import dev.dibs.engine.naming.Printable;
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
 * Drops of collations that PostgreSQL will refuse because something still uses them, found in the
 * target's {@code pg_depend} before anything runs, for {@link PlanBlockers}. A collation the desired
 * state lacks is dropped after the columns, indexes, domains and the rest of the compared schemas
 * have stopped using it (the solver waits for them); what dibs does not manage — an object of another
 * schema, an inheritance child's column, a statistics object — blocks it. One dropped to be created
 * again has no user the plan knows of ({@code CollationDiffer} refuses that), so any user blocks it.
 * The catalog is asked only when the plan drops a collation.
 */
final class CollationBlockers {

    private CollationBlockers() {
    }

    static void find(CatalogSession session, Plan plan, List<String> schemas, List<String> refusals, List<String> doubts) {
        List<DropCollation> drops = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof DropCollation d) {
                drops.add(d);
            }
        }
        if (drops.isEmpty()) {
            return;
        }
        Map<DropCollation, List<String>> users = new LinkedHashMap<>();
        try (PreparedStatement ps = session.prepare(SqlResources.load(PlanBlockers.class, "collation-dependents"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", schemas.toArray())); // which inheritance children are managed
            ps.setArray(2, c.createArrayOf("text", drops.stream().map(d -> d.collation().name().schema()).toArray()));
            ps.setArray(3, c.createArrayOf("text", drops.stream().map(d -> d.collation().name().name()).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    DropCollation drop = drops.get(rs.getInt("ord") - 1);
                    boolean managed = rs.getString("kind") != null && schemas.contains(rs.getString("owner_schema"));
                    if (!(managed && drop.reason() == null)) {
                        users.computeIfAbsent(drop, k -> new ArrayList<>()).add(rs.getString("dependent"));
                    }
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether columns, indexes or other objects use the collations the plan drops on "
                    + session.describe() + " (" + Printable.message(e) + "): a statement may still be refused for that reason.");
            return;
        }
        users.forEach((drop, who) -> refusals.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, drop) + ": "
                + String.join(", ", who) + (who.size() == 1 ? " uses it" : " use it") + ", which dibs does not manage. Change "
                + (who.size() == 1 ? "it" : "them") + " to another collation or drop " + (who.size() == 1 ? "it" : "them")
                + " first (by hand, or in a migration), or keep the collation declared, then plan again; as it is, the plan"
                + " fails there and is rolled back."));
    }
}
