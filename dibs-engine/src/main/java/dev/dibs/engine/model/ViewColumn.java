package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A column of a view or materialized view, as PostgreSQL derived it from the query:
 * {@code CREATE OR REPLACE VIEW} keeps a view only when its leading columns keep their names and
 * types ({@code format_type}, typmod included).
 */
public record ViewColumn(String name, String type) {

    public ViewColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }
}
