package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import java.util.function.UnaryOperator;

/**
 * What a table or column rename does to the names a view or materialized view reads: PostgreSQL
 * keeps reading the same table and column under their new names. For the differ, which sees the
 * database's views through the plan's renames, and the simulation alike.
 */
public final class RenamedReads {

    private RenamedReads() {
    }

    /** A relation read, after table {@code from} became {@code to}. */
    public static UnaryOperator<QualifiedName> relation(QualifiedName from, QualifiedName to) {
        return r -> r.equals(from) ? to : r;
    }

    /** A column read, after table {@code from} became {@code to}. */
    public static UnaryOperator<RelationColumn> columnOfTable(QualifiedName from, QualifiedName to) {
        return u -> u.relation().equals(from) ? new RelationColumn(to, u.column()) : u;
    }

    /** A column read, after column {@code from} of {@code table} became {@code to}. */
    public static UnaryOperator<RelationColumn> column(QualifiedName table, String from, String to) {
        return u -> u.relation().equals(table) && u.column().equals(from) ? new RelationColumn(table, to) : u;
    }
}
