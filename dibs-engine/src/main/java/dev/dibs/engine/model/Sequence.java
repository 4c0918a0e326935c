package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A sequence of its own, declared in SQL ({@code CREATE SEQUENCE}); the sequence an identity or
 * serial column owns is the column's ({@link Column#sequence()}). Options are as
 * {@code pg_sequence} holds them; the current value is data, never part of the model.
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param ownedBy  the column that owns it, as {@code table.column} in its schema, or null
 * @param comment  null when absent
 */
public record Sequence(QualifiedName name, String dataType, long increment, long minValue, long maxValue, long start,
                       long cache, boolean cycle, String ownedBy, String comment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }
}
