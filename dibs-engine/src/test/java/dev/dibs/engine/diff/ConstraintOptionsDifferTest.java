package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.notNull;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddExclusion;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropExclusion;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.testing.Models;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A key, unique, check or exclusion constraint that differs in any option (NULLS NOT DISTINCT,
 * INCLUDE, storage parameters, deferrability, NO INHERIT, the exclusion's definition) is dropped and
 * added again: PostgreSQL changes none of them in place. Equal options under another name are a rename.
 */
class ConstraintOptionsDifferTest {

    private static final Table PLAIN = Models.table("t").columns(notNull("id", "integer"), notNull("a", "integer"))
            .pk("t_pkey", "id").unique("t_a_key", "a").check("t_a_check", "(a > 0)").build();

    private static List<SchemaChange> diff(Table current, Table desired) {
        List<SchemaChange> out = new ArrayList<>();
        ConstraintDiffer.diff(current, desired, fk -> false, out);
        return out;
    }

    private static UniqueConstraint unique(String name, boolean nullsNotDistinct, List<String> include, List<String> options,
                                           Deferrability d) {
        return new UniqueConstraint(name, List.of("a"), nullsNotDistinct, include, options, d);
    }

    @Test
    void eachUniqueOptionReCreatesTheUnique() {
        for (UniqueConstraint changed : List.of(
                unique("t_a_key", true, List.of(), List.of(), Deferrability.NOT_DEFERRABLE),
                unique("t_a_key", false, List.of("id"), List.of(), Deferrability.NOT_DEFERRABLE),
                unique("t_a_key", false, List.of(), List.of("fillfactor=70"), Deferrability.NOT_DEFERRABLE),
                unique("t_a_key", false, List.of(), List.of(), Deferrability.INITIALLY_DEFERRED))) {
            Table desired = PLAIN.withUniques(List.of(changed));

            assertThat(diff(PLAIN, desired)).as("to %s", changed)
                    .containsExactly(new DropUnique(PLAIN.name(), PLAIN.uniques().get(0)), new AddUnique(PLAIN.name(), changed));
            assertThat(diff(desired, PLAIN)).as("from %s", changed)
                    .containsExactly(new DropUnique(PLAIN.name(), changed), new AddUnique(PLAIN.name(), PLAIN.uniques().get(0)));
        }
    }

    @Test
    void equalOptionsUnderAnotherNameAreARename() {
        UniqueConstraint before = unique("t_a_key", true, List.of("id"), List.of("fillfactor=70"), Deferrability.INITIALLY_DEFERRED);
        UniqueConstraint after = unique("t_a_unique", true, List.of("id"), List.of("fillfactor=70"), Deferrability.INITIALLY_DEFERRED);

        assertThat(diff(PLAIN.withUniques(List.of(before)), PLAIN.withUniques(List.of(after))))
                .containsExactly(new RenameConstraint(PLAIN.name(), "t_a_key", "t_a_unique"));
    }

    @Test
    void eachPrimaryKeyOptionReCreatesTheKey() {
        for (PrimaryKey changed : List.of(
                new PrimaryKey("t_pkey", List.of("id"), List.of("a"), List.of(), Deferrability.NOT_DEFERRABLE),
                new PrimaryKey("t_pkey", List.of("id"), List.of(), List.of("fillfactor=80"), Deferrability.NOT_DEFERRABLE),
                new PrimaryKey("t_pkey", List.of("id"), List.of(), List.of(), Deferrability.INITIALLY_IMMEDIATE))) {
            assertThat(diff(PLAIN, PLAIN.withPrimaryKey(changed))).as("to %s", changed)
                    .containsExactly(new DropPrimaryKey(PLAIN.name(), PLAIN.primaryKey()), new AddPrimaryKey(PLAIN.name(), changed));
        }
        PrimaryKey renamed = new PrimaryKey("t_key", List.of("id"));
        assertThat(diff(PLAIN, PLAIN.withPrimaryKey(renamed))).containsExactly(new RenameConstraint(PLAIN.name(), "t_pkey", "t_key"));
    }

    @Test
    void noInheritReCreatesTheCheck() {
        Check noInherit = new Check("t_a_check", "(a > 0)", true, true, true);

        assertThat(diff(PLAIN, PLAIN.withChecks(List.of(noInherit))))
                .containsExactly(new DropCheck(PLAIN.name(), PLAIN.checks().get(0)), new AddCheck(PLAIN.name(), noInherit));
    }

    @Test
    void exclusionsAreAddedDroppedReCreatedAndRenamedByDefinition() {
        Exclusion overlap = new Exclusion("t_x", "EXCLUDE USING gist (r WITH &&)");
        Exclusion partial = new Exclusion("t_x", "EXCLUDE USING gist (r WITH &&) WHERE ((a > 0))");
        Exclusion renamed = new Exclusion("t_y", "EXCLUDE USING gist (r WITH &&)");
        Table with = PLAIN.withExclusions(List.of(overlap));

        assertThat(diff(PLAIN, with)).containsExactly(new AddExclusion(PLAIN.name(), overlap));
        assertThat(diff(with, PLAIN)).containsExactly(new DropExclusion(PLAIN.name(), overlap));
        assertThat(diff(with, PLAIN.withExclusions(List.of(partial))))
                .containsExactly(new DropExclusion(PLAIN.name(), overlap), new AddExclusion(PLAIN.name(), partial));
        assertThat(diff(with, PLAIN.withExclusions(List.of(renamed))))
                .containsExactly(new RenameConstraint(PLAIN.name(), "t_x", "t_y"));
        assertThat(diff(with, with)).isEmpty();
    }
}
