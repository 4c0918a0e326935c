package dev.dibs.engine.model;

import java.util.Objects;

/**
 * An index of a materialized view, declared beside it in SQL.
 *
 * @param definition {@code pg_get_indexdef}: the whole {@code CREATE [UNIQUE] INDEX … ON …} statement
 */
public record ViewIndex(String name, String definition) {

    public ViewIndex {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
