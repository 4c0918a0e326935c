package dev.dibs.engine.report;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Normalizer;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Schemas of many tables built in memory, shaped like dibs-bench's: ten columns of mixed types, a
 * primary key, a unique constraint, a check, two indexes (one partial) and a foreign key from each
 * table to the next (the last one to the first).
 */
final class LargeSchemas {

    private LargeSchemas() {
    }

    static String name(int i) {
        return String.format("t%05d", i);
    }

    static Schema schema(int n) {
        return schema(n, t -> t);
    }

    /** The schema with {@code change} applied to each table. */
    static Schema schema(int n, UnaryOperator<Table> change) {
        List<Table> tables = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tables.add(change.apply(table(name(i), name((i + 1) % n))));
        }
        return Normalizer.normalize(new Schema(List.of("public"), tables, List.of()));
    }

    static Table table(String t, String target) {
        List<Column> columns = List.of(
                new Column("id", PgType.parse("bigint"), false, null, Identity.BY_DEFAULT, null, null),
                column("code", "varchar(40)", false, null),
                column("name", "text", false, null),
                column("amount", "numeric(12,2)", false, "0"),
                column("qty", "integer", false, null),
                column("active", "boolean", false, "true"),
                column("created_at", "timestamptz", false, "now()"),
                column("note", "text", true, null),
                column("ref_id", "bigint", true, null),
                column("payload", "jsonb", true, null));
        ForeignKey fk = new ForeignKey(t + "_ref_fk", List.of("ref_id"), new QualifiedName("public", target), List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE, true);
        List<Index> indexes = List.of(
                new Index(t + "_name_ix", List.of(IndexKey.column("name"), new IndexKey("created_at", null, true, true)),
                        false, null, "btree", List.of()),
                new Index(t + "_ref_active_ix", List.of(IndexKey.column("ref_id")), false, "active", "btree", List.of()));
        return new Table(new QualifiedName("public", t), columns, new PrimaryKey(t + "_pkey", List.of("id")),
                List.of(new UniqueConstraint(t + "_code_key", List.of("code"))), List.of(fk),
                List.of(new Check(t + "_qty_ck", "qty >= 0", true)), indexes, null);
    }

    /** The table with one more (nullable text) column. */
    static Table withColumn(Table t, String column) {
        List<Column> columns = new ArrayList<>(t.columns());
        columns.add(column(column, "text", true, null));
        return new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment(),
                t.exclusions(), t.options());
    }

    static Column column(String name, String type, boolean nullable, String defaultExpression) {
        return new Column(name, PgType.parse(type), nullable, defaultExpression, Identity.NONE, null, null);
    }
}
