package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/** A Postgres enum type with its labels in order. {@code comment} is null when absent. */
public record EnumType(QualifiedName name, List<String> labels, String comment) {

    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
    }
}
