package dev.dibs.engine.render;

import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.StatementTarget;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.QualifiedName;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Rendering contexts and expected statements for the renderer's unit tests. */
final class Rendering {

    /** Every table exists already; default options (validate separately, plain index builds). */
    static final RenderContext EXISTING = new RenderContext(Set.of(), PlanOptions.defaults());

    private Rendering() {
    }

    /** The plan creates {@code tables}; default options. */
    static RenderContext creating(QualifiedName... tables) {
        return new RenderContext(Set.of(tables), PlanOptions.defaults());
    }

    /** Every table exists already, under {@code options}. */
    static RenderContext existing(PlanOptions options) {
        return new RenderContext(Set.of(), options);
    }

    /**
     * The statements for {@code change}, compared on SQL, change, hazards and transaction mode; what
     * each acts on ({@code Statement.target}) is asserted by {@link #targets}.
     */
    static List<Statement> render(SchemaChange change, RenderContext ctx) {
        return ChangeRenderer.render(change, ctx).stream()
                .map(s -> new Statement(s.sql(), s.change(), s.hazards(), s.mode())).toList();
    }

    /** What each statement for {@code change} acts on, in order (null for a statement on no table or column). */
    static List<StatementTarget> targets(SchemaChange change, RenderContext ctx) {
        return ChangeRenderer.render(change, ctx).stream().map(Statement::target).toList();
    }

    /** A statement run in the plan's transaction. */
    static Statement inTx(String sql, SchemaChange change, Hazard... hazards) {
        return new Statement(sql, change, hazards(hazards), TransactionMode.IN_TRANSACTION);
    }

    static Statement in(TransactionMode mode, String sql, SchemaChange change, Hazard... hazards) {
        return new Statement(sql, change, hazards(hazards), mode);
    }

    private static Set<Hazard> hazards(Hazard... hazards) {
        EnumSet<Hazard> set = EnumSet.noneOf(Hazard.class);
        set.addAll(List.of(hazards));
        return set;
    }
}
