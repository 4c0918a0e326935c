package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression}, {@code generatedExpression} and {@code comment} are null
 * when absent. {@code virtual} says a generated column is computed when read (PostgreSQL 18's
 * {@code VIRTUAL}) rather than stored; it is false for every column that is not generated.
 */
public record Column(
        String name,
        PgType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment,
        boolean virtual) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
        virtual = virtual && generatedExpression != null;
    }

    /** A column that is not a virtual generated one. */
    public Column(String name, PgType type, boolean nullable, String defaultExpression, Identity identity,
                  String generatedExpression, String comment) {
        this(name, type, nullable, defaultExpression, identity, generatedExpression, comment, false);
    }

    public boolean isIdentity() {
        return identity != Identity.NONE;
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }
}
