package dev.dibs.engine.ops;

import dev.dibs.engine.diff.RoutineDiffer;
import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PgVersion;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.plan.Statement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Statements of a plan that PostgreSQL will refuse, found before anything runs: because of objects
 * dibs does not manage (a view, materialized view, rule, function with an SQL-standard body, or
 * foreign key of a table outside the compared schemas that uses a table or column the plan drops
 * or retypes; a table the plan creates under a name an unmanaged relation already has), or
 * because the target's version lacks what the plan creates (a virtual generated column or a
 * {@code NOT ENFORCED} constraint, copied from a reference database on PostgreSQL 18, for a target
 * on an older one; a {@code NULLS NOT DISTINCT} unique, from 15 on, for a target on 14), or because the target lacks a type, index access method or operator class the plan
 * uses ({@link CatalogNeeds}), or because a sequence has reached a value outside the range the plan gives it
 * ({@link SequenceBlockers}); and, as warnings that do not refuse, a body kept as a string that names
 * what the plan drops or renames ({@link StringBodies}). Each becomes one warning that names the statement, what is in the way,
 * and what to do; {@code dibs:sql -Ddibs.apply} refuses a plan with any ({@link RefusalGuard}). The
 * catalog is asked for dependents only when the plan drops or retypes something.
 */
final class PlanBlockers {

    /** Notes whose name is a relation's: a new table of that name collides with it. */
    private static final Set<String> RELATION_KINDS = Set.of("view", "materialized view", "foreign table", "composite type",
            "sequence", "partition");

    /**
     * A table or column the plan drops ({@code drops}) or retypes, by the name the catalog has now
     * (before the plan's renames), and the statement that does it.
     */
    /** How the dependents query names a partition below a dropped table that lives in another schema. */
    private static final String PARTITION_BELOW = "partition below ";

    private record Target(QualifiedName table, String column, boolean drops, String statement) {
        String subject() {
            return column == null ? "table " + table : "column " + table + "." + column;
        }
    }

    /**
     * What was found: statements PostgreSQL will refuse ({@code refusals}), and checks that could not
     * be made or what the plan leaves undone in the data ({@code doubts}); both are warnings, only
     * refusals stop {@code -Ddibs.apply}.
     */
    record Found(List<String> refusals, List<String> doubts) {
        List<String> warnings() {
            List<String> all = new ArrayList<>(refusals);
            all.addAll(doubts);
            return all;
        }
    }

    private PlanBlockers() {
    }

    /**
     * The session for the checks of a plan from {@code current} to {@code desired}. When the database
     * has a table, domain, function, procedure, sequence or operator the desired state lacks by name, or a
     * column it lacks or types otherwise, the plan drops or retypes it and the checks will ask the
     * catalog: the session then signs in while the plan is made.
     * Otherwise (most plans add or change, and may ask nothing) it signs in when a check first asks.
     */
    static CatalogSession session(ConnectionInfo database, Schema current, Schema desired) {
        return dropsAnObject(current, desired) ? CatalogSession.opening(database) : new CatalogSession(database);
    }

    private static boolean dropsAnObject(Schema current, Schema desired) {
        return lacks(current.tables(), desired.tables(), dev.dibs.engine.model.Table::name)
                || lacks(current.domains(), desired.domains(), dev.dibs.engine.model.Domain::name)
                || lacks(current.routines(), desired.routines(), dev.dibs.engine.model.Routine::name)
                || lacks(current.sequences(), desired.sequences(), dev.dibs.engine.model.Sequence::name)
                || lacks(current.operators(), desired.operators(), dev.dibs.engine.model.Operator::name)
                || lacks(current.collations(), desired.collations(), dev.dibs.engine.model.Collation::name)
                || dropsOrRetypesAColumn(current, desired);
    }

    /** Whether a table both sides have loses a column or changes one's type (the dependents query asks about both). */
    private static boolean dropsOrRetypesAColumn(Schema current, Schema desired) {
        Map<QualifiedName, dev.dibs.engine.model.Table> wanted = new HashMap<>();
        desired.tables().forEach(t -> wanted.put(t.name(), t));
        for (dev.dibs.engine.model.Table table : current.tables()) {
            dev.dibs.engine.model.Table other = wanted.get(table.name());
            if (other != null && table.columns().stream().anyMatch(c -> other.column(c.name())
                    .map(d -> d.typeDiffers(c)).orElse(true))) {
                return true;
            }
        }
        return false;
    }

    /**
     * A partition key calling a function the plan replaces with other results ({@link
     * RoutineDiffer#resultsChange}): PostgreSQL moves no row, so rows stay in the partitions the old
     * version chose, where a query the new one prunes will not look. Nothing in a plan can re-partition
     * them: said, not done.
     */
    static List<String> partitionKeysOfReplaced(Plan plan, Schema desired) {
        List<String> out = new ArrayList<>();
        for (var change : plan.changes()) {
            if (change instanceof SchemaChange.ReplaceRoutine r && RoutineDiffer.resultsChange(r.from(), r.to())) {
                for (var t : desired.tables()) {
                    List<String> keys = new ArrayList<>();
                    if (RoutineUses.calls(t.options().partitionBy(), r.to().name())) {
                        keys.add(t.name().toString());
                    }
                    // a partition's own key: its rows stay in the partitions below it the old version chose
                    t.options().partitions().stream().filter(p -> RoutineUses.calls(p.partitionBy(), r.to().name()))
                            .forEach(p -> keys.add(t.name().schema() + "." + p.name()));
                    for (String key : keys) {
                        String table = Printable.escape(key);
                        out.add("The plan replaces " + Printable.escape(r.subject()) + " (" + RoutineDiffer.words(r.aspects())
                                + "), which the partition key of " + table + " calls: PostgreSQL moves no row, so the rows stay in"
                                + " the partitions the old version chose, and queries the new one prunes miss them. Move them yourself"
                                + " (e.g. detach the partitions, then INSERT … SELECT their rows into " + table + ").");
                    }
                }
            }
        }
        return out;
    }

    private static <T> boolean lacks(List<T> current, List<T> desired, java.util.function.Function<T, QualifiedName> name) {
        Set<QualifiedName> wanted = new java.util.HashSet<>();
        desired.forEach(o -> wanted.add(name.apply(o)));
        return current.stream().anyMatch(o -> !wanted.contains(name.apply(o)));
    }

    /**
     * @param desired the state the plan reaches, where the types of index keys' columns are looked up
     */
    static Found find(ConnectionInfo database, int majorVersion, List<String> schemas, Plan plan,
                      List<NotManaged> notManaged, Schema desired) {
        try (CatalogSession session = new CatalogSession(database)) {
            return find(session, majorVersion, schemas, plan, notManaged, desired);
        }
    }

    /** As {@link #find(ConnectionInfo, int, List, Plan, List, Schema)}, asking through {@code session} (the caller closes it). */
    static Found find(CatalogSession session, int majorVersion, List<String> schemas, Plan plan,
                      List<NotManaged> notManaged, Schema desired) {
        List<String> warnings = new ArrayList<>(versionGaps(plan, majorVersion, desired));
        warnings.addAll(PlainedColumns.refusals(plan, majorVersion));
        // rows left where an old body put them: said, but PostgreSQL runs every statement (the plan applies)
        List<String> doubts = new ArrayList<>(partitionKeysOfReplaced(plan, desired));
        warnings.addAll(nameCollisions(plan, notManaged));
        warnings.addAll(ExtensionCollisions.find(plan, notManaged));
        CatalogNeeds.find(session, plan, desired, warnings, doubts);
        DomainBlockers.find(session, schemas, plan, warnings, doubts);
        RoutineBlockers.find(session, plan, schemas, warnings, doubts);
        OperatorBlockers.find(session, plan, schemas, warnings, doubts);
        CollationBlockers.find(session, plan, schemas, warnings, doubts);
        SequenceBlockers.find(session, plan, warnings, doubts);
        StringBodies.find(session, plan, desired, schemas, doubts);
        ReplicaIdentities.find(plan, notManaged, desired, warnings, doubts);
        List<Target> targets = targets(plan);
        if (targets.isEmpty()) {
            return new Found(warnings, doubts);
        }
        return dependents(session, schemas, plan, targets, warnings, doubts);
    }

    /** Views, rules, functions and foreign keys outside the plan that use what it drops or retypes. */
    private static Found dependents(CatalogSession session, List<String> schemas, Plan plan, List<Target> targets,
                                    List<String> warnings, List<String> doubts) {
        Map<Target, List<String>> users = new LinkedHashMap<>();
        // a view, materialized view, policy, trigger, generated column or routine the plan itself drops (or replaces) first (to create it again after) is in nobody's way
        Set<String> dropped = droppedViews(plan);
        try (PreparedStatement ps = session.prepare(SqlResources.load(PlanBlockers.class,
                "dependents"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", targets.stream().map(t -> t.table().schema()).toArray()));
            ps.setArray(2, c.createArrayOf("text", targets.stream().map(t -> t.table().name()).toArray()));
            ps.setArray(3, c.createArrayOf("text", targets.stream().map(Target::column).toArray()));
            ps.setArray(4, c.createArrayOf("boolean", targets.stream().map(Target::drops).toArray()));
            ps.setArray(5, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(6, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(7, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(8, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(9, c.createArrayOf("text", schemas.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    QualifiedName table = new QualifiedName(rs.getString("schema_name"), rs.getString("table_name"));
                    String column = rs.getString("column_name");
                    String kind = rs.getString("dependent_kind"); // empty when PostgreSQL's own description names it
                    String user = kind.isEmpty() ? rs.getString("dependent_name") : kind + " " + rs.getString("dependent_name");
                    if (dropped.contains(user)) {
                        continue;
                    }
                    String via = rs.getString("via"); // the copy of the column or the partition below that it uses
                    String named = via == null ? user : user + " (on the " + Printable.escape(via) + ")";
                    targets.stream().filter(t -> t.table().equals(table) && Objects.equals(t.column(), column))
                            .forEach(t -> users.computeIfAbsent(t, k -> new ArrayList<>()).add(named));
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not check whether views, rules, functions or foreign keys use what the plan drops or retypes on "
                    + session.describe() + " (" + Printable.message(e) + "): a statement may still be refused for that reason.");
            return new Found(warnings, doubts);
        }
        // a partition below a dropped one, in another schema: PostgreSQL refuses nothing, it drops it along
        users.forEach((t, who) -> who.removeIf(user -> {
            if (!user.startsWith(PARTITION_BELOW)) {
                return false;
            }
            String partition = Printable.escape(user.substring(PARTITION_BELOW.length())); // a catalog name: one line, whatever it holds
            warnings.add("The plan drops " + t.subject() + " (" + t.statement()
                    + (t.statement().contains(" DETACH PARTITION ") ? " and the DROP TABLE after it" : "") + "), and PostgreSQL"
                    + " would drop partition " + partition + " with it: that partition is below it in another schema, so dibs does"
                    + " not manage it and never drops it. Detach it first (ALTER TABLE … DETACH PARTITION " + partition + " on the"
                    + " table it is a partition of), or move it into schema " + t.table().schema() + " and declare it; then plan"
                    + " again. As it is, the plan must not run.");
            return true;
        }));
        users.values().removeIf(List::isEmpty);
        users.forEach((t, who) -> warnings.add("PostgreSQL will refuse " + t.statement() + ": " + String.join(", ", who)
                + (who.size() == 1 ? " uses " : " use ") + t.subject() + ", and dibs does not manage "
                + (who.size() == 1 ? "it. Drop or change it" : "them. Drop or change them")
                + " first (by hand, or in a migration), then plan again; as it is, the plan fails there and is rolled back."));
        return new Found(warnings, doubts);
    }

    /** The views, materialized views, policies, triggers, generated columns and routines the plan drops (routines: or replaces), as the dependents query names them. */
    private static Set<String> droppedViews(Plan plan) {
        Set<String> dropped = new java.util.HashSet<>();
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.DropView d) {
                dropped.add("view " + d.view().name());
            } else if (change instanceof SchemaChange.DropMaterializedView d) {
                dropped.add("materialized view " + d.view().name());
            } else if (change instanceof SchemaChange.DropPolicy d) {
                dropped.add("policy " + d.policy().table() + "." + d.policy().name());
            } else if (change instanceof SchemaChange.DropTrigger d) {
                dropped.add("trigger " + d.trigger().table() + "." + d.trigger().name());
            } else if (change instanceof SchemaChange.DropRoutine d) {
                dropped.add((d.routine().procedure() ? "procedure " : "function ") + d.routine().signature());
            } else if (change instanceof SchemaChange.ReplaceRoutine r) { // the simulation placed it where its new body fits
                dropped.add((r.from().procedure() ? "procedure " : "function ") + r.from().signature());
            } else if (change instanceof SchemaChange.DropColumn d && d.column().isGenerated()) {
                dropped.add("generated column " + d.table() + "." + d.column().name());
            }
        }
        return dropped;
    }

    /**
     * What the plan drops or retypes, under the names the catalog has before the plan runs: a
     * change after a rename names the table or column by its new name.
     */
    private static List<Target> targets(Plan plan) {
        Map<QualifiedName, QualifiedName> tableBefore = new HashMap<>();
        Map<String, String> columnBefore = new HashMap<>();
        List<Target> targets = new ArrayList<>();
        // each change's statements, found once: a search of the whole plan per touch is quadratic at a thousand tables
        Map<SchemaChange, List<Statement>> byChange = new IdentityHashMap<>();
        plan.statements().forEach(s -> byChange.computeIfAbsent(s.change(), k -> new ArrayList<>()).add(s));
        for (SchemaChange change : plan.changes()) {
            ChangeEffects.Effect effect = ChangeEffects.of(change);
            if (effect.tableRenamed() != null) {
                ChangeEffects.TableRename r = effect.tableRenamed();
                tableBefore.put(r.to(), tableBefore.getOrDefault(r.from(), r.from()));
            }
            if (effect.columnRenamed() != null) {
                ChangeEffects.ColumnRename r = effect.columnRenamed();
                QualifiedName table = tableBefore.getOrDefault(r.table(), r.table());
                columnBefore.put(table + "." + r.to(), columnBefore.getOrDefault(table + "." + r.from(), r.from()));
            }
            for (ChangeEffects.Touch touch : effect.touches()) {
                Statement first = null;
                for (Statement s : byChange.getOrDefault(change, List.of())) {
                    if (touch.statement().equals(s.target())) {
                        first = s;
                        break;
                    }
                }
                targets.add(target(tableBefore, columnBefore, touch.table(), touch.column(), touch.drops(),
                        quoted(Optional.ofNullable(first), change)));
            }
        }
        return targets;
    }

    private static Target target(Map<QualifiedName, QualifiedName> tableBefore, Map<String, String> columnBefore,
                                 QualifiedName table, String column, boolean drops, String statement) {
        QualifiedName before = tableBefore.getOrDefault(table, table);
        String columnName = column == null ? null : columnBefore.getOrDefault(before + "." + column, column);
        return new Target(before, columnName, drops, statement);
    }

    /** What {@code plan} creates that a server of {@code majorVersion} lacks; {@code desired} says which tables are partitioned. */
    static List<String> versionGaps(Plan plan, int majorVersion, Schema desired) {
        List<String> warnings = new ArrayList<>();
        PgVersion version = new PgVersion(majorVersion);
        if (version.hasVirtualColumns() && version.hasNotEnforcedConstraints()) {
            return warnings;
        }
        for (SchemaChange change : plan.changes()) {
            List<String> lacking15 = ChangeEffects.of(change).needsV15();
            if (!version.hasNullsNotDistinct() && !lacking15.isEmpty()) {
                warnings.add("PostgreSQL " + majorVersion + " will refuse " + statementOf(plan, change) + ": the "
                        + String.join(", ", lacking15) + " needs PostgreSQL 15 or later. Upgrade the database, or"
                        + " change the desired state to do without; as it is, the plan fails there and is rolled back.");
            }
            List<String> lacking = ChangeEffects.of(change).needsV18();
            if (!lacking.isEmpty()) {
                warnings.add("PostgreSQL " + majorVersion + " will refuse " + statementOf(plan, change) + ": the "
                        + String.join(", ", lacking) + " needs PostgreSQL " + PgVersion.V18 + " or later. Upgrade the database, or"
                        + " change the desired state to do without; as it is, the plan fails there and is rolled back.");
            }
            if (change instanceof SchemaChange.AddForeignKey a && !a.key().validated() && a.key().enforced()
                    && !version.hasNotValidForeignKeysOnPartitionedTables()
                    && desired.table(a.table()).map(t -> t.options().partitionBy() != null).orElse(false)) {
                warnings.add("PostgreSQL " + majorVersion + " will refuse " + statementOf(plan, change) + ": a NOT VALID foreign key"
                        + " on a partitioned table needs PostgreSQL " + PgVersion.V18 + " or later. Upgrade the database, or"
                        + " validate the key in the desired state; as it is, the plan fails there and is rolled back.");
            }
            String exclusion = change instanceof SchemaChange.AddExclusion x ? x.exclusion().name()
                    : change instanceof SchemaChange.AddTable t && !t.table().exclusions().isEmpty() ? t.table().exclusions().get(0).name()
                    : null;
            QualifiedName excluding = change instanceof SchemaChange.AddExclusion x ? x.table()
                    : change instanceof SchemaChange.AddTable t ? t.table().name() : null;
            if (exclusion != null && !version.hasExclusionConstraintsOnPartitionedTables()
                    && desired.table(excluding).map(t -> t.options().partitionBy() != null).orElse(false)) {
                warnings.add("PostgreSQL " + majorVersion + " will refuse " + statementOf(plan, change) + ": the exclusion constraint "
                        + exclusion + " on the partitioned table " + excluding + " needs PostgreSQL 17 or later. Upgrade the database, or"
                        + " change the desired state to do without; as it is, the plan fails there and is rolled back.");
            }
        }
        return warnings;
    }

    private static List<String> nameCollisions(Plan plan, List<NotManaged> notManaged) {
        List<String> warnings = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            QualifiedName name = ChangeEffects.of(change).creates();
            if (name != null) {
                notManaged.stream()
                        .filter(n -> RELATION_KINDS.contains(n.kind()) && name.schema().equals(n.schema()) && name.name().equals(n.name()))
                        .forEach(n -> warnings.add("PostgreSQL will refuse " + statementOf(plan, change) + ": a " + n.kind() + " named "
                                + name + " already exists" + (n.detail() == null ? "" : " (" + n.detail() + ")")
                                + ", and dibs does not manage " + n.kind() + "s. Drop or rename it first (by hand, or in a"
                                + " migration), then plan again; as it is, the plan fails there and is rolled back."));
            }
        }
        return warnings;
    }

    /**
     * What a refused statement of {@code change} does to the plan: the whole transaction rolled back,
     * or — a concurrent index build, after the transaction — the rest committed and the build failing,
     * or — one before it — nothing of the transaction run.
     */
    static String failsThere(Plan plan, SchemaChange change) {
        boolean after = plan.statements().stream().anyMatch(s -> s.change() == change
                && s.mode() == TransactionMode.OUTSIDE_TRANSACTION);
        boolean before = plan.statements().stream().anyMatch(s -> s.change() == change
                && s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION);
        return after ? "the plan's transaction commits, then that build fails after it"
                : before ? "that build fails before the plan's transaction, and nothing else of the plan runs"
                : "the plan fails there and is rolled back";
    }

    /** The first statement rendered for {@code change}, on one line, quoted. */
    static String statementOf(Plan plan, SchemaChange change) {
        return quoted(plan.statements().stream().filter(s -> s.change() == change).findFirst(), change);
    }

    private static String quoted(Optional<Statement> statement, SchemaChange change) {
        return statement.map(s -> "\"" + firstLine(s.sql()) + "\"").orElse(change.subject());
    }

    /** {@code sql} on one line, trimmed, cut at 120 characters. */
    static String firstLine(String sql) {
        String oneLine = Printable.oneLine(Printable.sql(sql)).trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
