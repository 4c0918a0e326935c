package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A sequence of its own, declared in SQL ({@code CREATE SEQUENCE}). Options are as
 * {@code pg_sequence} holds them; the current value is data, never part of the model.
 *
 * <p>The boundary with columns: the sequence of an identity column, and the sequence a column
 * owns ({@code OWNED BY}) while its default is exactly {@code nextval} of it (what {@code serial}
 * makes), are the column's ({@link Column#sequence()} holds their options). Every other sequence
 * is one of these: one nobody owns, and one owned by a column whose default does not call it (a
 * {@code serial} column whose default was dropped leaves such a sequence behind).
 *
 * @param dataType {@code smallint}, {@code integer} or {@code bigint}
 * @param ownedBy  the column that owns it, as {@code table.column} in its schema (each name quoted
 *                 where {@code quote_ident} would quote it), or null
 * @param comment  null when absent
 */
public record Sequence(QualifiedName name, String dataType, long increment, long minValue, long maxValue, long start,
                       long cache, boolean cycle, String ownedBy, String comment) {

    public Sequence {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(dataType, "dataType");
    }

    public Sequence withName(QualifiedName newName) {
        return new Sequence(newName, dataType, increment, minValue, maxValue, start, cache, cycle, ownedBy, comment);
    }

    public Sequence withOwnedBy(String newOwnedBy) {
        return new Sequence(name, dataType, increment, minValue, maxValue, start, cache, cycle, newOwnedBy, comment);
    }

    public Sequence withComment(String newComment) {
        return new Sequence(name, dataType, increment, minValue, maxValue, start, cache, cycle, ownedBy, newComment);
    }

    /** Everything but the owner and the comment: what {@code ALTER SEQUENCE}'s options set. */
    public boolean sameOptions(Sequence other) {
        return dataType.equals(other.dataType) && increment == other.increment && minValue == other.minValue
                && maxValue == other.maxValue && start == other.start && cache == other.cache && cycle == other.cycle;
    }

    /** The lowest value a sequence of {@code dataType} can give ({@code smallint}, {@code integer}, else {@code bigint}'s). */
    public static long lowest(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MIN_VALUE;
            case "integer" -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    /** The highest value a sequence of {@code dataType} can give ({@code smallint}, {@code integer}, else {@code bigint}'s). */
    public static long highest(String dataType) {
        return switch (dataType) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }
}
