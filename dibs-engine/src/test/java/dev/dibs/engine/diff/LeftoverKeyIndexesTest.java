package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.uniqueIndex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key's index an earlier plan left under its temporary name is made the key; any other index, or
 * one that is not exactly the key's, is dropped as before.
 */
class LeftoverKeyIndexesTest {

    private static List<String> changes(Table current, Table desired) {
        return SchemaDiffer.diff(schema(current), schema(desired), RenameHints.none()).changes().stream()
                .map(c -> c.getClass().getSimpleName() + " " + c.subject()
                        + (c instanceof SchemaChange.AddUnique u && u.usingIndex() != null ? " using " + u.usingIndex() : "")
                        + (c instanceof SchemaChange.AddPrimaryKey p && p.usingIndex() != null ? " using " + p.usingIndex() : ""))
                .toList();
    }

    @Test
    void theKeysOwnIndexUnderItsTemporaryNameIsMadeTheKey() {
        Table desired = table("t").columns(notNull("id", "integer"), notNull("a", "integer")).pk("t_pkey", "id").unique("t_a_key", "a")
                .build();
        Table current = table("t").columns(notNull("id", "integer"), notNull("a", "integer"))
                .index(uniqueIndex("t_pkey_dibs_new", "id")).index(uniqueIndex("t_a_key_dibs_new1", "a")).build();

        assertThat(changes(current, desired)).containsExactly("AddPrimaryKey primary key public.t.t_pkey using t_pkey_dibs_new",
                "AddUnique unique public.t.t_a_key using t_a_key_dibs_new1");
    }

    @Test
    void anyOtherIndexIsDroppedAndTheKeyBuilt() {
        Table desired = table("t").columns(col("id", "integer"), notNull("a", "integer"), notNull("b", "integer")).pk("t_pkey", "id")
                .unique("t_a_key", "a").unique("t_b_key", "b").build();
        Table current = table("t").columns(col("id", "integer"), notNull("a", "integer"), notNull("b", "integer"))
                // a primary key on a nullable column would read every row to set it NOT NULL
                .index(uniqueIndex("t_pkey_dibs_new", "id"))
                // another definition under the key's temporary name
                .index(new Index("t_a_key_dibs_new", List.of(new IndexKey("a", null, true, false)), true, null, "btree", List.of()))
                // the key's definition under a name of the database's own
                .index(uniqueIndex("b_unique", "b")).build();

        assertThat(changes(current, desired)).containsExactlyInAnyOrder("DropIndex index public.t_pkey_dibs_new",
                "DropIndex index public.t_a_key_dibs_new", "DropIndex index public.b_unique",
                "AddPrimaryKey primary key public.t.t_pkey", "AddUnique unique public.t.t_a_key", "AddUnique unique public.t.t_b_key");
    }
}
