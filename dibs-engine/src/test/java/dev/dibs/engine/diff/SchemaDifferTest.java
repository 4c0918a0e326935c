package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.enumCol;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The whole diff: schemas, tables with what goes with them, and the per-table differs' results in order. */
class SchemaDifferTest {

    private static final Table USERS = table("users").columns(notNull("id", "integer")).pk("users_pkey", "id").build();
    private static final ForeignKey ORDERS_USER = fk("orders_user_id_fkey", "user_id", "users", "id");
    private static final Table ORDERS = table("orders").columns(notNull("id", "integer"), notNull("user_id", "integer"))
            .pk("orders_pkey", "id").fk(ORDERS_USER).index(index("orders_user_id_idx", "user_id")).build();

    private static Diff diff(Schema current, Schema desired) {
        return SchemaDiffer.diff(current, desired, RenameHints.none());
    }

    /**
     * A column renamed through a parent while a child has it from another parent too: refused (PostgreSQL
     * says "cannot rename inherited column"), unless the child leaves that parent in the same plan.
     */
    @Test
    void aRenameOfAColumnAChildHasFromTwoParentsIsRefused() {
        Table a = table("a").columns(notNull("k", "integer")).build();
        Table b = table("b").columns(notNull("k", "integer")).build();
        Table child = table("child").columns(notNull("k", "integer")).build();
        Table both = child.withOptions(child.options().withInherits(List.of(name("a"), name("b"))));
        Table renamedA = table("a").columns(notNull("n", "integer")).build();
        Table childAfter = table("child").columns(notNull("n", "integer"), notNull("k", "integer")).build();
        RenameHints hints = new RenameHints(List.of(), List.of(new RenameHints.ColumnRename(name("a"), "n", "k")), List.of());

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> SchemaDiffer.diff(schema(a, b, both),
                        schema(renamedA, b, childAfter.withOptions(childAfter.options().withInherits(List.of(name("a"), name("b"))))), hints))
                .isInstanceOf(InheritanceRefused.class)
                .hasMessageStartingWith("dibs cannot rename column public.a.k to n: public.child has it from public.b too, and PostgreSQL"
                        + " changes a column a table has from two parents through neither (\"cannot rename inherited column\")");

        Table childLeaving = table("child").columns(notNull("n", "integer")).build();
        Diff leaving = SchemaDiffer.diff(schema(a, b, both),
                schema(renamedA, b, childLeaving.withOptions(childLeaving.options().withInherits(List.of(name("a"))))), hints);
        assertThat(leaving.changes()).anyMatch(c -> c instanceof SchemaChange.RenameColumn)
                .anyMatch(c -> c instanceof SchemaChange.NoInherit n && n.parent().equals(name("b")));
    }

    /**
     * Whether the plan ends a child's second path to a retyped column first decides: a table in between
     * leaving the retyped table (NO INHERIT goes first) lets it through; a child leaving one of two paths
     * through the tree, while another parent still gives it the column, is refused all the same.
     */
    @Test
    void aRetypeIsRefusedOnlyWhereTheChildStillHasTheColumnFromTwoSidesOnceThePlanEndsWhatItEnds() {
        Table t = table("t").columns(notNull("k", "integer")).build();
        Table tBig = table("t").columns(notNull("k", "bigint")).build();
        Table o = table("o").columns(notNull("k", "integer")).build();
        Table b = inheriting(table("b").columns(notNull("k", "integer")).build(), "t");
        Table bAlone = table("b").columns(notNull("k", "integer")).build();
        Table d = inheriting(table("d").columns(notNull("k", "integer")).build(), "b", "o");

        Diff passes = diff(schema(t, o, b, d), schema(tBig, o, bAlone, d));
        assertThat(passes.changes()).anyMatch(c -> c instanceof SchemaChange.NoInherit n && n.table().equals(name("b")))
                .anyMatch(c -> c instanceof AlterColumn a && a.table().equals(name("t")));

        Table dThreeWays = inheriting(table("d").columns(notNull("k", "integer")).build(), "t", "b", "o");
        Table dBigTwoWays = inheriting(table("d").columns(notNull("k", "bigint")).build(), "t", "o");
        Table bBig = inheriting(table("b").columns(notNull("k", "bigint")).build(), "t");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> diff(schema(t, o, b, dThreeWays), schema(tBig, o, bBig, dBigTwoWays)))
                .isInstanceOf(InheritanceRefused.class)
                .hasMessageStartingWith("dibs cannot change the type of column public.t.k: public.d has it from public.o too");
    }

    private static Table inheriting(Table t, String... parents) {
        return t.withOptions(t.options().withInherits(java.util.Arrays.stream(parents).map(p -> name(p)).toList()));
    }

    @Test
    void equalSchemasGiveNoChangeAndNoSuggestion() {
        Schema s = schema(List.of(enumType("mood", "a", "b")), USERS, ORDERS,
                table("t").columns(enumCol("m", "mood")).comment("a table").build());

        Diff diff = diff(s, s);

        assertThat(diff.isEmpty()).isTrue();
        assertThat(diff.changes()).isEmpty();
        assertThat(diff.suggestions()).isEmpty();
    }

    @Test
    void newSchemaAndTableComeWithTheirIndexesAndForeignKeys() {
        Table t = table(QualifiedName.of("app", "t")).columns(notNull("id", "integer"), notNull("user_id", "integer"))
                .fk(new ForeignKey("t_user_id_fkey", List.of("user_id"), name("users"), List.of("id"), null, null, null))
                .index(index("t_user_id_idx", "user_id")).build();
        Schema desired = new Schema(List.of("public", "app"), List.of(USERS, t), List.of());

        assertThat(diff(schema(USERS), desired).changes()).containsExactly(
                new CreateSchema("app"),
                new AddTable(t),
                new AddIndex(t.name(), index("t_user_id_idx", "user_id")),
                new AddForeignKey(t.name(), t.foreignKeys().get(0)));
    }

    @Test
    void droppedTableLosesItsOwnForeignKeysFirstAndAnEmptySchemaGoesLast() {
        Table gone = table(QualifiedName.of("old", "gone")).columns(notNull("x", "integer")).build();
        Schema current = new Schema(List.of("public", "old"), List.of(USERS, ORDERS, gone), List.of());

        assertThat(diff(current, schema(USERS)).changes()).containsExactly(
                new DropTable(gone),
                new DropForeignKey(name("orders"), ORDERS_USER),
                new DropTable(ORDERS),
                new DropSchema("old"));
    }

    @Test
    void tableCommentChangeIsItsOwnChange() {
        assertThat(diff(schema(USERS), schema(USERS.withComment("People"))).changes())
                .containsExactly(new SetTableComment(name("users"), "People"));
        assertThat(diff(schema(USERS.withComment("People")), schema(USERS)).changes())
                .containsExactly(new SetTableComment(name("users"), null));
    }

    @Test
    void foreignKeyOverRetypedColumnsIsDroppedAndAddedAroundTheTypeChanges() {
        Table bigUsers = table("users").columns(notNull("id", "bigint")).pk("users_pkey", "id").build();
        Table bigOrders = table("orders").columns(notNull("id", "integer"), notNull("user_id", "bigint"))
                .pk("orders_pkey", "id").fk(ORDERS_USER).index(index("orders_user_id_idx", "user_id")).build();

        assertThat(diff(schema(USERS, ORDERS), schema(bigUsers, bigOrders)).changes()).containsExactly(
                new AlterColumn(name("orders"), notNull("user_id", "integer"), notNull("user_id", "bigint"), Set.of(ColumnAspect.TYPE)),
                new AlterColumn(name("users"), notNull("id", "integer"), notNull("id", "bigint"), Set.of(ColumnAspect.TYPE)),
                new DropForeignKey(name("orders"), ORDERS_USER, ConstraintDiffer.RETYPED),
                new AddForeignKey(name("orders"), ORDERS_USER, ConstraintDiffer.RETYPED));
    }

    @Test
    void foreignKeyBetweenColumnsOfARecreatedEnumIsDroppedAndAddedAroundIt() {
        ForeignKey key = fk("jobs_mood_fkey", "mood", "moods", "mood");
        Table moods = table("moods").columns(enumCol("mood", "mood")).pk("moods_pkey", "mood").build();
        Table jobs = table("jobs").columns(enumCol("mood", "mood")).fk(key).build();

        List<SchemaChange> changes = diff(schema(List.of(enumType("mood", "a", "b", "c")), moods, jobs),
                schema(List.of(enumType("mood", "b", "a")), moods, jobs)).changes();

        assertThat(changes).contains(new DropForeignKey(name("jobs"), key, ConstraintDiffer.RETYPED),
                new AddForeignKey(name("jobs"), key, ConstraintDiffer.RETYPED));
        assertThat(changes).anyMatch(SchemaChange.RecreateEnum.class::isInstance);
    }

    @Test
    void rowLevelSecuritySwitchesAreOneChangeCarryingBothSides() {
        Table forced = USERS.withOptions(USERS.options().withRowSecurity(true, true));
        assertThat(diff(schema(forced), schema(USERS)).changes())
                .containsExactly(new SchemaChange.SetRowSecurity(name("users"), true, true, false, false));
        assertThat(diff(schema(USERS), schema(USERS.withOptions(USERS.options().withRowSecurity(true, false)))).changes())
                .containsExactly(new SchemaChange.SetRowSecurity(name("users"), false, false, true, false));
        assertThat(diff(schema(forced), schema(forced)).changes()).isEmpty();
    }

    @Test
    void anIndexCommentIsSetOnTheIndexUnderItsNewName() {
        Table renamed = ORDERS.withIndexes(List.of(index("orders_by_user", "user_id").withComment("who ordered")));
        assertThat(diff(schema(USERS, ORDERS), schema(USERS, renamed)).changes()).containsExactly(
                new SchemaChange.RenameIndex(name("orders"), "orders_user_id_idx", "orders_by_user"),
                new SchemaChange.SetIndexComment(name("orders"), "orders_by_user", "who ordered"));
        assertThat(diff(schema(USERS, renamed), schema(USERS, renamed.withIndexes(List.of(index("orders_by_user", "user_id")))))
                .changes()).containsExactly(new SchemaChange.SetIndexComment(name("orders"), "orders_by_user", null));
    }
}
