package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A trigger on a table, known by its table and name.
 *
 * @param definition {@code pg_get_triggerdef}: timing, events, level, {@code WHEN}, function and
 *                   arguments, and whether it is a constraint trigger, in PostgreSQL's words
 * @param function   the signature of the function it executes ({@link Routine#signature()})
 * @param enabled    {@code pg_trigger.tgenabled}: {@code O} (origin and local), {@code D}
 *                   (disabled), {@code R} (replica), {@code A} (always)
 * @param comment    null when absent
 * @param columns    the table's columns it depends on ({@code UPDATE OF} and {@code WHEN}), sorted:
 *                   PostgreSQL refuses to drop or retype them while the trigger exists
 */
public record Trigger(QualifiedName table, String name, String definition, String function, String enabled,
                      String comment, List<String> columns) {

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        columns = columns.stream().distinct().sorted().toList();
    }

    /** A trigger that uses no column of its table by name. */
    public Trigger(QualifiedName table, String name, String definition, String function, String enabled, String comment) {
        this(table, name, definition, function, enabled, comment, List.of());
    }

    /** Whether it is a {@code CREATE CONSTRAINT TRIGGER}. */
    public boolean constraint() {
        return definition.startsWith("CREATE CONSTRAINT TRIGGER ");
    }

    public Trigger withTable(QualifiedName newTable, String newDefinition) {
        return new Trigger(newTable, name, newDefinition, function, enabled, comment, columns);
    }

    public Trigger withEnabled(String newEnabled) {
        return new Trigger(table, name, definition, function, newEnabled, comment, columns);
    }

    public Trigger withComment(String newComment) {
        return new Trigger(table, name, definition, function, enabled, newComment, columns);
    }
}
