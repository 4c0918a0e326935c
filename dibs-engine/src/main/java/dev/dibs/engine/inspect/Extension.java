package dev.dibs.engine.inspect;

import java.util.Objects;

/**
 * An extension a database has ({@code pg_extension}, the built-in {@code plpgsql} aside), the
 * schema it lives in and its version (null: any): a scratch database creates it, at that version
 * when its server has it, before building a desired schema that may need its types, functions or
 * operator classes.
 */
public record Extension(String name, String schema, String version) {

    /** At whatever version the server installs by default. */
    public Extension(String name, String schema) {
        this(name, schema, null);
    }

    /**
     * As a record's own, written out: the record's is linked through method handles on its first
     * call, which in a fresh JVM (every goal) took 14-22 ms for this one comparison of the database's
     * extensions. The same value as the record's.
     */
    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(name) + Objects.hashCode(schema)) * 31 + Objects.hashCode(version);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Extension e && Objects.equals(name, e.name) && Objects.equals(schema, e.schema)
                && Objects.equals(version, e.version);
    }
}
