package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A column. {@code defaultExpression}, {@code generatedExpression} and {@code comment} are null
 * when absent. Identity and generated columns are never nullable.
 */
public record Column(
        String name,
        PgType type,
        boolean nullable,
        String defaultExpression,
        Identity identity,
        String generatedExpression,
        String comment) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        identity = identity == null ? Identity.NONE : identity;
    }

    public boolean isIdentity() {
        return identity != Identity.NONE;
    }

    public boolean isGenerated() {
        return generatedExpression != null;
    }
}
