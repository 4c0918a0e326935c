package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A function or procedure, in PostgreSQL's own words. It is named by its {@link #signature()} (the
 * arguments with their names, as {@code DROP} and {@code COMMENT ON} say it); PostgreSQL tells
 * overloads apart by their input argument types alone ({@link #overload()}), so two routines of one
 * overload are one routine changed; everything else is compared.
 *
 * @param identityArguments {@code pg_get_function_identity_arguments}: the arguments with their
 *                          modes and names, without defaults
 * @param argumentTypes     {@code oidvectortypes(proargtypes)}: the input argument types alone (no
 *                          names, no {@code OUT} arguments), what PostgreSQL keeps unique per name
 * @param procedure         a procedure rather than a function
 * @param arguments         {@code pg_get_function_arguments}: names, modes, defaults
 * @param result            {@code pg_get_function_result}; null for a procedure
 * @param body              {@code prosrc}, or the SQL-standard body as PostgreSQL prints it
 * @param volatility        {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param parallel          {@code SAFE}, {@code RESTRICTED} or {@code UNSAFE}
 * @param config            the {@code SET} options, {@code name=value} each
 * @param definition        {@code pg_get_functiondef}: the statement that creates it as it is
 * @param comment           null when absent
 * @param dependsOn         what it needs to exist first, from {@code pg_depend}: {@code table schema.name}
 *                          (a row type in its signature, a table its SQL-standard body reads),
 *                          {@code type schema.name} (an enum, domain or other user type, arrays as
 *                          their element type), {@code routine signature} (one its body calls),
 *                          {@code operator} and {@link Operator#signature()} (one its body uses),
 *                          {@code column schema.table.column} (one its SQL-standard body reads);
 *                          sorted. It follows from the definition, so equal definitions have equal lists.
 */
public record Routine(QualifiedName name, String identityArguments, String argumentTypes, boolean procedure, String arguments,
                      String result, String language, String body, String volatility, boolean strict, boolean securityDefiner,
                      boolean leakproof, String parallel, double cost, double rows, List<String> config,
                      String definition, String comment, List<String> dependsOn) {

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityArguments, "identityArguments");
        Objects.requireNonNull(argumentTypes, "argumentTypes");
        config = List.copyOf(config);
        dependsOn = dependsOn.stream().distinct().sorted().toList();
    }

    /** A routine that needs nothing of the schema besides built-in types. */
    public Routine(QualifiedName name, String identityArguments, String argumentTypes, boolean procedure, String arguments,
                   String result, String language, String body, String volatility, boolean strict, boolean securityDefiner,
                   boolean leakproof, String parallel, double cost, double rows, List<String> config,
                   String definition, String comment) {
        this(name, identityArguments, argumentTypes, procedure, arguments, result, language, body, volatility, strict, securityDefiner,
                leakproof, parallel, cost, rows, config, definition, comment, List.of());
    }

    public Routine withComment(String newComment) {
        return new Routine(name, identityArguments, argumentTypes, procedure, arguments, result, language, body, volatility, strict,
                securityDefiner, leakproof, parallel, cost, rows, config, definition, newComment, dependsOn);
    }

    /** {@code FUNCTION} or {@code PROCEDURE}, as {@code COMMENT ON} and {@code DROP} say it. */
    public String keyword() {
        return procedure ? "PROCEDURE" : "FUNCTION";
    }

    /** {@code schema.name(arguments)}, with their names: the key of a routine in a plan and its words. */
    public String signature() {
        return name + "(" + identityArguments + ")";
    }

    /**
     * {@code schema.name(argument types)}: what PostgreSQL allows once per schema, so {@code f(x integer)}
     * and {@code f(y integer)} are one overload (the second is the first with its argument renamed,
     * which {@code CREATE OR REPLACE} cannot do).
     */
    public String overload() {
        return name + "(" + argumentTypes + ")";
    }
}
