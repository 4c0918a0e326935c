package dev.dibs.engine.model;

import java.util.Objects;

/** A schema-qualified object name, as Postgres stores it (unquoted, case preserved). */
public record QualifiedName(String schema, String name) implements Comparable<QualifiedName> {

    public QualifiedName {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(name, "name");
    }

    public static QualifiedName of(String schema, String name) {
        return new QualifiedName(schema, name);
    }

    @Override
    public int compareTo(QualifiedName other) {
        int bySchema = schema.compareTo(other.schema);
        return bySchema != 0 ? bySchema : name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
