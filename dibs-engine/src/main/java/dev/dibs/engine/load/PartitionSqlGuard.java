package dev.dibs.engine.load;

import java.util.List;

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
        return shapeProblem(text, top -> BOUND_SHAPES.contains(top) ? null
                : "a bound is DEFAULT, FOR VALUES IN (…), FOR VALUES FROM (…) TO (…) or FOR VALUES WITH (…), and nothing else");
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
