package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import java.util.function.UnaryOperator;

/**
 * How a schema reads after {@code ALTER FUNCTION|PROCEDURE from RENAME TO to}. PostgreSQL holds a
 * routine by its identity wherever it stores a call — column defaults, checks, index expressions,
 * domains, views, trigger conditions and the function a trigger executes, policies, other routines'
 * SQL-standard bodies and argument defaults — and prints the new name there from then on
 * ({@link SchemaTexts}); the lists that name it by signature (a trigger's function, a view's
 * functions, a routine's {@code dependsOn}) follow. A body in a procedural language or a string
 * calls it by text, which PostgreSQL leaves as it was: those are not rewritten, so a body still
 * calling the old name differs from a desired one calling the new name, and is replaced.
 */
public final class RoutineRenames {

    private RoutineRenames() {
    }

    /** The signature {@code from} has under its new name: the same arguments. */
    public static String signature(Routine from, QualifiedName to) {
        return to + "(" + from.identityArguments() + ")";
    }

    /** {@code schema} after routine {@code from} was renamed to {@code to}. */
    public static Schema renamed(Schema schema, Routine from, QualifiedName to) {
        UnaryOperator<String> calls = calls(from, to);
        UnaryOperator<String> signatures = signatures(from, to);
        return schema
                .withRoutines(schema.routines().stream().map(r -> renamedIn(r, from, to)).toList())
                .withDomains(schema.domains().stream().map(d -> SchemaTexts.in(d, calls)).toList())
                .withTables(schema.tables().stream().map(t -> SchemaTexts.in(t, calls)).toList())
                .withViews(schema.views().stream().map(v -> SchemaTexts.in(v, calls, signatures)).toList())
                .withMaterializedViews(schema.materializedViews().stream().map(v -> SchemaTexts.in(v, calls, signatures)).toList())
                .withTriggers(schema.triggers().stream().map(t -> SchemaTexts.in(t, calls, signatures)).toList())
                .withPolicies(schema.policies().stream().map(p -> SchemaTexts.in(p, calls)).toList());
    }

    /** Calls of {@code from}'s name in a text, as PostgreSQL prints them after the rename. */
    public static UnaryOperator<String> calls(Routine from, QualifiedName to) {
        return text -> SchemaTexts.renamed(text, from.name(), to, true);
    }

    /** {@code from}'s signature replaced by its new one; any other left as it is. */
    public static UnaryOperator<String> signatures(Routine from, QualifiedName to) {
        String old = from.signature();
        String now = signature(from, to);
        return s -> s.equals(old) ? now : s;
    }

    /**
     * {@code r} after the rename: its own name when it is {@code from}; calls in its argument
     * defaults, its definition's header and its SQL-standard body, and its dependencies
     * ({@link SchemaTexts#in(Routine, UnaryOperator)}).
     */
    public static Routine renamedIn(Routine r, Routine from, QualifiedName to) {
        Routine t = SchemaTexts.in(r, calls(from, to));
        return !r.signature().equals(from.signature()) ? t
                : new Routine(to, t.identityArguments(), t.procedure(), t.arguments(), t.result(), t.language(), t.body(), t.volatility(),
                        t.strict(), t.securityDefiner(), t.leakproof(), t.parallel(), t.cost(), t.rows(), t.config(), t.definition(),
                        t.comment(), t.dependsOn());
    }
}
