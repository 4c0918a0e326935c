package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A column of a table, view or materialized view that a view's query reads: PostgreSQL records it
 * in {@code pg_depend} and refuses to drop or retype it while the view exists.
 */
public record RelationColumn(QualifiedName relation, String column) implements Comparable<RelationColumn> {

    private static final Comparator<RelationColumn> ORDER = Comparator.comparing(RelationColumn::relation)
            .thenComparing(RelationColumn::column);

    public RelationColumn {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public int compareTo(RelationColumn other) {
        return ORDER.compare(this, other);
    }

    @Override
    public String toString() {
        return relation + "." + column;
    }
}
