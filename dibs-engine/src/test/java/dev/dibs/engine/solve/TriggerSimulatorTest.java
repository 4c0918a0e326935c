package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateTrigger;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropTrigger;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetTriggerEnabled;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The virtual schema refuses trigger changes PostgreSQL would refuse, and table changes a trigger stands in the way of. */
class TriggerSimulatorTest {

    private static final Table ACCOUNTS = table("accounts").columns(col("id", "integer"), col("balance", "integer")).build();
    private static final Trigger WATCH = new Trigger(name("accounts"), "watch",
            "CREATE TRIGGER watch AFTER UPDATE OF balance ON public.accounts FOR EACH ROW EXECUTE FUNCTION app.audit()",
            "app.audit()", "O", null, List.of("balance"));
    private static final Routine AUDIT = new Routine(new QualifiedName("app", "audit"), "", "", false, "", "trigger", "plpgsql",
            "BEGIN RETURN NULL; END", "VOLATILE", false, false, false, "UNSAFE", 100, 0, List.of(), "CREATE FUNCTION …", null);

    private static VirtualSchema vs(Schema current) {
        return new VirtualSchema(current, current);
    }

    @Test
    void createdOnlyOnATableThatExists() {
        VirtualSchema vs = vs(schema());
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreateTrigger(WATCH)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("table public.accounts");
        VirtualSchema withTable = vs(schema(ACCOUNTS));
        ChangeSimulator.apply(withTable, new CreateTrigger(WATCH));
        assertThat(withTable.toSchema().triggers()).containsExactly(WATCH);
        assertThatThrownBy(() -> ChangeSimulator.apply(withTable, new CreateTrigger(WATCH)))
                .isInstanceOf(SimulationException.AlreadyExists.class).hasMessageContaining("trigger watch on public.accounts");
    }

    /** A function dibs manages must be there first; one it does not manage is taken as given. */
    @Test
    void waitsForAManagedFunction() {
        Schema current = schema(ACCOUNTS);
        VirtualSchema vs = new VirtualSchema(current, current.withRoutines(List.of(AUDIT)));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new CreateTrigger(WATCH)))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("function app.audit()");
        vs.routines.put(AUDIT.signature(), AUDIT); // as the routine's creation will
        ChangeSimulator.apply(vs, new CreateTrigger(WATCH));

        VirtualSchema unmanaged = vs(current);
        ChangeSimulator.apply(unmanaged, new CreateTrigger(WATCH));
        assertThat(unmanaged.toSchema().triggers()).containsExactly(WATCH);
    }

    @Test
    void aColumnATriggerUsesCannotBeDroppedOrRetyped() {
        VirtualSchema vs = vs(schema(ACCOUNTS).withTriggers(List.of(WATCH)));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("balance", "integer"))))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("trigger watch");
        AlterColumn retype = new AlterColumn(name("accounts"), col("balance", "integer"), col("balance", "bigint"),
                EnumSet.of(ColumnAspect.TYPE));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, retype))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("column public.accounts.balance");
        ChangeSimulator.apply(vs, new DropColumn(name("accounts"), col("id", "integer"))); // not one it uses

        ChangeSimulator.apply(vs, new DropTrigger(WATCH));
        ChangeSimulator.apply(vs, retype);
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new DropTrigger(WATCH)))
                .isInstanceOf(SimulationException.NotExists.class);
    }

    @Test
    void aDroppedTableTakesItsTriggersAndARenamedOneKeepsThem() {
        VirtualSchema dropped = vs(schema(ACCOUNTS).withTriggers(List.of(WATCH)));
        ChangeSimulator.apply(dropped, new DropTable(ACCOUNTS));
        assertThat(dropped.toSchema().triggers()).isEmpty();

        VirtualSchema renamed = vs(schema(ACCOUNTS).withTriggers(List.of(WATCH)));
        ChangeSimulator.apply(renamed, new RenameTable(name("accounts"), "customers"));
        assertThat(renamed.toSchema().triggers()).singleElement().satisfies(t -> {
            assertThat(t.table()).isEqualTo(name("customers"));
            assertThat(t.definition()).contains(" ON public.customers FOR EACH ROW").doesNotContain("accounts");
        });
    }

    @Test
    void aStateChangeMadeForAnotherStateIsRefused() {
        VirtualSchema vs = vs(schema(ACCOUNTS).withTriggers(List.of(WATCH)));
        assertThatThrownBy(() -> ChangeSimulator.apply(vs, new SetTriggerEnabled(name("accounts"), "watch", "D", "O")))
                .isInstanceOf(SimulationException.NotExists.class).hasMessageContaining("(it is O)");
        ChangeSimulator.apply(vs, new SetTriggerEnabled(name("accounts"), "watch", "O", "D"));
        assertThat(vs.toSchema().triggers()).singleElement().satisfies(t -> assertThat(t.enabled()).isEqualTo("D"));
    }

    /** What a routine's drop must ask before it goes. */
    @Test
    void aFunctionATriggerExecutesIsInUse() {
        VirtualSchema vs = vs(schema(ACCOUNTS).withTriggers(List.of(WATCH)));
        assertThatThrownBy(() -> TriggerSimulator.requireNoTriggerExecutes(vs, "app.audit()"))
                .isInstanceOf(SimulationException.DependencyViolation.class).hasMessageContaining("public.accounts.watch");
        TriggerSimulator.requireNoTriggerExecutes(vs, "app.other()");
    }
}
