package dev.dibs.engine.model;

import java.util.Objects;

/** A check constraint: its name and boolean expression. */
public record Check(String name, String expression) {

    public Check {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(expression, "expression");
    }
}
