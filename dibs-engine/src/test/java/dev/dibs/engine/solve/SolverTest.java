package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Ordering by simulation, refusals that name the change, and the final check against the desired schema. */
class SolverTest {

    private static final Table USERS = table("users").columns(notNull("id", "integer")).pk("users_pkey", "id").build();
    private static final ForeignKey ORDERS_USER = fk("orders_user_id_fkey", "user_id", "users", "id");
    private static final Table ORDERS = table("orders").columns(notNull("user_id", "integer")).fk(ORDERS_USER).build();

    @Test
    void noChangesForEqualSchemas() {
        assertThat(Solver.order(schema(USERS), schema(USERS), List.of())).isEmpty();
    }

    @Test
    void foreignKeyIsDroppedBeforeTheKeyItReferences() {
        Table keyless = table("users").columns(notNull("id", "integer")).build();
        Table unlinked = table("orders").columns(notNull("user_id", "integer")).build();
        SchemaChange dropKey = new DropPrimaryKey(name("users"), USERS.primaryKey());
        SchemaChange dropFk = new DropForeignKey(name("orders"), ORDERS_USER);

        assertThat(Solver.order(schema(USERS, ORDERS), schema(keyless, unlinked), List.of(dropKey, dropFk)))
                .containsExactly(dropFk, dropKey);
    }

    @Test
    void foreignKeyBoundToAUniqueBecomingThePrimaryKeyGoesFirstAndComesBackLast() {
        Table unique = table("users").columns(notNull("id", "integer")).unique("users_id_key", "id").build();
        ForeignKey bound = ORDERS_USER.withReferencedIndex("users_id_key");
        Table orders = table("orders").columns(notNull("user_id", "integer")).fk(bound).build();
        SchemaChange addKey = new AddPrimaryKey(name("users"), USERS.primaryKey());
        SchemaChange dropUnique = new DropUnique(name("users"), unique.uniques().get(0));
        SchemaChange dropFk = new DropForeignKey(name("orders"), bound, "it depends on unique users_id_key");
        SchemaChange addFk = new AddForeignKey(name("orders"), ORDERS_USER, "it depends on unique users_id_key");

        assertThat(Solver.order(schema(unique, orders), schema(USERS, ORDERS), List.of(addFk, addKey, dropUnique, dropFk)))
                .containsExactly(dropFk, dropUnique, addKey, addFk);
        // without them, adding the primary key first does not free the unique: PostgreSQL would refuse the drop
        assertThatThrownBy(() -> Solver.order(schema(unique, orders), schema(USERS, orders), List.of(addKey, dropUnique)))
                .isInstanceOf(SolveException.class)
                .hasMessageContaining("foreign keys [public.orders.orders_user_id_fkey] depend on unique users_id_key of public.users");
    }

    @Test
    void tablesAreCreatedBeforeTheForeignKeysBetweenThem() {
        SchemaChange fkChange = new AddForeignKey(name("orders"), ORDERS_USER);
        SchemaChange addOrders = new AddTable(ORDERS);
        SchemaChange addUsers = new AddTable(USERS);

        assertThat(Solver.order(schema(), schema(USERS, ORDERS), List.of(fkChange, addOrders, addUsers)))
                .containsExactly(addOrders, addUsers, fkChange);
    }

    @Test
    void renameComesBeforeTheIndexOnTheNewName() {
        Table before = table("t").columns(col("a", "integer")).build();
        Table after = table("t").columns(col("b", "integer")).index(index("t_b_idx", "b")).build();
        SchemaChange addIndex = new AddIndex(name("t"), index("t_b_idx", "b"));
        SchemaChange rename = new RenameColumn(name("t"), "a", "b");

        assertThat(Solver.order(schema(before), schema(after), List.of(addIndex, rename))).containsExactly(rename, addIndex);
    }

    @Test
    void renameWaitsUntilTheNameItTakesIsFreed() {
        Table a = table("a").columns(col("x", "integer")).build();
        Table b = table("b").columns(col("y", "integer")).build();
        SchemaChange aToB = new RenameTable(name("a"), "b");
        SchemaChange bToC = new RenameTable(name("b"), "c");

        List<SchemaChange> ordered = Solver.order(schema(a, b), schema(a.withName(name("b")), b.withName(name("c"))),
                List.of(aToB, bToC));

        assertThat(ordered).containsExactly(bToC, aToB);
    }

    @Test
    void changeOnATableThatDoesNotExistIsNamedInTheRefusal() {
        SchemaChange add = new AddColumn(name("ghost"), col("x", "integer"));

        assertThatThrownBy(() -> Solver.order(schema(USERS), schema(USERS), List.of(add)))
                .isInstanceOfSatisfying(SolveException.class, e -> {
                    assertThat(e.reasons()).containsExactly("column public.ghost.x (AddColumn): table public.ghost does not exist");
                    assertThat(e.getMessage()).startsWith("dibs cannot order 1 of 1 changes:")
                            .contains("column public.ghost.x (AddColumn): table public.ghost does not exist");
                });
    }

    @Test
    void tableStillReferencedCannotBeDroppedWithoutItsForeignKeyDrop() {
        Table unlinked = table("orders").columns(notNull("user_id", "integer")).build();

        assertThatThrownBy(() -> Solver.order(schema(USERS, ORDERS), schema(unlinked), List.of(new DropTable(USERS))))
                .isInstanceOfSatisfying(SolveException.class, e -> assertThat(e.reasons()).containsExactly(
                        "table public.users (DropTable): foreign keys [public.orders.orders_user_id_fkey] still reference public.users"));
    }

    @Test
    void planThatDoesNotReachTheDesiredSchemaIsCaught() {
        Table wider = table("users").columns(notNull("id", "integer"), col("email", "text")).pk("users_pkey", "id").build();

        assertThatThrownBy(() -> Solver.order(schema(USERS), schema(wider, ORDERS), List.of(new AddTable(ORDERS))))
                .isInstanceOfSatisfying(SolveException.class, e -> {
                    assertThat(e.getMessage()).startsWith("dibs bug: the plan does not turn the current schema into the desired one:");
                    assertThat(e.reasons()).hasSize(2);
                    assertThat(e.reasons().get(0)).isEqualTo("table public.orders is "
                            + ORDERS.withForeignKeys(List.of()) + " instead of " + ORDERS);
                    assertThat(e.reasons().get(1)).startsWith("table public.users is ");
                });
    }

    @Test
    void missingAndExtraTablesAreNamed() {
        Schema current = schema(USERS);

        assertThatThrownBy(() -> Solver.order(current, schema(), List.of()))
                .isInstanceOfSatisfying(SolveException.class, e -> assertThat(e.reasons()).containsExactly("table public.users is extra"));
        assertThatThrownBy(() -> Solver.order(schema(), current, List.of()))
                .isInstanceOfSatisfying(SolveException.class, e -> assertThat(e.reasons()).containsExactly("table public.users is missing"));
    }
}
