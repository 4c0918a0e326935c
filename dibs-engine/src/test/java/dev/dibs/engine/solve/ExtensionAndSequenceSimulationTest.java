package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withDefault;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateExtension;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropExtension;
import dev.dibs.engine.diff.SchemaChange.DropSequence;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What PostgreSQL refuses about sequences and extensions, and the order that follows from it. */
class ExtensionAndSequenceSimulationTest {

    private static final Sequence NUMBERS = new Sequence(name("numbers"), "bigint", 1, 1, Long.MAX_VALUE, 1, 1, false, null, null);
    private static final Column CALLING = withDefault(col("id", "bigint"), "nextval('public.numbers'::regclass)");
    private static final Extension HSTORE = new Extension("hstore", "public", "1.8", null, true, List.of("hstore"), List.of());
    private static final Column ATTRS = new Column("attrs", PgType.user("public", "hstore"), true, null, Identity.NONE, null, null);

    @Test
    void aDefaultWaitsForTheSequenceItCalls() {
        Table t = table("t").columns(CALLING).build();
        Schema desired = schema(t).withSequences(List.of(NUMBERS));
        SchemaChange create = new CreateSequence(NUMBERS);
        SchemaChange add = new AddTable(t);

        assertThat(Solver.order(schema(), desired, List.of(add, create))).containsExactly(create, add);
        assertThatThrownBy(() -> Solver.order(schema(), desired, List.of(add))).isInstanceOf(SolveException.class)
                .hasStackTraceContaining("sequence public.numbers (the default of column id calls it)");
    }

    @Test
    void aSequenceIsDroppedOnlyOnceNoDefaultCallsIt() {
        Table before = table("t").columns(CALLING).build();
        Table after = table("t").columns(col("id", "bigint")).build();
        Schema current = schema(before).withSequences(List.of(NUMBERS));
        SchemaChange drop = new DropSequence(NUMBERS);
        SchemaChange plain = new AlterColumn(name("t"), CALLING, after.columns().get(0), EnumSet.of(ColumnAspect.DEFAULT));

        assertThat(Solver.order(current, schema(after), List.of(drop, plain))).containsExactly(plain, drop);
        assertThatThrownBy(() -> Solver.order(current, schema(before), List.of(drop))).isInstanceOf(SolveException.class)
                .hasStackTraceContaining("the defaults of [public.t.id] still call sequence public.numbers");
    }

    @Test
    void aColumnOfAnExtensionsTypeComesAfterItAndGoesBeforeItsDrop() {
        Table bare = table("t").columns(col("id", "int")).build();
        Table typed = table("t").columns(col("id", "int"), ATTRS).build();
        SchemaChange create = new CreateExtension(HSTORE);
        SchemaChange add = new AddColumn(name("t"), ATTRS);
        assertThat(Solver.order(schema(bare), schema(typed).withExtensions(List.of(HSTORE)), List.of(add, create)))
                .containsExactly(create, add);

        SchemaChange drop = new DropExtension(HSTORE);
        SchemaChange dropColumn = new DropColumn(name("t"), ATTRS);
        Schema current = schema(typed).withExtensions(List.of(HSTORE));
        assertThat(Solver.order(current, schema(bare), List.of(drop, dropColumn))).containsExactly(dropColumn, drop);
        assertThatThrownBy(() -> Solver.order(current, schema(typed), List.of(drop))).isInstanceOf(SolveException.class)
                .hasStackTraceContaining("extension hstore is still used by [column public.t.attrs]");
    }

    @Test
    void aSerialColumnsSequenceGoesWithItsTable() {
        Column serial = new Column("id", PgType.parse("integer"), false, "nextval('public.t_id_seq'::regclass)", Identity.NONE,
                null, null);
        Table t = table("t").columns(serial).build();
        // created by the serial column, dropped by the table: no change of its own either way
        assertThat(Solver.order(schema(), schema(t), List.of(new AddTable(t)))).hasSize(1);
        assertThat(Solver.order(schema(t), schema(), List.of(new SchemaChange.DropTable(t)))).hasSize(1);
    }
}
