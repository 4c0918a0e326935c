package dev.dibs.engine.model;

import java.util.List;

/** A primary key: its constraint name and columns in key order. */
public record PrimaryKey(String name, List<String> columns) {

    public PrimaryKey {
        columns = List.copyOf(columns);
    }
}
