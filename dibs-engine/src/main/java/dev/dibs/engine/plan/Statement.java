package dev.dibs.engine.plan;

import dev.dibs.engine.diff.SchemaChange;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One SQL statement of a plan: its text, the change it comes from, its hazards, how it may run, and
 * the table or column it acts on ({@code target}, set by the renderer; null for a statement on
 * another kind of object, such as a type or an index).
 * {@code hazards} iterates in the enum's order, the same in every JVM (an immutable {@code Set.copyOf} would not).
 */
public record Statement(String sql, SchemaChange change, Set<Hazard> hazards, TransactionMode mode, StatementTarget target) {

    public Statement {
        hazards = Collections.unmodifiableSet(hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards));
    }

    /** A statement whose target is not a table or column. */
    public Statement(String sql, SchemaChange change, Set<Hazard> hazards, TransactionMode mode) {
        this(sql, change, hazards, mode, null);
    }

    public Statement withTarget(StatementTarget newTarget) {
        return new Statement(sql, change, hazards, mode, newTarget);
    }
}
