package dev.dibs.engine.inspect;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which column a "not-null constraint" note guards, read from its {@code table.constraint} name (the catalog side: Postgres18PlanTest). */
class NotValidNotNullsTest {

    @Test
    void theNoteGuardsTheColumnOfTheTableItNames() {
        Table t = table("t").columns(col("c", "integer")).build();
        Table dotted = table("t.x").columns(col("c", "integer")).build();
        Inspection read = new Inspection(schema(t, dotted),
                List.of(new NotManaged(NotValidNotNulls.KIND, "public", "t.x.t_x_c_not_null", "NOT NULL c NOT VALID")), 180000);

        Inspection enforced = NotValidNotNulls.enforced(read);

        assertThat(column(enforced, "t.x").nullable()).isFalse();
        assertThat(column(enforced, "t").nullable()).isTrue(); // "t.x.…" starts with "t." too: not its note
    }

    @Test
    void readsOnlyTheNotValidNotNullText() {
        assertThat(NotValidNotNulls.column("NOT NULL \"Odd\" NOT VALID")).isEqualTo("Odd");
        assertThat(NotValidNotNulls.column("NOT NULL c")).isNull();
        assertThat(NotValidNotNulls.column("CHECK ((c IS NOT NULL)) NOT VALID")).isNull();
    }

    private static Column column(Inspection inspection, String table) {
        return inspection.schema().tables().stream().filter(x -> x.name().name().equals(table)).findFirst().orElseThrow()
                .column("c").orElseThrow();
    }
}
