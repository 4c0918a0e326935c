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

    /**
     * As a record's own, written out: the record's is reached through a method handle chain, which a
     * fresh JVM runs slowly for the first thousands of calls, and names are the keys of most of dibs's
     * maps. The same value as the record's ({@code 31 * schema + name}), so no map changes its order.
     */
    @Override
    public int hashCode() {
        return 31 * schema.hashCode() + name.hashCode();
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof QualifiedName q && schema.equals(q.schema) && name.equals(q.name);
    }

    @Override
    public String toString() {
        return schema + "." + name;
    }
}
