package dev.dibs.engine.model;

import java.util.Objects;

/**
 * An exclusion constraint: its name and its definition as PostgreSQL prints it
 * ({@code EXCLUDE USING gist (room WITH =, during WITH &&)}, with any {@code WHERE},
 * {@code INCLUDE}, {@code WITH (…)} and deferrability).
 */
public record Exclusion(String name, String definition) {

    public Exclusion {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
    }
}
