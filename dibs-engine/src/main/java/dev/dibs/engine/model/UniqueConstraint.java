package dev.dibs.engine.model;

import java.util.List;

/**
 * A unique constraint: its name and columns in key order, PostgreSQL 15's {@code NULLS NOT
 * DISTINCT}, its {@code INCLUDE} columns, its index's storage parameters ({@code name=value},
 * sorted) and when it is checked.
 */
public record UniqueConstraint(String name, List<String> columns, boolean nullsNotDistinct, List<String> include,
                               List<String> options, Deferrability deferrability) {

    /** A plain, immediate unique constraint. */
    public UniqueConstraint(String name, List<String> columns) {
        this(name, columns, false, List.of(), List.of(), Deferrability.NOT_DEFERRABLE);
    }

    public UniqueConstraint {
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        options = options.stream().sorted().toList();
        deferrability = deferrability == null ? Deferrability.NOT_DEFERRABLE : deferrability;
    }

    /** The same constraint under another name, on other columns (a renamed one), every option kept. */
    public UniqueConstraint with(String newName, List<String> newColumns, List<String> newInclude) {
        return new UniqueConstraint(newName, newColumns, nullsNotDistinct, newInclude, options, deferrability);
    }
}
