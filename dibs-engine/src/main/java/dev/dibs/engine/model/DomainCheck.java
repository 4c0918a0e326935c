package dev.dibs.engine.model;

import java.util.Objects;

/** A named check of a domain, its definition as {@code pg_get_constraintdef} prints it ({@code CHECK (VALUE > 0)}). */
public record DomainCheck(String name, String definition, boolean validated) {

    public DomainCheck {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
