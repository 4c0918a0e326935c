package dev.dibs.engine.model;

/**
 * One key of an index: a column, or an expression (exactly one of them is non-null), its sort
 * direction and where nulls go. {@code nullsFirst} is always explicit: Postgres's default is
 * nulls last for ascending keys and nulls first for descending ones. {@code opclass} is null for
 * the type's default operator class, else its name with its parameters as PostgreSQL prints them
 * ({@code gin_trgm_ops}, {@code gist_trgm_ops(siglen='32')}); {@code collation} is null for the
 * key's own collation, else the one the key is indexed with.
 */
public record IndexKey(String column, String expression, boolean descending, boolean nullsFirst, String opclass,
                       String collation) {

    /** A key with the default operator class and the key's own collation. */
    public IndexKey(String column, String expression, boolean descending, boolean nullsFirst) {
        this(column, expression, descending, nullsFirst, null, null);
    }

    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is a column or an expression, not both or neither");
        }
        opclass = opclass == null || opclass.isBlank() ? null : opclass;
        collation = collation == null || collation.isBlank() ? null : collation;
    }

    public static IndexKey column(String column) {
        return new IndexKey(column, null, false, false);
    }

    public boolean isExpression() {
        return expression != null;
    }

    /** The same key on another column (a renamed one), every option kept. */
    public IndexKey onColumn(String newColumn) {
        return new IndexKey(newColumn, expression, descending, nullsFirst, opclass, collation);
    }
}
