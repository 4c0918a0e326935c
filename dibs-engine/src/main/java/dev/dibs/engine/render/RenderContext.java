package dev.dibs.engine.render;

import dev.dibs.engine.model.QualifiedName;
import java.util.Set;

/**
 * What rendering needs to know beyond the change itself: which tables the plan creates (work on
 * them touches no existing rows, so it carries fewer hazards) and the chosen forms.
 */
public record RenderContext(Set<QualifiedName> createdTables, PlanOptions options) {

    public RenderContext {
        createdTables = Set.copyOf(createdTables);
    }

    boolean existing(QualifiedName table) {
        return !createdTables.contains(table);
    }
}
