package dev.dibs.engine.model;

import java.util.Objects;

/**
 * An extension installed in a managed schema ({@code CREATE EXTENSION name WITH SCHEMA schema
 * VERSION version}). {@code comment} is null when it is the extension's own (or absent).
 */
public record Extension(String name, String schema, String version, String comment) {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
    }
}
