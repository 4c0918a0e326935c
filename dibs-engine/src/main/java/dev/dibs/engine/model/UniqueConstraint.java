package dev.dibs.engine.model;

import java.util.List;

/** A unique constraint: its name and columns in key order. */
public record UniqueConstraint(String name, List<String> columns) {

    public UniqueConstraint {
        columns = List.copyOf(columns);
    }
}
