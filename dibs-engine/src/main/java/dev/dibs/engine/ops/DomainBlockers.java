package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.QualifiedName;
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
 * Domains a plan drops ({@code DROP DOMAIN}, also to create one again for a new base type) that
 * objects dibs does not manage use — a view's column, a function's argument, a column of a table
 * outside the compared schemas —, so that PostgreSQL will refuse the drop: found before anything
 * runs, for {@link PlanBlockers}. The catalog is asked only when the plan drops a domain.
 */
final class DomainBlockers {

    private DomainBlockers() {
    }

    static void find(CatalogSession session, List<String> schemas, Plan plan, List<String> refusals, List<String> doubts) {
        Map<QualifiedName, SchemaChange> dropped = new LinkedHashMap<>();
        // a domain the plan renames first is, on the target, still under its old name
        Map<QualifiedName, QualifiedName> renamedFrom = new java.util.HashMap<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.RenameDomain r) {
                renamedFrom.put(r.target(), r.from());
            }
        }
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.DropDomain d) {
                dropped.put(renamedFrom.getOrDefault(d.domain().name(), d.domain().name()), change);
            } else if (change instanceof SchemaChange.RecreateDomain r) {
                dropped.put(renamedFrom.getOrDefault(r.from().name(), r.from().name()), change);
            }
        }
        if (dropped.isEmpty()) {
            return;
        }
        Map<QualifiedName, List<String>> users = new LinkedHashMap<>();
        try (PreparedStatement ps = session.prepare(SqlResources.load(DomainBlockers.class, "domain-dependents"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", dropped.keySet().stream().map(QualifiedName::schema).toArray()));
            ps.setArray(2, c.createArrayOf("text", dropped.keySet().stream().map(QualifiedName::name).toArray()));
            ps.setArray(3, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(4, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(5, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(6, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    users.computeIfAbsent(new QualifiedName(rs.getString("schema_name"), rs.getString("domain_name")),
                            k -> new ArrayList<>()).add(rs.getString("dependent"));
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether objects it does not manage use the domains the plan drops on "
                    + session.describe() + " (" + Printable.message(e) + "): a DROP DOMAIN may still be refused for that reason.");
            return;
        }
        users.forEach((domain, who) -> refusals.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, dropped.get(domain))
                + ": " + String.join(", ", who) + (who.size() == 1 ? " uses" : " use") + " the domain " + domain
                + ", and dibs does not manage " + (who.size() == 1 ? "it. Drop or change it" : "them. Drop or change them")
                + " first (by hand, or in a migration), then plan again; as it is, the plan fails there and is rolled back."));
    }
}
