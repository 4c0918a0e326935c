package dev.dibs.engine.model;

import java.util.Objects;

/**
 * A check constraint: its name and boolean expression. {@code validated} is false for a check
 * added {@code NOT VALID} and not validated since.
 */
public record Check(String name, String expression, boolean validated) {

    /** A validated check. */
    public Check(String name, String expression) {
        this(name, expression, true);
    }

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
