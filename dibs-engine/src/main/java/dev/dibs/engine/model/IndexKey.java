package dev.dibs.engine.model;

/**
 * One key of an index: a column, or an expression (exactly one of them is non-null), its sort
 * direction and where nulls go. {@code nullsFirst} is always explicit: Postgres's default is
 * nulls last for ascending keys and nulls first for descending ones.
 */
public record IndexKey(String column, String expression, boolean descending, boolean nullsFirst) {

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is a column or an expression, not both or neither");
        }
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, false);
    }

    public boolean isExpression() {
        return expression != null;
    }
}
