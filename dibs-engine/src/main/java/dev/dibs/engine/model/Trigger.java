package dev.dibs.engine.model;

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
 */
public record Trigger(QualifiedName table, String name, String definition, String function, String enabled,
                      String comment) {

    public Trigger {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
