package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a table's expressions (checks, column defaults, generated columns, index keys and
 * predicates, exclusion constraints, the partition key) call a function of a given name. The model holds those expressions as PostgreSQL
 * printed them under the inspection's {@code search_path} ({@code pg_catalog}), so a function of
 * a managed schema always appears qualified: {@code public.f(…)}; the same text inside a string
 * literal or a comment is not a call. The text does not say which
 * overload a call resolves to, so every overload of the name counts as used: re-creating one
 * re-creates what calls any of them, which costs work but is never wrong.
 */
public final class RoutineUses {

    private RoutineUses() {
    }

    /** What kind of object calls the function. */
    public enum Kind { CHECK, DEFAULT, GENERATED_COLUMN, INDEX, EXCLUSION, PARTITION_KEY }

    /** One object of {@code table} whose expression calls the function: a check, column or index {@code name}. */
    public record Use(QualifiedName table, Kind kind, String name) {
        @Override
        public String toString() {
            return switch (kind) {
                case CHECK -> "check " + table + "." + name;
                case DEFAULT -> "default of " + table + "." + name;
                case GENERATED_COLUMN -> "generated column " + table + "." + name;
                case INDEX -> "index " + table.schema() + "." + name;
                case EXCLUSION -> "exclusion constraint " + table + "." + name;
                case PARTITION_KEY -> name.equals(table.name()) ? "the partition key of " + table
                        : "the partition key of partition " + table.schema() + "." + name + " of " + table;
            };
        }
    }

    /** The objects of {@code table} whose expressions call a function named {@code routine}. */
    public static List<Use> in(Table table, QualifiedName routine) {
        Pattern call = call(routine);
        return in(table, e -> e != null && e.contains(routine.name()) && calls(e, call));
    }

    /**
     * The objects of {@code table} with an expression {@code calls} accepts (given each expression as
     * PostgreSQL prints it, never null): checks, defaults, generated columns, index keys and
     * predicates, exclusion constraints, the partition key.
     */
    public static List<Use> in(Table table, java.util.function.Predicate<String> calls) {
        java.util.function.Predicate<String> test = e -> e != null && calls.test(e);
        List<Use> out = new ArrayList<>();
        for (Check k : table.checks()) {
            if (test.test(k.expression())) {
                out.add(new Use(table.name(), Kind.CHECK, k.name()));
            }
        }
        for (Column c : table.columns()) {
            if (test.test(c.defaultExpression())) {
                out.add(new Use(table.name(), Kind.DEFAULT, c.name()));
            }
            if (test.test(c.generatedExpression())) {
                out.add(new Use(table.name(), Kind.GENERATED_COLUMN, c.name()));
            }
        }
        for (Index i : table.indexes()) {
            boolean keys = i.keys().stream().map(IndexKey::expression).anyMatch(test);
            if (keys || test.test(i.predicate())) {
                out.add(new Use(table.name(), Kind.INDEX, i.name()));
            }
        }
        for (var x : table.exclusions()) {
            if (test.test(x.definition())) {
                out.add(new Use(table.name(), Kind.EXCLUSION, x.name()));
            }
        }
        if (test.test(table.options().partitionBy())) {
            out.add(new Use(table.name(), Kind.PARTITION_KEY, table.name().name()));
        }
        for (var p : table.options().partitions()) { // a partition's own key: named by the partition
            if (test.test(p.partitionBy())) {
                out.add(new Use(table.name(), Kind.PARTITION_KEY, p.name()));
            }
        }
        return out;
    }

    /**
     * Whether {@code expression} (as PostgreSQL prints it: a policy's, a domain's check or default)
     * calls a function named {@code routine}; false for null.
     */
    public static boolean calls(String expression, QualifiedName routine) {
        return expression != null && expression.contains(routine.name()) && calls(expression, call(routine));
    }

    /**
     * Whether the condition of {@code trigger} ({@code WHEN}: its definition up to {@code EXECUTE
     * FUNCTION}, outside strings and parentheses) calls a function named {@code routine}; the
     * function it executes and that function's arguments are not counted.
     */
    public static boolean conditionCalls(Trigger trigger, QualifiedName routine) {
        String definition = trigger.definition();
        if (definition == null || !definition.contains(routine.name())) {
            return false;
        }
        int depth = 0;
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(definition);
        for (int i = 0; i + 1 < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i).token();
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            } else if (depth == 0 && t.isKeyword("execute")
                    && (tokens.get(i + 1).token().isKeyword("function") || tokens.get(i + 1).token().isKeyword("procedure"))) {
                return calls(definition.substring(0, tokens.get(i).start()), routine);
            }
        }
        return false;
    }

    /** The qualified name as PostgreSQL prints it, not preceded by more of an identifier, then {@code (}. */
    private static Pattern call(QualifiedName routine) {
        return Pattern.compile("(?<![\\w$.\"])" + Pattern.quote(Identifiers.quote(routine.schema(), routine.name())) + "\\s*\\(");
    }

    /**
     * A match counts where a token starts: one inside a string literal, a quoted identifier or a
     * comment ({@code 'public.f(x)'}) is text, not a call. The text is tokenised only once the
     * pattern matched, which is rare.
     */
    static boolean calls(String expression, Pattern call) {
        if (expression == null) {
            return false;
        }
        java.util.regex.Matcher m = call.matcher(expression);
        if (!m.find()) {
            return false;
        }
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        for (SqlTokens.Positioned t : SqlTokens.tokenizeWithPositions(expression)) {
            if (t.token().isName()) {
                starts.add(t.start());
            }
        }
        do {
            if (starts.contains(m.start())) {
                return true;
            }
        } while (m.find());
        return false;
    }
}
