package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * An extension installed in a managed schema ({@code CREATE EXTENSION name WITH SCHEMA schema
 * VERSION version}). {@code comment} is null when it is the extension's own (the comment its
 * control file gives, which {@code CREATE EXTENSION} sets) or absent: dibs does not tell the two
 * apart, so that an extension created anywhere compares equal to the one it was created from.
 *
 * <p>What the plan must know of it beyond its own statements: whether {@code ALTER EXTENSION … SET
 * SCHEMA} can move it ({@code relocatable}), and the types and operator classes it brings, which
 * columns and index keys may use, so that it is dropped only once nothing uses them (PostgreSQL
 * refuses otherwise). {@code types} are names in its schema; {@code operatorClasses} are
 * qualified, quoted where they must be, as {@code pg_get_indexdef} prints them. {@code functions}
 * ({@code name(identity arguments)}, in its schema) are what it would create: a database holding
 * functions of those signatures outside any extension (an extension installed from its script,
 * before PostgreSQL had extensions) refuses {@code CREATE EXTENSION}. {@code defaultClasses}
 * ({@code method:type}, e.g. {@code gist:integer}) are the default operator classes it brings, which
 * an index key without a class of its own may need ({@code btree_gist} for a GiST index on an integer).
 */
public record Extension(String name, String schema, String version, String comment, boolean relocatable,
                        List<String> types, List<String> operatorClasses, List<String> functions,
                        List<String> defaultClasses) {

    public Extension {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(schema, "schema");
        types = types == null ? List.of() : types.stream().sorted().toList();
        operatorClasses = operatorClasses == null ? List.of() : operatorClasses.stream().sorted().toList();
        functions = functions == null ? List.of() : functions.stream().sorted().toList();
        defaultClasses = defaultClasses == null ? List.of() : defaultClasses.stream().sorted().toList();
    }

    /** Without the default operator classes it brings. */
    public Extension(String name, String schema, String version, String comment, boolean relocatable,
                     List<String> types, List<String> operatorClasses, List<String> functions) {
        this(name, schema, version, comment, relocatable, types, operatorClasses, functions, List.of());
    }

    /** Without the functions it brings. */
    public Extension(String name, String schema, String version, String comment, boolean relocatable,
                     List<String> types, List<String> operatorClasses) {
        this(name, schema, version, comment, relocatable, types, operatorClasses, List.of());
    }

    /** A relocatable extension that brings no type or operator class dibs needs to know of. */
    public Extension(String name, String schema, String version, String comment) {
        this(name, schema, version, comment, true, List.of(), List.of());
    }

    public Extension withSchema(String newSchema) {
        return new Extension(name, newSchema, version, comment, relocatable, types, operatorClasses, functions);
    }
}
