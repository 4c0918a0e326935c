package dev.dibs.engine.model;

/** A foreign key's {@code ON DELETE} / {@code ON UPDATE} action. */
public enum ReferentialAction {
    NO_ACTION("NO ACTION"),
    RESTRICT("RESTRICT"),
    CASCADE("CASCADE"),
    SET_NULL("SET NULL"),
    SET_DEFAULT("SET DEFAULT");

    private final String sql;

    ReferentialAction(String sql) {
        this.sql = sql;
    }

    /** The SQL spelling, e.g. {@code SET NULL}. */
    public String sql() {
        return sql;
    }
}
