package dev.dibs.engine.plan;

import dev.dibs.engine.model.QualifiedName;
import java.util.Objects;

/**
 * The table, or column of a table, that a statement acts on, under the name it has when the
 * statement runs. One change may render several statements on different objects (an enum's
 * re-creation converts each column that uses it), so checks of a plan look statements up by this,
 * never by reading their SQL.
 *
 * @param column null when the statement acts on the table as a whole
 */
public record StatementTarget(QualifiedName table, String column) {

    public StatementTarget {
        Objects.requireNonNull(table, "table");
    }

    public static StatementTarget table(QualifiedName table) {
        return new StatementTarget(table, null);
    }

    public static StatementTarget column(QualifiedName table, String column) {
        return new StatementTarget(table, Objects.requireNonNull(column, "column"));
    }

    /** As a record's own, written out (see {@link QualifiedName#hashCode}); the same value as the record's. */
    @Override
    public int hashCode() {
        return 31 * table.hashCode() + Objects.hashCode(column);
    }

    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StatementTarget t && table.equals(t.table) && Objects.equals(column, t.column);
    }
}
