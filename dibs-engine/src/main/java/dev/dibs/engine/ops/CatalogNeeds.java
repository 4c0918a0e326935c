package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Statements of a plan that PostgreSQL will refuse because the target lacks a type, an index access
 * method or an operator class they use — typically one an extension provides (the reference
 * database has {@code pg_trgm}, the target has not). Asked in one query, before anything runs; the
 * warning names the statement, what is missing, and the extension known to provide it, saying
 * whether the server has it. For {@link PlanBlockers}.
 */
final class CatalogNeeds {

    /** What well-known extensions provide, so the warning can say which one to create. */
    private static final Map<String, String> OPERATOR_CLASSES = Map.ofEntries(
            Map.entry("gin_trgm_ops", "pg_trgm"), Map.entry("gist_trgm_ops", "pg_trgm"),
            Map.entry("gin_hstore_ops", "hstore"), Map.entry("gist_hstore_ops", "hstore"),
            Map.entry("gist_ltree_ops", "ltree"), Map.entry("gist__ltree_ops", "ltree"),
            Map.entry("gin__int_ops", "intarray"), Map.entry("gist__int_ops", "intarray"), Map.entry("gist__intbig_ops", "intarray"),
            Map.entry("vector_l2_ops", "vector"), Map.entry("vector_ip_ops", "vector"), Map.entry("vector_cosine_ops", "vector"),
            Map.entry("vector_l1_ops", "vector"));
    private static final Map<String, String> ACCESS_METHODS = Map.of("bloom", "bloom", "hnsw", "vector", "ivfflat", "vector",
            "rum", "rum");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("citext", "citext"), Map.entry("hstore", "hstore"), Map.entry("ltree", "ltree"), Map.entry("lquery", "ltree"),
            Map.entry("cube", "cube"), Map.entry("seg", "seg"), Map.entry("isbn", "isn"), Map.entry("ean13", "isn"),
            Map.entry("vector", "vector"), Map.entry("halfvec", "vector"), Map.entry("sparsevec", "vector"),
            Map.entry("geometry", "postgis"), Map.entry("geography", "postgis"));
    /** Default operator classes of scalar types for these methods. */
    private static final Map<String, String> DEFAULT_CLASSES = Map.of("gin", "btree_gin", "gist", "btree_gist");

    /** One need of one statement, with the extension known to provide it (null: none known). */
    private record Asked(SchemaChange change, CatalogNeed need, String name, String extension) {
    }

    private CatalogNeeds() {
    }

    /** Adds a warning for each statement PostgreSQL will refuse to {@code refusals}; one to {@code doubts} if it cannot tell. */
    static void find(CatalogSession session, Plan plan, Schema desired, List<String> refusals, List<String> doubts) {
        List<Asked> asked = asked(plan, desired);
        if (asked.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = session.prepare(SqlResources.load(CatalogNeeds.class, "catalog-needs"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", asked.stream().map(a -> a.need().kind().sql).toArray()));
            ps.setArray(2, c.createArrayOf("text", asked.stream().map(Asked::name).toArray()));
            ps.setArray(3, c.createArrayOf("text", asked.stream().map(a -> a.need().schema()).toArray()));
            ps.setArray(4, c.createArrayOf("text", asked.stream().map(a -> a.need().method()).toArray()));
            ps.setArray(5, c.createArrayOf("text", asked.stream().map(Asked::extension).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Asked a = asked.get(rs.getInt("ord") - 1);
                    refusals.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, a.change()) + ": " + missing(a)
                            + extension(a.extension(), rs.getBoolean("extension_available"), rs.getBoolean("extension_installed"))
                            + "; as it is, " + PlanBlockers.failsThere(plan, a.change()) + ".");
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether the types, index methods and operator classes the plan uses exist on "
                    + session.describe() + " (" + Printable.message(e) + "): a statement may still be refused for that reason.");
        }
    }

    /** Each need of the plan once per statement, types the plan creates itself (a relation's row type too) left out. */
    private static List<Asked> asked(Plan plan, Schema desired) {
        Set<QualifiedName> created = new HashSet<>();
        plan.changes().stream().filter(SchemaChange.CreateEnum.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.CreateEnum) c).type().name()));
        plan.changes().stream().filter(SchemaChange.CreateDomain.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.CreateDomain) c).domain().name()));
        // a table, view or materialized view is a row type too: a column may be of one the plan creates or renames
        plan.changes().stream().filter(SchemaChange.AddTable.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.AddTable) c).table().name()));
        plan.changes().stream().filter(SchemaChange.RenameTable.class::isInstance).map(SchemaChange.RenameTable.class::cast)
                .forEach(c -> created.add(new QualifiedName(c.from().schema(), c.to())));
        plan.changes().stream().filter(SchemaChange.CreateView.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.CreateView) c).view().name()));
        plan.changes().stream().filter(SchemaChange.CreateMaterializedView.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.CreateMaterializedView) c).view().name()));
        // a domain or function the plan renames first is there under its new name (the target has the old one)
        plan.changes().stream().filter(SchemaChange.RenameDomain.class::isInstance)
                .forEach(c -> created.add(((SchemaChange.RenameDomain) c).target()));
        // a function the plan creates (any overload of the name) is there when an expression calls it
        Set<String> createdRoutines = new HashSet<>();
        plan.changes().stream().filter(SchemaChange.CreateRoutine.class::isInstance)
                .forEach(c -> createdRoutines.add(((SchemaChange.CreateRoutine) c).routine().name().toString()));
        plan.changes().stream().filter(SchemaChange.RenameRoutine.class::isInstance)
                .forEach(c -> createdRoutines.add(((SchemaChange.RenameRoutine) c).target().toString()));
        PlannedExtensions extensions = PlannedExtensions.of(plan.changes());
        created.addAll(extensions.types());
        // a collation the plan creates (CREATE COLLATION of the SQL files) is there when a column takes it
        Set<QualifiedName> createdCollations = new HashSet<>();
        plan.changes().stream().filter(SchemaChange.CreateCollation.class::isInstance)
                .forEach(c -> createdCollations.add(((SchemaChange.CreateCollation) c).collation().name()));
        List<Asked> asked = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            Set<List<Object>> seen = new HashSet<>(); // the same need twice in one statement is said once
            for (CatalogNeed need : ChangeEffects.of(change).needs()) {
                PgType type = switch (need.kind()) {
                    case TYPE -> need.type();
                    case DEFAULT_OPERATOR_CLASS -> desired.table(need.table()).flatMap(t -> t.column(need.column()))
                            .map(Column::type).orElse(null);
                    default -> null;
                };
                if (extensions.provides(need, type == null ? null : type.sql())) {
                    continue; // an extension the plan creates first brings it (or, for a function, may)
                }
                boolean typed = need.kind() == CatalogNeed.Kind.TYPE || need.kind() == CatalogNeed.Kind.DEFAULT_OPERATOR_CLASS;
                if (typed && (type == null || !type.isBuiltin() && created.contains(new QualifiedName(type.schema(), type.name())))) {
                    continue;
                }
                if (need.kind() == CatalogNeed.Kind.FUNCTION && createdRoutines.contains(need.schema() + "." + need.name())) {
                    continue;
                }
                if (need.kind() == CatalogNeed.Kind.COLLATION && createdCollations.contains(new QualifiedName(need.schema(), need.name()))) {
                    continue;
                }
                String name = typed ? type.sql() : need.name();
                String extension = switch (need.kind()) {
                    case TYPE -> TYPES.get(type.name());
                    case ACCESS_METHOD -> ACCESS_METHODS.get(need.name());
                    case OPERATOR_CLASS -> OPERATOR_CLASSES.get(need.name());
                    case DEFAULT_OPERATOR_CLASS -> DEFAULT_CLASSES.get(need.method());
                    case FUNCTION, COLLATION -> null;
                };
                if (seen.add(List.of(need.kind(), name, String.valueOf(need.schema()), String.valueOf(need.method()), need.what()))) {
                    asked.add(new Asked(change, need, name, extension));
                }
            }
        }
        return asked;
    }

    private static String missing(Asked a) {
        CatalogNeed n = a.need();
        return switch (n.kind()) {
            case TYPE -> "the type " + a.name() + " of " + n.what() + " does not exist in the database";
            case ACCESS_METHOD -> "the index access method " + n.name() + " of " + n.what() + " does not exist in the database";
            case OPERATOR_CLASS -> "the operator class " + (n.schema() == null ? "" : n.schema() + ".") + n.name()
                    + " for access method " + n.method() + " of " + n.what() + " does not exist in the database";
            case DEFAULT_OPERATOR_CLASS -> n.what() + " indexes column " + n.table() + "." + n.column() + " of type " + a.name()
                    + ", which has no default operator class for access method " + n.method() + " in the database";
            case FUNCTION -> n.what() + " calls the function " + n.schema() + "." + n.name()
                    + ", which does not exist in the database and which the plan does not create";
            case COLLATION -> "the collation " + (dev.dibs.engine.model.Column.BUILTIN_COLLATIONS.equals(n.schema()) ? ""
                    : n.schema() + ".") + n.name() + " of " + n.what() + " does not exist in the database (for its encoding)"
                    + (dev.dibs.engine.model.Column.BUILTIN_COLLATIONS.equals(n.schema())
                    ? ": PostgreSQL has the collations of the locales the server was given (ICU, the operating system's)"
                    : ", and the plan does not create it");
        };
    }

    private static String extension(String extension, boolean available, boolean installed) {
        if (extension == null) {
            return ". Create it first (by hand, or in a migration), or change the desired state to do without";
        }
        if (installed) {
            return ". The extension " + extension + " that provides it is installed: check the schema it is in and the"
                    + " search_path";
        }
        return ". The extension " + extension + " provides it, and "
                + (available ? "the server has it but the database has not installed it: run CREATE EXTENSION " + extension
                        + " first (by hand, or in a migration), then plan again"
                        : "the server does not have it: install it on the server (e.g. the postgresql-contrib package),"
                        + " create it in the database, then plan again");
    }
}
