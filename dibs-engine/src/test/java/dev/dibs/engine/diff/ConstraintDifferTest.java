package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.fk;
import static dev.dibs.engine.testing.Models.index;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.testing.Models;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * Keys, checks, foreign keys and indexes of one table on both sides: an equal definition under
 * another name is renamed, another definition under the same name is dropped and added.
 */
class ConstraintDifferTest {

    private static Models.TableBuilder t() {
        return Models.table("t").columns(notNull("id", "integer"), notNull("a", "integer"), notNull("b", "integer"));
    }

    private static List<SchemaChange> diff(Table current, Table desired) {
        return diff(current, desired, fk -> false);
    }

    private static List<SchemaChange> diff(Table current, Table desired, Predicate<ForeignKey> retyped) {
        List<SchemaChange> out = new ArrayList<>();
        ConstraintDiffer.diff(current, desired, retyped, out);
        return out;
    }

    @Test
    void equalConstraintsGiveNoChange() {
        Table table = t().pk("t_pkey", "id").unique("t_a_key", "a").check("t_b_check", "(b > 0)")
                .fk(fk("t_a_fkey", "a", "t", "id")).index(index("t_b_idx", "b")).build();

        assertThat(diff(table, table)).isEmpty();
    }

    @Test
    void primaryKeyAddedDroppedRenamedOrReplaced() {
        assertThat(diff(t().build(), t().pk("t_pkey", "id").build()))
                .containsExactly(new AddPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id"))));
        assertThat(diff(t().pk("t_pkey", "id").build(), t().build()))
                .containsExactly(new DropPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id"))));
        assertThat(diff(t().pk("old_pkey", "id").build(), t().pk("t_pkey", "id").build()))
                .containsExactly(new RenameConstraint(name("t"), "old_pkey", "t_pkey"));
        assertThat(diff(t().pk("t_pkey", "id").build(), t().pk("t_pkey", "id", "a").build())).containsExactly(
                new DropPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id"))),
                new AddPrimaryKey(name("t"), new PrimaryKey("t_pkey", List.of("id", "a"))));
    }

    @Test
    void uniqueOnTheSameColumnsIsRenamedOnOtherColumnsReplaced() {
        assertThat(diff(t().unique("old_key", "a").build(), t().unique("t_a_key", "a").build()))
                .containsExactly(new RenameConstraint(name("t"), "old_key", "t_a_key"));
        assertThat(diff(t().unique("t_key", "a").build(), t().unique("t_key", "a", "b").build())).containsExactly(
                new DropUnique(name("t"), new UniqueConstraint("t_key", List.of("a"))),
                new AddUnique(name("t"), new UniqueConstraint("t_key", List.of("a", "b"))));
    }

    @Test
    void checkRenamedValidatedOrReplaced() {
        assertThat(diff(t().check("old_check", "(b > 0)").build(), t().check("t_b_check", "(b > 0)").build()))
                .containsExactly(new RenameConstraint(name("t"), "old_check", "t_b_check"));
        assertThat(diff(t().check(new Check("t_b_check", "(b > 0)", false)).build(), t().check("t_b_check", "(b > 0)").build()))
                .containsExactly(new ValidateConstraint(name("t"), "t_b_check"));
        assertThat(diff(t().check("t_b_check", "(b > 0)").build(), t().check("t_b_check", "(b > 1)").build())).containsExactly(
                new DropCheck(name("t"), new Check("t_b_check", "(b > 0)")),
                new AddCheck(name("t"), new Check("t_b_check", "(b > 1)")));
    }

    @Test
    void checkTurnedNotEnforcedIsRecreated() {
        Check enforced = new Check("t_b_check", "(b > 0)");
        Check notEnforced = new Check("t_b_check", "(b > 0)", false, false);

        assertThat(diff(t().check(enforced).build(), t().check(notEnforced).build())).containsExactly(
                new DropCheck(name("t"), enforced),
                new AddCheck(name("t"), notEnforced));
    }

    @Test
    void foreignKeyWithAnotherActionIsReplacedAndOneLeftNotValidIsValidated() {
        ForeignKey plain = fk("t_a_fkey", "a", "t", "id");
        ForeignKey cascade = new ForeignKey("t_a_fkey", List.of("a"), name("t"), List.of("id"), ReferentialAction.CASCADE, null, null);
        ForeignKey notValid = new ForeignKey("t_a_fkey", List.of("a"), name("t"), List.of("id"), null, null, null, false);
        Models.TableBuilder keyed = t().pk("t_pkey", "id");

        assertThat(diff(t().pk("t_pkey", "id").fk(plain).build(), keyed.fk(cascade).build())).containsExactly(
                new DropForeignKey(name("t"), plain),
                new AddForeignKey(name("t"), cascade));
        assertThat(diff(t().pk("t_pkey", "id").fk(notValid).build(), t().pk("t_pkey", "id").fk(plain).build()))
                .containsExactly(new ValidateConstraint(name("t"), "t_a_fkey"));
    }

    @Test
    void foreignKeyOverARetypedColumnIsDroppedAndAddedBackUnchanged() {
        ForeignKey key = fk("t_a_fkey", "a", "t", "id");
        Table table = t().pk("t_pkey", "id").fk(key).build();

        assertThat(diff(table, table, fk -> fk.columns().contains("a"))).containsExactly(
                new DropForeignKey(name("t"), key, ConstraintDiffer.RETYPED),
                new AddForeignKey(name("t"), key, ConstraintDiffer.RETYPED));
    }

    @Test
    void indexRenamedReplacedAddedAndDropped() {
        assertThat(diff(t().index(index("old_idx", "a")).build(), t().index(index("t_a_idx", "a")).build()))
                .containsExactly(new RenameIndex(name("t"), "old_idx", "t_a_idx"));
        assertThat(diff(t().index(index("t_idx", "a")).build(), t().index(index("t_idx", "a", "b")).build())).containsExactly(
                new DropIndex(name("t"), index("t_idx", "a")),
                new AddIndex(name("t"), index("t_idx", "a", "b")));
        assertThat(diff(t().index(index("t_a_idx", "a")).build(), t().index(index("t_b_idx", "b")).build())).containsExactly(
                new DropIndex(name("t"), index("t_a_idx", "a")),
                new AddIndex(name("t"), index("t_b_idx", "b")));
    }

    @Test
    void kindsComeInTheirOrderPrimaryKeyUniquesChecksForeignKeysIndexes() {
        Table desired = t().pk("t_pkey", "id").unique("t_a_key", "a").check("t_b_check", "(b > 0)")
                .fk(fk("t_a_fkey", "a", "t", "id")).index(index("t_b_idx", "b")).build();

        assertThat(diff(t().build(), desired)).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("AddPrimaryKey", "AddUnique", "AddCheck", "AddForeignKey", "AddIndex");
    }
}
