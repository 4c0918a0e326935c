package dev.dibs.bench;

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

/** The {@link GeneratedSchema} tables as a model, built in memory: the desired side of a plan. */
final class GeneratedModel {

    private GeneratedModel() {
    }

    static Schema schema(int n) {
        List<Table> tables = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            tables.add(table(i, n));
        }
        return Normalizer.normalize(new Schema(List.of("public"), tables, List.of()));
    }

    /**
     * The same tables with {@code bigserial} keys (a default of {@code nextval} on the sequence each
     * key owns, as PostgreSQL reads {@code bigserial} back) rather than identity columns.
     */
    static Schema withSerialKeys(int n) {
        List<Table> tables = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Table t = table(i, n);
            String key = "nextval('public." + t.name().name() + "_id_seq'::regclass)";
            List<Column> columns = new ArrayList<>(t.columns());
            columns.set(0, new Column("id", PgType.parse("bigint"), false, key, Identity.NONE, null, null));
            tables.add(new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(), t.comment()));
        }
        return Normalizer.normalize(new Schema(List.of("public"), tables, List.of()));
    }

    private static Table table(int i, int n) {
        String t = GeneratedSchema.table(i);
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
        ForeignKey fk = new ForeignKey(t + "_ref_fk", List.of("ref_id"),
                new QualifiedName("public", GeneratedSchema.table(GeneratedSchema.target(i, n))), List.of("id"),
                ReferentialAction.SET_NULL, ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE, true);
        List<Index> indexes = List.of(
                new Index(t + "_name_ix", List.of(IndexKey.column("name"), new IndexKey("created_at", null, true, true)),
                        false, null, "btree", List.of()),
                new Index(t + "_ref_active_ix", List.of(IndexKey.column("ref_id")), false, "active", "btree", List.of()));
        return new Table(new QualifiedName("public", t), columns, new PrimaryKey(t + "_pkey", List.of("id")),
                List.of(new UniqueConstraint(t + "_code_key", List.of("code"))), List.of(fk),
                List.of(new Check(t + "_qty_ck", "qty >= 0", true)), indexes, null);
    }

    private static Column column(String name, String type, boolean nullable, String defaultExpression) {
        return new Column(name, PgType.parse(type), nullable, defaultExpression, Identity.NONE, null, null);
    }
}
