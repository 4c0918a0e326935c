package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.enumCol;
import static dev.dibs.engine.testing.Models.enumType;
import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual schema refuses what PostgreSQL would refuse, with the reason the solver reports. */
class ChangeSimulatorTest {

    private static final Table USERS = table("users").columns(notNull("id", "integer"), col("email", "text"))
            .pk("users_pkey", "id").index(index("users_email_idx", "email")).build();
    private static final Table ORDERS = table("orders").columns(notNull("user_id", "integer"))
            .fk(fk("orders_user_id_fkey", "user_id", "users", "id")).build();

    private static VirtualSchema vs(Schema current) {
        return new VirtualSchema(current, current);
    }

    private static void apply(VirtualSchema vs, SchemaChange change) {
        ChangeSimulator.apply(vs, change);
    }

    /**
     * Checks of inheritance children as PostgreSQL treats them: a child's copy merged with a parent's
     * is the parent's to drop first; a parent's new check meets a child's of another expression; a
     * rename reaches the merged copies below, but not a copy another parent gives too.
     */
    @Test
    void mergedChecksOfInheritanceChildren() {
        Table a = table("a").columns(col("k", "text")).check("k_check", "(k <> ''::text)").build();
        Table b = table("b").columns(col("k", "text")).check("k_check", "(k <> ''::text)").build();
        // the child has it only from its parent (not in its model): the grandchild's copy is merged with the grandparent's
        Table child = table("child").columns(col("k", "text")).check("own_check", "(k <> 'x'::text)").build();
        child = child.withOptions(child.options().withInherits(List.of(name("a"))));
        Table grandchildOwn = table("grandchild").columns(col("k", "text")).check("k_check", "(k <> ''::text)").build();
        Table grandchild = grandchildOwn.withOptions(grandchildOwn.options().withInherits(List.of(name("child"))));
        VirtualSchema vs = vs(schema(a, b, child, grandchild));

        // the grandchild has it from its grandparent through its parent (whose copy is merged too)
        assertThatThrownBy(() -> apply(vs, new SchemaChange.DropCheck(name("grandchild"), grandchild.check("k_check").orElseThrow())))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("is inherited from");
        assertThatThrownBy(() -> apply(vs, new SchemaChange.AddCheck(name("a"), new dev.dibs.engine.model.Check("own_check", "(k <> 'y'::text)"))))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessageContaining("constraint own_check of public.child");
        apply(vs, new RenameConstraint(name("a"), "k_check", "k_present"));
        assertThat(vs.table(name("grandchild")).check("k_present")).isPresent();
        assertThat(vs.table(name("grandchild")).check("k_check")).isEmpty();
        assertThat(vs.table(name("child")).checks()).extracting(dev.dibs.engine.model.Check::name).containsExactly("own_check");

        Table both = table("both").columns(col("k", "text")).build();
        both = both.withOptions(both.options().withInherits(List.of(name("a"), name("b"))));
        VirtualSchema two = vs(schema(a, b, both));
        assertThatThrownBy(() -> apply(two, new RenameConstraint(name("a"), "k_check", "k_present")))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("public.b too");
    }

    @Test
    void existingTableSchemaColumnOrIndexNameIsAlreadyThere() {
        VirtualSchema vs = vs(schema(USERS));

        assertThatThrownBy(() -> apply(vs, new AddTable(USERS))).isInstanceOf(SimulationException.AlreadyExists.class)
                .hasMessage("table public.users (in schema public) already exists");
        assertThatThrownBy(() -> apply(vs, new AddTable(table("users_email_idx").columns(col("x", "integer")).build())))
                .isInstanceOf(SimulationException.AlreadyExists.class)
                .hasMessage("index users_email_idx (in schema public) already exists");
        assertThatThrownBy(() -> apply(vs, new CreateSchema("public"))).isInstanceOf(SimulationException.AlreadyExists.class)
                .hasMessage("schema public already exists");
        assertThatThrownBy(() -> apply(vs, new AddColumn(name("users"), col("email", "text"))))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessage("column public.users.email already exists");
    }

    @Test
    void constraintNameTakenOnTheTableIsAlreadyThere() {
        Table t = table("t").columns(col("a", "integer")).check("t_a_check", "(a > 0)").check("t_other", "(a < 9)").build();

        assertThatThrownBy(() -> apply(vs(schema(t)), new RenameConstraint(name("t"), "t_a_check", "t_other")))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessage("constraint t_other on public.t already exists");
    }

    @Test
    void missingSchemaTableOrEnumTypeDoesNotExist() {
        VirtualSchema vs = new VirtualSchema(schema(USERS), schema(List.of(enumType("mood", "a")), USERS));

        assertThatThrownBy(() -> apply(vs, new AddTable(table(QualifiedName.of("app", "t")).columns(col("x", "integer")).build())))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("schema app does not exist");
        assertThatThrownBy(() -> apply(vs, new RenameTable(name("nobody"), "somebody")))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("table public.nobody does not exist");
        // a type the plan creates must be there before a column uses it
        assertThatThrownBy(() -> apply(vs, new AddColumn(name("users"), enumCol("m", "mood"))))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("type public.mood does not exist");
    }

    @Test
    void foreignKeyNeedsAKeyOnTheReferencedColumns() {
        Table unlinked = table("orders").columns(notNull("user_id", "text")).build();

        assertThatThrownBy(() -> apply(vs(schema(USERS, unlinked)),
                new AddForeignKey(name("orders"), fk("orders_user_fkey", "user_id", "users", "email"))))
                .isInstanceOf(SimulationException.NotExists.class)
                .hasMessage("a primary key or unique constraint on public.users[email] does not exist");
    }

    @Test
    void referencedTableKeyOrColumnCannotGoWhileAForeignKeyUsesIt() {
        VirtualSchema vs = vs(schema(USERS, ORDERS));

        assertThatThrownBy(() -> apply(vs, new DropTable(USERS))).isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("foreign keys [public.orders.orders_user_id_fkey] still reference public.users");
        assertThatThrownBy(() -> apply(vs, new DropPrimaryKey(name("users"), USERS.primaryKey())))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("foreign keys [public.orders.orders_user_id_fkey] depend on primary key users_pkey of public.users");
        assertThatThrownBy(() -> apply(vs, new DropColumn(name("users"), notNull("id", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("column public.users.id is still used by [users_pkey, public.orders.orders_user_id_fkey]");
        assertThatThrownBy(() -> apply(vs, new DropColumn(name("users"), col("email", "text"))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("column public.users.email is still used by [users_email_idx]");
    }

    @Test
    void keyBoundToAForeignKeyCannotGoEvenWhereAnotherKeyCoversItsColumns() {
        Table both = table("users").columns(notNull("id", "integer")).pk("users_pkey", "id").unique("users_id_key", "id")
                .index(uniqueIndex("users_id_idx", "id")).build();
        ForeignKey onUnique = fk("orders_user_id_fkey", "user_id", "users", "id").withReferencedIndex("users_id_key");
        ForeignKey onIndex = onUnique.withReferencedIndex("users_id_idx");
        Table orders = table("orders").columns(notNull("user_id", "integer")).fk(onUnique).build();

        assertThatThrownBy(() -> apply(vs(schema(both, orders)), new DropUnique(name("users"), both.uniques().get(0))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("foreign keys [public.orders.orders_user_id_fkey] depend on unique users_id_key of public.users");
        assertThatThrownBy(() -> apply(vs(schema(both, orders.withForeignKeys(List.of(onIndex)))),
                new DropIndex(name("users"), both.indexes().get(0))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("foreign keys [public.orders.orders_user_id_fkey] depend on index users_id_idx of public.users");
        // bound to the primary key: the other two may go
        VirtualSchema onPk = vs(schema(both, orders.withForeignKeys(List.of(onUnique.withReferencedIndex("users_pkey")))));
        apply(onPk, new DropUnique(name("users"), both.uniques().get(0)));
        apply(onPk, new DropIndex(name("users"), both.indexes().get(0)));
        assertThat(onPk.toSchema().table(name("users")).orElseThrow().uniques()).isEmpty();
    }

    @Test
    void renamedKeyKeepsItsForeignKeysAndANewForeignKeyIsBoundToTheOnlyKeyItCanUse() {
        Table keyed = table("users").columns(notNull("id", "integer")).unique("users_id_key", "id").build();
        ForeignKey bound = fk("orders_user_id_fkey", "user_id", "users", "id").withReferencedIndex("users_id_key");
        Table orders = table("orders").columns(notNull("user_id", "integer")).fk(bound).build();
        VirtualSchema vs = vs(schema(keyed, orders));

        apply(vs, new RenameConstraint(name("users"), "users_id_key", "users_id_uq"));

        assertThatThrownBy(() -> apply(vs, new DropUnique(name("users"), new UniqueConstraint("users_id_uq", List.of("id")))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("foreign keys [public.orders.orders_user_id_fkey] depend on unique users_id_uq of public.users");
        apply(vs, new DropForeignKey(name("orders"), bound));
        apply(vs, new AddForeignKey(name("orders"), fk("orders_user_id_fkey", "user_id", "users", "id")));
        assertThat(vs.toSchema().table(name("orders")).orElseThrow().foreignKeys().get(0).referencedIndex()).isEqualTo("users_id_uq");
    }

    @Test
    void enumInUseAndSchemaWithTablesCannotBeDropped() {
        Table t = table("t").columns(enumCol("m", "mood")).build();
        Schema current = new Schema(List.of("public", "app"), List.of(t,
                table(QualifiedName.of("app", "x")).columns(col("a", "integer")).build()), List.of(enumType("mood", "a")));
        VirtualSchema vs = vs(current);

        assertThatThrownBy(() -> apply(vs, new DropEnum(enumType("mood", "a"))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessage("columns [public.t.m] still use the type public.mood");
        assertThatThrownBy(() -> apply(vs, new DropSchema("app")))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessage("schema app still holds tables or types");
    }

    @Test
    void enumLabelAlreadyThereOrAnchorMissing() {
        VirtualSchema vs = vs(schema(List.of(enumType("mood", "a", "b"))));

        assertThatThrownBy(() -> apply(vs, new AddEnumValue(name("mood"), "a", null, null)))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessage("label a of public.mood already exists");
        assertThatThrownBy(() -> apply(vs, new AddEnumValue(name("mood"), "c", "z", null)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessage("label z of public.mood does not exist");
        apply(vs, new AddEnumValue(name("mood"), "c", "b", null));
        assertThat(vs.toSchema().enumType(name("mood")).orElseThrow().labels()).containsExactly("a", "c", "b");
    }

    @Test
    void renamedTableIsWhatForeignKeysPointAtAfterwards() {
        VirtualSchema vs = vs(schema(USERS, ORDERS));

        apply(vs, new RenameTable(name("users"), "people"));

        Schema after = vs.toSchema();
        assertThat(after.table(name("users"))).isEmpty();
        assertThat(after.table(name("people"))).contains(USERS.withName(name("people")));
        assertThat(after.table(name("orders")).orElseThrow().foreignKeys().get(0).referencedTable()).isEqualTo(name("people"));
    }
}
