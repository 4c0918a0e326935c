package dev.dibs.engine.plan;

import dev.dibs.engine.diff.RenameSuggestion;
import dev.dibs.engine.diff.SchemaChange;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * An ordered, verified plan: the changes in apply order, their statements with hazards, and
 * rename suggestions for drops and adds that look like renames.
 */
public record Plan(List<SchemaChange> changes, List<Statement> statements, List<RenameSuggestion> suggestions) {

    public Plan {
        changes = List.copyOf(changes);
        statements = List.copyOf(statements);
        suggestions = List.copyOf(suggestions);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** Every hazard of every statement. */
    public Set<Hazard> hazards() {
        EnumSet<Hazard> all = EnumSet.noneOf(Hazard.class);
        statements.forEach(s -> all.addAll(s.hazards()));
        return all;
    }

    /** The plan as an SQL script: each statement ends with {@code ;}, its hazards as a comment above it. */
    public String toSql() {
        StringBuilder sb = new StringBuilder();
        for (Statement s : statements) {
            if (!s.hazards().isEmpty()) {
                sb.append("-- hazards: ").append(String.join(", ", Hazard.names(s.hazards()))).append('\n');
            }
            switch (s.mode()) {
                case BEFORE_TRANSACTION -> sb.append("-- committed before the rest: later statements may use the new label\n");
                case BUILT_BEFORE_TRANSACTION -> sb.append("-- before the rest, outside any transaction (it cannot run in one), under a"
                        + " temporary name the transaction gives over: reads and writes go on while it builds; if it fails, nothing"
                        + " else runs and it stays INVALID\n");
                case OUTSIDE_TRANSACTION -> sb.append(s.sql().startsWith("CREATE ")
                        ? "-- after the rest commits, outside any transaction (it cannot run in one): reads and writes go on"
                        + " while it builds; if it fails, the index stays INVALID\n"
                        : "-- after the rest commits, once the index is built\n");
                case AFTER_TRANSACTION -> sb.append("-- after the rest commits, in a transaction of its own: reads every row"
                        + " without blocking writes; if it fails, the constraint stays NOT VALID\n");
                case AFTER_VALIDATIONS -> sb.append("-- after the validations commit, in one last transaction with the others so"
                        + " marked: the validated check proves no row holds NULL, so SET NOT NULL reads none\n");
                default -> { }
            }
            sb.append(s.sql()).append(";\n");
        }
        return sb.toString();
    }
}
