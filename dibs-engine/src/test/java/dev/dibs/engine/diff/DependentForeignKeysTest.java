package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Foreign keys dropped and added back around the key they are bound to, and only those. */
class DependentForeignKeysTest {

    private static final ForeignKey ORDERS_CODE = fk("orders_code_fkey", "code", "accounts", "code");
    private static final UniqueConstraint CODE_KEY = new UniqueConstraint("accounts_code_key", List.of("code"));
    private static final Table ACCOUNTS_UNIQUE = table("accounts").columns(notNull("code", "text")).unique("accounts_code_key", "code")
            .build();
    private static final Table ACCOUNTS_PK = table("accounts").columns(notNull("code", "text")).pk("accounts_pkey", "code").build();

    private static Table orders(ForeignKey... keys) {
        var b = table("orders").columns(notNull("id", "integer"), notNull("code", "text")).pk("orders_pkey", "id");
        for (ForeignKey k : keys) {
            b.fk(k);
        }
        return b.build();
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        return SchemaDiffer.diff(current, desired, RenameHints.none()).changes();
    }

    private static String because(String kind, String key, String table, String what) {
        return "it depends on " + kind + " " + key + " of public." + table + ", which the plan " + what;
    }

    @Test
    void uniqueBecomingThePrimaryKeyTakesTheForeignKeyBoundToItAlong() {
        ForeignKey bound = ORDERS_CODE.withReferencedIndex("accounts_code_key");
        String reason = because("unique", "accounts_code_key", "accounts", "drops");

        assertThat(diff(schema(ACCOUNTS_UNIQUE, orders(bound)), schema(ACCOUNTS_PK, orders(ORDERS_CODE)))).containsExactly(
                new AddPrimaryKey(name("accounts"), new PrimaryKey("accounts_pkey", List.of("code"))),
                new DropUnique(name("accounts"), CODE_KEY),
                new DropForeignKey(name("orders"), bound, reason),
                new AddForeignKey(name("orders"), ORDERS_CODE, reason));
    }

    @Test
    void onlyTheForeignKeyBoundToTheDroppedKeyIsRecreatedWhereTwoKeysCoverTheColumns() {
        Table both = table("accounts").columns(notNull("code", "text")).pk("accounts_pkey", "code").unique("accounts_code_key", "code")
                .build();
        ForeignKey onPk = ORDERS_CODE.withReferencedIndex("accounts_pkey");
        ForeignKey onUnique = ORDERS_CODE.withReferencedIndex("accounts_code_key");

        assertThat(diff(schema(both, orders(onPk)), schema(ACCOUNTS_PK, orders(ORDERS_CODE))))
                .containsExactly(new DropUnique(name("accounts"), CODE_KEY));
        assertThat(diff(schema(both, orders(onUnique)), schema(ACCOUNTS_PK, orders(ORDERS_CODE))))
                .containsExactly(new DropUnique(name("accounts"), CODE_KEY),
                        new DropForeignKey(name("orders"), onUnique, because("unique", "accounts_code_key", "accounts", "drops")),
                        new AddForeignKey(name("orders"), ORDERS_CODE, because("unique", "accounts_code_key", "accounts", "drops")));
    }

    @Test
    void whereTheCatalogDidNotSayWhichKeyAnyKeyOnTheColumnsMayHoldIt() {
        Table both = table("accounts").columns(notNull("code", "text")).pk("accounts_pkey", "code").unique("accounts_code_key", "code")
                .build();

        assertThat(diff(schema(both, orders(ORDERS_CODE)), schema(ACCOUNTS_PK, orders(ORDERS_CODE))))
                .contains(new DropForeignKey(name("orders"), ORDERS_CODE, because("unique", "accounts_code_key", "accounts", "drops")));
    }

    @Test
    void reCreatedUniqueIndexTakesTheForeignKeyBoundToItAlong() {
        Index plain = uniqueIndex("accounts_code_idx", "code");
        Index covering = new Index("accounts_code_idx", List.of(IndexKey.column("code")), true, null, null, List.of("id"));
        Table before = table("accounts").columns(notNull("id", "integer"), notNull("code", "text")).index(plain).build();
        Table after = table("accounts").columns(notNull("id", "integer"), notNull("code", "text")).index(covering).build();
        ForeignKey bound = ORDERS_CODE.withReferencedIndex("accounts_code_idx");
        String reason = because("unique index", "accounts_code_idx", "accounts", "re-creates");

        assertThat(diff(schema(before, orders(bound)), schema(after, orders(ORDERS_CODE)))).containsExactly(
                new DropIndex(name("accounts"), plain), new AddIndex(name("accounts"), covering),
                new DropForeignKey(name("orders"), bound, reason), new AddForeignKey(name("orders"), ORDERS_CODE, reason));
    }

    @Test
    void partialUniqueIndexHoldsNoForeignKey() {
        Index partial = new Index("accounts_code_idx", List.of(IndexKey.column("code")), true, "(code <> ''::text)", null, List.of());

        assertThat(diff(schema(ACCOUNTS_PK.withIndexes(List.of(partial)), orders(ORDERS_CODE)), schema(ACCOUNTS_PK, orders(ORDERS_CODE))))
                .containsExactly(new DropIndex(name("accounts"), partial));
    }

    @Test
    void renameOrValidationOfTheForeignKeyIsDoneByAddingItBack() {
        ForeignKey oldName = new ForeignKey("orders_code_fk", List.of("code"), name("accounts"), List.of("code"), null, null, null,
                false).withReferencedIndex("accounts_code_key");
        String reason = because("unique", "accounts_code_key", "accounts", "drops");

        List<SchemaChange> changes = diff(schema(ACCOUNTS_UNIQUE, orders(oldName)), schema(ACCOUNTS_PK, orders(ORDERS_CODE)));

        assertThat(changes).noneMatch(c -> c instanceof SchemaChange.RenameConstraint || c instanceof SchemaChange.ValidateConstraint);
        assertThat(changes).contains(new DropForeignKey(name("orders"), oldName, reason),
                new AddForeignKey(name("orders"), ORDERS_CODE, reason));
    }

    @Test
    void foreignKeyAlreadyDroppedForARetypedColumnIsNotDroppedTwice() {
        ForeignKey bound = ORDERS_CODE.withReferencedIndex("accounts_code_key");
        Table varcharAccounts = table("accounts").columns(notNull("code", "character varying")).pk("accounts_pkey", "code").build();
        Table varcharOrders = table("orders").columns(notNull("id", "integer"), notNull("code", "character varying"))
                .pk("orders_pkey", "id").fk(ORDERS_CODE).build();

        List<SchemaChange> changes = diff(schema(ACCOUNTS_UNIQUE, orders(bound)), schema(varcharAccounts, varcharOrders));

        assertThat(changes.stream().filter(DropForeignKey.class::isInstance)).containsExactly(
                new DropForeignKey(name("orders"), bound, ConstraintDiffer.RETYPED));
        assertThat(changes.stream().filter(AddForeignKey.class::isInstance)).containsExactly(
                new AddForeignKey(name("orders"), ORDERS_CODE, ConstraintDiffer.RETYPED));
        assertThat(changes).contains(new AlterColumn(name("accounts"), notNull("code", "text"), notNull("code", "character varying"),
                Set.of(ColumnAspect.TYPE)));
    }

    @Test
    void boundIsLeftOutOfEqualityAsWhereAKeyIsBoundIsNoChange() {
        assertThat(ORDERS_CODE.withReferencedIndex("accounts_pkey")).isEqualTo(ORDERS_CODE.withReferencedIndex("accounts_code_key"))
                .hasSameHashCodeAs(ORDERS_CODE);
        assertThat(diff(schema(ACCOUNTS_PK, orders(ORDERS_CODE.withReferencedIndex("accounts_pkey"))),
                schema(ACCOUNTS_PK, orders(ORDERS_CODE)))).isEmpty();
    }
}
