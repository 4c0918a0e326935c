package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange.AddMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateMaterializedView;
import dev.dibs.engine.diff.SchemaChange.CreateView;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropView;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.ReplaceView;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual schema refuses view changes PostgreSQL would refuse, and table changes a view stands in the way of. */
class ViewSimulatorTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();
    private static final View POSITIVE = new View(name("positive"), " SELECT id FROM public.accounts WHERE (balance > 0);",
            List.of(new ViewColumn("id", "integer")), List.of(), List.of(name("accounts")),
            List.of(new RelationColumn(name("accounts"), "id"), new RelationColumn(name("accounts"), "balance")), null);
    private static final View ON_TOP = new View(name("on_top"), " SELECT id FROM public.positive;",
            List.of(new ViewColumn("id", "integer")), List.of(), List.of(name("positive")),
            List.of(new RelationColumn(name("positive"), "id")), null);

    private static Schema withViews(Table table, View... views) {
        return schema(table).withViews(List.of(views));
    }

    @Test
    void createdOnlyOverWhatItReadsAndOnce() {
        Schema desired = withViews(ACCOUNTS, POSITIVE, ON_TOP);
        VirtualSchema empty = new VirtualSchema(schema(), desired);
        assertThatThrownBy(() -> ChangeSimulator.apply(empty, new CreateView(POSITIVE)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("relation public.accounts");
        ChangeSimulator.apply(empty, new AddTable(ACCOUNTS));
        assertThatThrownBy(() -> ChangeSimulator.apply(empty, new CreateView(ON_TOP)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("relation public.positive");
        ChangeSimulator.apply(empty, new CreateView(POSITIVE));
        ChangeSimulator.apply(empty, new CreateView(ON_TOP));
        assertThat(empty.toSchema().views()).containsExactly(ON_TOP, POSITIVE);
        assertThatThrownBy(() -> ChangeSimulator.apply(empty, new CreateView(POSITIVE)))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessageContaining("view positive");
        // a table, a view and a materialized view's index share one namespace
        Table clash = table("positive").columns(col("id", "integer")).build();
        assertThatThrownBy(() -> ChangeSimulator.apply(empty, new AddTable(clash)))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessageContaining("view positive");
    }

    @Test
    void aColumnItReadsMustExist() {
        View missing = new View(name("missing"), " SELECT note FROM public.accounts;", List.of(new ViewColumn("note", "text")),
                List.of(), List.of(name("accounts")), List.of(new RelationColumn(name("accounts"), "note")), null);
        VirtualSchema vs = new VirtualSchema(schema(ACCOUNTS), withViews(ACCOUNTS, missing));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreateView(missing)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("column public.accounts.note");
    }

    @Test
    void whatItReadsCannotBeDroppedOrRetypedUnderIt() {
        Schema current = withViews(ACCOUNTS, POSITIVE, ON_TOP);
        VirtualSchema vs = new VirtualSchema(current, current);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropTable(ACCOUNTS)))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("view public.positive");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessageContaining("column public.accounts.balance is still read by view public.positive");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AlterColumn(name("accounts"), col("balance", "integer"),
                col("balance", "bigint"), EnumSet.of(ColumnAspect.TYPE))))
                .isInstanceOf(SimulationException.DependencyViolation.class);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropView(POSITIVE)))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("view public.on_top");
        ChangeSimulator.apply(vs, new DropView(ON_TOP));
        ChangeSimulator.apply(vs, new DropView(POSITIVE));
        ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer")));
        assertThat(vs.toSchema().views()).isEmpty();
    }

    /** CREATE OR REPLACE VIEW keeps the columns: one removed or retyped is PostgreSQL's "cannot drop columns from view". */
    @Test
    void replacedOnlyWhenTheColumnsStay() {
        View appended = new View(POSITIVE.name(), " SELECT id, balance FROM public.accounts;",
                List.of(new ViewColumn("id", "integer"), new ViewColumn("balance", "integer")), List.of(),
                List.of(name("accounts")), List.of(new RelationColumn(name("accounts"), "id")), null);
        View retyped = new View(POSITIVE.name(), " SELECT id::bigint AS id FROM public.accounts;",
                List.of(new ViewColumn("id", "bigint")), List.of(), List.of(name("accounts")),
                List.of(new RelationColumn(name("accounts"), "id")), null);
        Schema current = withViews(ACCOUNTS, POSITIVE);
        VirtualSchema vs = new VirtualSchema(current, current);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new ReplaceView(POSITIVE, retyped)))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("cannot be replaced in place");
        ChangeSimulator.apply(vs, new ReplaceView(POSITIVE, appended));
        assertThat(vs.toSchema().views()).containsExactly(appended);
    }

    @Test
    void renamesAreFollowed() {
        Schema current = withViews(ACCOUNTS, POSITIVE);
        VirtualSchema vs = new VirtualSchema(current, current);
        ChangeSimulator.apply(vs, new RenameTable(name("accounts"), "customers"));
        ChangeSimulator.apply(vs, new RenameColumn(name("customers"), "balance", "credit"));
        View moved = vs.toSchema().views().get(0);
        assertThat(moved.relations()).containsExactly(name("customers"));
        assertThat(moved.uses()).containsExactly(new RelationColumn(name("customers"), "credit"),
                new RelationColumn(name("customers"), "id"));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropColumn(name("customers"), col("credit", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class);
    }

    @Test
    void aMaterializedViewsIndexNeedsAFreeName() {
        MaterializedView totals = new MaterializedView(name("totals"), " SELECT sum(balance) AS total FROM public.accounts;",
                List.of(new ViewColumn("total", "bigint")), true, List.of(), List.of(), List.of(name("accounts")),
                List.of(new RelationColumn(name("accounts"), "balance")), null);
        Schema desired = schema(ACCOUNTS).withMaterializedViews(List.of(totals));
        VirtualSchema vs = new VirtualSchema(schema(ACCOUNTS), desired);
        ChangeSimulator.apply(vs, new CreateMaterializedView(totals));
        ViewIndex index = new ViewIndex("accounts", "CREATE INDEX accounts ON public.totals USING btree (total)");
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new AddMaterializedViewIndex(totals.name(), index)))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessageContaining("table public.accounts");
        ViewIndex free = new ViewIndex("totals_total", "CREATE INDEX totals_total ON public.totals USING btree (total)");
        ChangeSimulator.apply(vs, new AddMaterializedViewIndex(totals.name(), free));
        assertThat(vs.toSchema().materializedViews().get(0).indexes()).containsExactly(free);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("materialized view public.totals");
    }

    /** PostgreSQL refuses to drop a function a view calls; a function dibs manages must be there before the view. */
    @Test
    void aFunctionItCallsStaysWhileItExistsAndComesFirst() {
        dev.dibs.engine.model.Routine shout = new dev.dibs.engine.model.Routine(new dev.dibs.engine.model.QualifiedName("public",
                "shout"), "t text", "text", false, "t text", "text", "sql", "SELECT upper(t)", "IMMUTABLE", false, false, false,
                "UNSAFE", 100, 0, List.of(), "CREATE FUNCTION …", null);
        View loud = new View(name("loud"), " SELECT public.shout('x'::text) AS s;", List.of(new ViewColumn("s", "text")),
                List.of(), List.of(), List.of(), null, List.of(shout.signature()));
        Schema desired = schema().withRoutines(List.of(shout)).withViews(List.of(loud));
        VirtualSchema vs = new VirtualSchema(schema(), desired);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreateView(loud)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("function public.shout(t text)");
        ChangeSimulator.apply(vs, new dev.dibs.engine.diff.SchemaChange.CreateRoutine(shout));
        ChangeSimulator.apply(vs, new CreateView(loud));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new dev.dibs.engine.diff.SchemaChange.DropRoutine(shout)))
                .isInstanceOf(SimulationException.DependencyViolation.class)
                .hasMessageContaining("function public.shout(t text) is still called by view public.loud");
    }
}
