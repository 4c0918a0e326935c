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

    /**
     * Whether PostgreSQL's {@code CREATE TABLE} takes this key and {@code other} for one, keeping only the
     * first: the same key columns in order, {@code INCLUDE} columns, {@code NULLS NOT DISTINCT} and
     * deferrability (not the storage parameters, which it does not compare).
     */
    public boolean sameKeyAs(UniqueConstraint other) {
        return columns.equals(other.columns) && include.equals(other.include) && nullsNotDistinct == other.nullsNotDistinct
                && deferrability == other.deferrability;
    }

    /** As {@link #sameKeyAs(UniqueConstraint)}, against a primary key (whose NULLS NOT DISTINCT is off). */
    public boolean sameKeyAs(PrimaryKey key) {
        return columns.equals(key.columns()) && include.equals(key.include()) && !nullsNotDistinct
                && deferrability == key.deferrability();
    }

    /**
     * What of {@code key} (may be null) and {@code others} this is the same key as ({@link #sameKeyAs}):
     * {@code "the primary key t_pkey"}, {@code "the unique constraint t_a_key"} (the first), or null.
     */
    public String sameKeyAmong(PrimaryKey key, List<UniqueConstraint> others) {
        if (key != null && sameKeyAs(key)) {
            return "the primary key " + key.name();
        }
        return others.stream().filter(this::sameKeyAs).map(u -> "the unique constraint " + u.name()).findFirst().orElse(null);
    }

    /** The same constraint under another name, on other columns (a renamed one), every option kept. */
    public UniqueConstraint with(String newName, List<String> newColumns, List<String> newInclude) {
        return new UniqueConstraint(newName, newColumns, nullsNotDistinct, newInclude, options, deferrability);
    }
}
