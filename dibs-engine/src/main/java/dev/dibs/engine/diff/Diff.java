package dev.dibs.engine.diff;

import java.util.List;

/**
 * The typed difference between two schemas: the changes (unordered; the solver orders them) and
 * suggestions for renames dibs will not guess.
 */
public record Diff(List<SchemaChange> changes, List<RenameSuggestion> suggestions) {

    public Diff {
        changes = List.copyOf(changes);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }
}
