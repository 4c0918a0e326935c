package dev.dibs.engine.load;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SqlTokens;
import java.util.List;
import java.util.Set;

/**
 * Decides whether the texts of {@code @Table(partitionBy)} and {@code @Partition(bound)} are a
 * partition key and a partition bound and nothing more, before dibs writes them after
 * {@code PARTITION BY} and after {@code PARTITION OF table}. Besides what {@link ExpressionGuard}
 * refuses in any annotation SQL (a {@code ;}, comments, unbalanced parentheses or literals), the
 * shape is fixed: outside its parentheses a key is one strategy word and one parenthesised list,
 * and a bound one of PostgreSQL's four forms — so nothing can follow it ({@code WITH (…)},
 * {@code TABLESPACE …}, another {@code PARTITION BY}) that would make a different table.
 */
final class PartitionSqlGuard {

    private static final List<List<String>> BOUND_SHAPES = List.of(
            List.of("DEFAULT"),
            List.of("FOR", "VALUES", "IN", "("),
            List.of("FOR", "VALUES", "FROM", "(", "TO", "("),
            List.of("FOR", "VALUES", "WITH", "("));

    private PartitionSqlGuard() {
    }

    /** Why {@code text} is not a partition key such as {@code RANGE (created_at)}, or null when it is one. */
    static String keyProblem(String text) {
        return shapeProblem(text, top -> !List.of("RANGE", "LIST", "HASH").contains(top.get(0))
                ? "it must start with RANGE, LIST or HASH"
                : top.size() != 2 || !top.get(1).equals("(")
                ? "after " + top.get(0) + " comes one parenthesised list of columns or expressions, and nothing else"
                : null);
    }

    /** Why {@code text} is not a partition bound such as {@code FOR VALUES IN ('a')}, or null when it is one. */
    static String boundProblem(String text) {
        String problem = shapeProblem(text, top -> BOUND_SHAPES.contains(top) ? null
                : "a bound is DEFAULT, FOR VALUES IN (…), FOR VALUES FROM (…) TO (…) or FOR VALUES WITH (…), and nothing else");
        return problem != null ? problem : constantsProblem(text);
    }

    /** The words a bound may hold besides its constants: its form's, and the bounds' own. */
    private static final Set<String> BOUND_WORDS = Set.of("default", "for", "values", "in", "from", "to", "with", "modulus",
            "remainder", "minvalue", "maxvalue", "true", "false", "null");

    /**
     * PostgreSQL computes a bound's expressions when it creates the partition — in the scratch
     * database too, while dibs only compares — so a bound holds constants and nothing that runs:
     * literals, {@code MINVALUE}/{@code MAXVALUE}, signs, casts ({@code '2024-01-01'::date}) and
     * typed literals ({@code date '2024-01-01'}); no call, no subquery, no operator but a sign.
     */
    private static String constantsProblem(String text) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(text);
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Token t = tokens.get(i);
            boolean afterCast = i > 0 && (tokens.get(i - 1).isSymbol("::") || tokens.get(i - 1).isSymbol(".") && i > 1 && tokens.get(i - 2).isName());
            boolean typedLiteral = i + 1 < tokens.size() && tokens.get(i + 1).kind() == SqlTokens.Kind.STRING;
            if (t.isName() && !afterCast && !typedLiteral && !(t.kind() == SqlTokens.Kind.IDENTIFIER && BOUND_WORDS.contains(t.text()))) {
                return "a bound holds constants only (PostgreSQL computes it when it creates the partition), and "
                        + Printable.escape(t.text()) + " is not one: write the value itself, such as FOR VALUES IN ('a') or"
                        + " FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";
            }
            if (t.kind() == SqlTokens.Kind.SYMBOL && !List.of("(", ")", ",", "::", "-", "+", ".", "[", "]").contains(t.text())) {
                return "a bound holds constants only (PostgreSQL computes it when it creates the partition), and the operator "
                        + Printable.escape(t.text()) + " is not one: write the value itself";
            }
        }
        return null;
    }

    /**
     * What the guard refuses in any annotation SQL (statements, comments, unbalanced parentheses or
     * quotes), else emptiness, else what {@code shape} says of the top-level words.
     */
    private static String shapeProblem(String text, java.util.function.Function<List<String>, String> shape) {
        List<String> top;
        try {
            top = ExpressionGuard.topLevel(text);
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        return top.isEmpty() ? "it is empty" : shape.apply(top);
    }
}
