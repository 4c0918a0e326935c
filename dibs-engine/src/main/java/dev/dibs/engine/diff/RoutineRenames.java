package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;
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

    /** A routine's dependency ({@code Routine.dependsOn}'s words) on {@code from}, naming it under its new name. */
    public static UnaryOperator<String> dependencies(Routine from, QualifiedName to) {
        String old = "routine " + from.signature();
        String now = "routine " + signature(from, to);
        return entry -> entry.equals(old) ? now : entry;
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
     * ({@link SchemaTexts#in(Routine, UnaryOperator, UnaryOperator)}).
     */
    public static Routine renamedIn(Routine r, Routine from, QualifiedName to) {
        Routine t = SchemaTexts.in(r, calls(from, to), dependencies(from, to));
        if (!r.signature().equals(from.signature())) {
            return t;
        }
        List<String> parameters = parameterNames(t.identityArguments());
        String body = SchemaTexts.sqlStandard(t) ? parametersRenamed(t.body(), from.name().name(), to.name(), parameters) : t.body();
        String definition = parametersRenamed(t.definition(), from.name().name(), to.name(), parameters);
        return new Routine(to, t.identityArguments(), t.argumentTypes(), t.procedure(), t.arguments(), t.result(), t.language(), body,
                t.volatility(), t.strict(), t.securityDefiner(), t.leakproof(), t.parallel(), t.cost(), t.rows(), t.config(), definition,
                t.comment(), t.dependsOn());
    }

    /**
     * {@code text} with each parameter reference {@code from.parameter} written {@code to.parameter}:
     * in a SQL-standard body that reads a table, PostgreSQL prints a parameter qualified by the
     * function's own name ({@code WHERE (posts.author = post_count.uid)}), and after a rename by its
     * new name. Only a name of one of {@code parameters} after an unqualified {@code from} and a dot,
     * not called; outside strings (a body kept as a string is text PostgreSQL does not rewrite).
     */
    static String parametersRenamed(String text, String from, String to, List<String> parameters) {
        if (text == null || parameters.isEmpty() || from.indexOf('"') < 0 && !text.contains(from)) {
            return text;
        }
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(text);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            SqlTokens.Token name = tokens.get(i).token();
            SqlTokens.Token parameter = tokens.get(i + 2).token();
            boolean qualified = i > 0 && tokens.get(i - 1).token().isSymbol(".");
            boolean called = i + 3 < tokens.size() && tokens.get(i + 3).token().isSymbol("(");
            if (qualified || called || !name.isName() || !name.text().equals(from) || !tokens.get(i + 1).token().isSymbol(".")
                    || !parameter.isName() || !parameters.contains(parameter.text())) {
                continue;
            }
            out = out == null ? new StringBuilder(text.length() + 8) : out;
            out.append(text, copied, tokens.get(i).start()).append(Identifiers.quote(to));
            copied = tokens.get(i).end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /**
     * The parameter names of identity arguments as PostgreSQL prints them ({@code uid integer, OUT
     * n bigint}): the first word of each argument after its mode, when a type follows it.
     */
    static List<String> parameterNames(String identityArguments) {
        List<String> names = new ArrayList<>();
        if (identityArguments == null || identityArguments.isBlank()) {
            return names;
        }
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(identityArguments);
        int depth = 0;
        boolean start = true;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i);
            if (t.isSymbol("(") || t.isSymbol("[")) {
                depth++;
            } else if (t.isSymbol(")") || t.isSymbol("]")) {
                depth--;
            } else if (depth == 0 && t.isSymbol(",")) {
                start = true;
                continue;
            }
            if (!start || depth > 0) {
                continue;
            }
            if (t.kind() == SqlTokens.Kind.IDENTIFIER && MODES.contains(t.text())) {
                continue; // IN, OUT, INOUT, VARIADIC: the name comes next
            }
            start = false;
            boolean typeFollows = i + 1 < tokens.size() && tokens.get(i + 1).isName();
            if (t.isName() && typeFollows) {
                names.add(t.text());
            }
        }
        return names;
    }

    private static final java.util.Set<String> MODES = java.util.Set.of("in", "out", "inout", "variadic");
}
