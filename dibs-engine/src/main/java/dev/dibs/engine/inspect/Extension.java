package dev.dibs.engine.inspect;

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
}
