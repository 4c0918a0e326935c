package dev.dibs.engine.render;

import dev.dibs.engine.diff.SchemaChange;
import java.util.EnumSet;
import java.util.Set;

/** One SQL statement of a plan: its text, the change it comes from, its hazards, and how it may run. */
public record Statement(String sql, SchemaChange change, Set<Hazard> hazards, TransactionMode mode) {

    public Statement {
        hazards = hazards.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(hazards));
    }

    public boolean hasHazard(Hazard hazard) {
        return hazards.contains(hazard);
    }
}
