package dev.dibs.engine.ops;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.generated;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import org.junit.jupiter.api.Test;

/**
 * A stored generated column made plain on PostgreSQL 14 keeps its dependencies on the types and
 * functions its expression used (seen on 14.24: a later DROP FUNCTION of one dropped the column with
 * it, and ALTER COLUMN … TYPE failed with "found unexpected dependency for column"); the plan case
 * enum/generated-columns-turned-plain-keep-their-values-through-a-re-creation lost a column that way
 * on 14. dibs refuses the statement there, and only there.
 */
class PlainedColumnsTest {

    private static Plan plainingTheColumns() {
        Schema current = schema(table("t").columns(notNull("id", "integer"), generated("g", "integer", "public.plus(id)", false),
                generated("h", "boolean", "(k = 'b'::public.e)", false), generated("u", "text", "upper(s)", false), col("k", "text"), col("s", "text"))
                .build());
        Schema desired = schema(table("t").columns(notNull("id", "integer"), col("g", "integer"), col("h", "boolean"), col("u", "text"),
                col("k", "text"), col("s", "text")).build());
        return Planner.plan(current, desired, RenameHints.none());
    }

    @Test
    void onFourteenAColumnWhoseExpressionUsedItsOwnTypesOrFunctionsIsRefusedNamingIt() {
        assertThat(PlainedColumns.refusals(plainingTheColumns(), 14)).hasSize(2).allSatisfy(r -> assertThat(r)
                .startsWith("PostgreSQL 14 would keep column public.t.").contains("upgrade the database to PostgreSQL 15"))
                .anySatisfy(r -> assertThat(r).contains("public.t.g").contains("public.plus(id)"))
                .anySatisfy(r -> assertThat(r).contains("public.t.h").contains("'b'::public.e"));
        assertThat(PlainedColumns.refusals(plainingTheColumns(), 15)).isEmpty();
        assertThat(PlainedColumns.refusals(plainingTheColumns(), 17)).isEmpty();
    }

    @Test
    void builtInsAndColumnsAreNoObjectsOfItsOwn() {
        assertThat(PlainedColumns.namesUserObjects("upper(s)")).isFalse();
        assertThat(PlainedColumns.namesUserObjects("pg_catalog.upper(s)")).isFalse();
        assertThat(PlainedColumns.namesUserObjects("(a + b)")).isFalse();
        assertThat(PlainedColumns.namesUserObjects("'public.e'::text")).isFalse(); // a string is no name
        assertThat(PlainedColumns.namesUserObjects("(a OPERATOR(public.===) b)")).isTrue();
        assertThat(PlainedColumns.namesUserObjects("\"My Schema\".f(a)")).isTrue();
    }
}
