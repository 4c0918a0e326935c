package dev.dibs.engine.model;

import java.util.List;

/**
 * A primary key: its constraint name and columns in key order, its {@code INCLUDE} columns, its
 * index's storage parameters ({@code name=value}, sorted) and when it is checked.
 */
public record PrimaryKey(String name, List<String> columns, List<String> include, List<String> options,
                         Deferrability deferrability) {

    /** A plain, immediate primary key. */
    public PrimaryKey(String name, List<String> columns) {
        this(name, columns, List.of(), List.of(), Deferrability.NOT_DEFERRABLE);
    }

    public PrimaryKey {
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        options = options.stream().sorted().toList();
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }

    /** The same key under another name, on other columns (a renamed one), every option kept. */
    public PrimaryKey with(String newName, List<String> newColumns, List<String> newInclude) {
        return new PrimaryKey(newName, newColumns, newInclude, options, deferrability);
    }
}
