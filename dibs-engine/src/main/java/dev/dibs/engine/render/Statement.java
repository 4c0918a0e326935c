package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * One SQL statement of a plan: its text, the change it comes from, its hazards, and how it may run.
 * {@code hazards} iterates in the enum's order, the same in every JVM (an immutable {@code Set.copyOf} would not).
 */
public record Statement(String sql, SchemaChange change, Set<Hazard> hazards, TransactionMode mode) {

    public Statement {
        hazards = Collections.unmodifiableSet(hazards.isEmpty() ? EnumSet.noneOf(Hazard.class) : EnumSet.copyOf(hazards));
    }
}
