package dev.dibs.engine.ops;

import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.diff.Diff;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaDiffer;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.render.ChangeRenderer;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.render.RenderContext;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.solve.Solver;
import dev.dibs.engine.inspect.InvalidIndexes;
import dev.dibs.engine.model.Index;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Diff, solve, render: from (current, desired) to an ordered, verified plan of statements.
 * Both schemas must be in canonical form (current from the {@code Inspector}, desired from the
 * {@code Canonicalizer} or another inspection).
 */
public final class Planner {

    private Planner() {
    }

    /** For a target whose version is not known: what every supported version can do. */
    public static Plan plan(Schema current, Schema desired, RenameHints hints, PlanOptions options) {
        return plan(current, desired, hints, options, 0);
    }

    /**
     * @param targetMajor the major version of the database the plan is for (its inspection's), 0 when
     *                    unknown: a newer one changes some things in place that an older one drops and creates
     */
    public static Plan plan(Schema current, Schema desired, RenameHints hints, PlanOptions options, int targetMajor) {
        return plan(current, desired, hints, options, targetMajor, java.util.Map.of(), Set.of());
    }

    /**
     * For the inspected database {@code current}: its major version, the {@code NOT VALID} NOT NULL
     * constraints it has (PostgreSQL 18), which a column made NOT NULL gets validated, and its
     * {@code INVALID} indexes ({@link InvalidIndexes}), which the plan drops first, in its transaction,
     * then builds again where {@code desired} has them.
     */
    public static Plan plan(dev.dibs.engine.inspect.Inspection current, Schema desired, RenameHints hints, PlanOptions options) {
        Map<QualifiedName, List<Index>> invalid = InvalidIndexes.of(current);
        // their names stay taken until the transaction drops them, after the indexes built before it; so are
        // the names of what dibs does not manage (a temporary index name must be free)
        Set<QualifiedName> taken = new java.util.HashSet<>();
        invalid.forEach((table, indexes) -> indexes.forEach(i -> taken.add(new QualifiedName(table.schema(), i.name()))));
        current.notManaged().forEach(n -> taken.add(new QualifiedName(n.schema(), n.name())));
        Plan plan = plan(InvalidIndexes.without(current.schema(), invalid), desired, hints, options, current.majorVersion(),
                dev.dibs.engine.inspect.NotValidNotNulls.constraints(current), taken);
        if (invalid.isEmpty()) {
            return plan;
        }
        List<SchemaChange> drops = new ArrayList<>();
        invalid.forEach((table, indexes) -> indexes.forEach(i -> drops.add(new SchemaChange.DropIndex(table, i))));
        RenderContext plain = new RenderContext(Set.of(), options);
        List<Statement> dropping = drops.stream().flatMap(d -> ChangeRenderer.render(d, plain).stream()).toList();
        List<Statement> statements = new ArrayList<>(plan.statements());
        int first = (int) statements.stream().filter(s -> s.mode() == TransactionMode.BEFORE_TRANSACTION
                || s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION).count();
        statements.addAll(first, dropping);
        List<SchemaChange> changes = new ArrayList<>(drops);
        changes.addAll(plan.changes());
        return new Plan(changes, statements, plan.suggestions());
    }

    private static Plan plan(Schema current, Schema desired, RenameHints hints, PlanOptions options, int targetMajor,
                             java.util.Map<String, String> notValidNotNulls, Set<QualifiedName> taken) {
        Diff diff = SchemaDiffer.diff(current, desired, hints, targetMajor);
        List<SchemaChange> ordered = Solver.order(current, desired, diff.changes());
        Set<QualifiedName> created = ordered.stream().filter(SchemaChange.AddTable.class::isInstance)
                .map(c -> ((SchemaChange.AddTable) c).table().name()).collect(Collectors.toSet());
        Set<QualifiedName> dropped = ordered.stream().filter(SchemaChange.DropTable.class::isInstance)
                .map(c -> ((SchemaChange.DropTable) c).table().name()).collect(Collectors.toSet());
        Set<QualifiedName> partitioned = desired.tables().stream().filter(t -> t.options().partitionBy() != null)
                .map(Table::name).collect(Collectors.toSet());
        Set<String> identities = new java.util.HashSet<>();
        desired.tables().forEach(t -> t.columns().stream().filter(Column::isIdentity).forEach(c -> identities.add(
                RenderContext.identityColumn(t.name().schema(), SequenceCalls.ownerName(t.name().name(), c.name())))));
        dev.dibs.engine.render.DomainTypes domains = RenderContext.domains(current, desired, ordered);
        RenderContext ctx = new RenderContext(created, RenderContext.virtualBecomingPlain(ordered), partitioned, identities,
                RenderContext.serialsOfIdentities(ordered), domains,
                RenderContext.indexedColumns(current, desired, ordered),
                dev.dibs.engine.render.Volatility.of(desired), options, targetMajor,
                RenderContext.nondeterministicCollations(current, desired), RenderContext.uniqueKeyColumns(desired),
                RenderContext.notNullChecks(current, desired, ordered, options, partitioned, domains, notValidNotNulls),
                dev.dibs.engine.render.ConcurrentBuilds.of(current, desired, ordered, options, created, dropped, partitioned, taken))
                .withJoiningParents(ordered.stream().filter(SchemaChange.Inherit.class::isInstance)
                        .map(c -> ((SchemaChange.Inherit) c).table()).collect(Collectors.toSet()));
        List<Statement> statements = new ArrayList<>();
        for (SchemaChange change : ordered) {
            statements.addAll(ChangeRenderer.render(change, ctx));
            ctx = ctx.after(change); // a domain as the next change finds it
        }
        return new Plan(ordered, hoistLabelAdditions(statements), diff.suggestions());
    }

    public static Plan plan(Schema current, Schema desired, RenameHints hints) {
        return plan(current, desired, hints, PlanOptions.defaults());
    }

    /**
     * Statements committed before the transaction come first (enum labels, then the indexes built under a
     * temporary name), then the transaction's, then those run after it commits: the concurrent index
     * builds, the validations, and what waits for them (SET NOT NULL proved by a validated check) last,
     * each group in its order.
     */
    private static List<Statement> hoistLabelAdditions(List<Statement> statements) {
        List<Statement> out = new ArrayList<>();
        for (TransactionMode mode : List.of(TransactionMode.BEFORE_TRANSACTION, TransactionMode.BUILT_BEFORE_TRANSACTION,
                TransactionMode.IN_TRANSACTION,
                TransactionMode.OUTSIDE_TRANSACTION, TransactionMode.AFTER_TRANSACTION, TransactionMode.AFTER_VALIDATIONS)) {
            statements.stream().filter(s -> s.mode() == mode).forEach(out::add);
        }
        return out;
    }
}
