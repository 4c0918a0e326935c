package dev.dibs.engine.inspect;

/**
 * An extension a database has ({@code pg_extension}, the built-in {@code plpgsql} aside) and the
 * schema it lives in: a scratch database creates it before building a desired schema that may
 * need its types, functions or operator classes.
 */
public record Extension(String name, String schema) {
}
