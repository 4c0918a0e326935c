package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A function or procedure, in PostgreSQL's own words. It is known by its name and the types of its
 * input arguments ({@link #signature()}); everything else is compared.
 *
 * @param identityArguments {@code pg_get_function_identity_arguments}: what tells overloads apart
 * @param procedure         a procedure rather than a function
 * @param arguments         {@code pg_get_function_arguments}: names, modes, defaults
 * @param result            {@code pg_get_function_result}; null for a procedure
 * @param body              {@code prosrc}, or the SQL-standard body as PostgreSQL prints it
 * @param volatility        {@code IMMUTABLE}, {@code STABLE} or {@code VOLATILE}
 * @param parallel          {@code SAFE}, {@code RESTRICTED} or {@code UNSAFE}
 * @param config            the {@code SET} options, {@code name=value} each
 * @param definition        {@code pg_get_functiondef}: the statement that creates it as it is
 * @param comment           null when absent
 */
public record Routine(QualifiedName name, String identityArguments, boolean procedure, String arguments, String result,
                      String language, String body, String volatility, boolean strict, boolean securityDefiner,
                      boolean leakproof, String parallel, double cost, double rows, List<String> config,
                      String definition, String comment) {

    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(identityArguments, "identityArguments");
        config = List.copyOf(config);
    }

    /** {@code schema.name(argument types)}: the key of a routine. */
    public String signature() {
        return name + "(" + identityArguments + ")";
    }
}
