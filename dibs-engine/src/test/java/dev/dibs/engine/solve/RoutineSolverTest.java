package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaDiffer;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Routines are ordered by what they need and by what uses them, as PostgreSQL would accept them. */
class RoutineSolverTest {

    static Routine routine(String fn, String result, List<String> dependsOn) {
        return new Routine(name(fn), "", "", false, "", result, "sql", "SELECT 1", "VOLATILE", false, false, false, "UNSAFE",
                100, 0, List.of(), "CREATE OR REPLACE FUNCTION public." + fn + "() RETURNS " + result + "\n", null, dependsOn);
    }

    private static List<String> plan(Schema current, Schema desired) {
        List<SchemaChange> changes = SchemaDiffer.diff(current, desired, RenameHints.none()).changes();
        return Solver.order(current, desired, changes).stream().map(c -> c.getClass().getSimpleName() + " " + c.subject()).toList();
    }

    @Test
    void aRoutineOnATableRowTypeWaitsForTheTable() {
        Table t = table("t").columns(notNull("id", "integer")).build();
        Routine r = routine("size", "integer", List.of("table public.t"));
        assertThat(plan(schema(), schema(t).withRoutines(List.of(r))))
                .containsExactly("AddTable table public.t", "CreateRoutine function public.size()");
    }

    @Test
    void aTableIsDroppedOnlyAfterTheRoutinesUsingIt() {
        Table t = table("t").columns(notNull("id", "integer")).build();
        Routine r = routine("size", "integer", List.of("table public.t"));
        assertThat(plan(schema(t).withRoutines(List.of(r)), schema()))
                .containsExactly("DropRoutine function public.size()", "DropTable table public.t");
    }

    @Test
    void aRecreatedRoutineGoesBetweenTheDropAndTheAdditionOfTheIndexCallingIt() {
        Routine from = routine("f", "integer", List.of());
        Routine to = routine("f", "bigint", List.of());
        var index = new dev.dibs.engine.model.Index("t_f", List.of(new dev.dibs.engine.model.IndexKey(null, "public.f()", false, false)),
                false, null, null, List.of());
        Table t = table("t").columns(notNull("id", "integer")).index(index).build();
        assertThat(plan(schema(t).withRoutines(List.of(from)), schema(t).withRoutines(List.of(to))))
                .containsExactly("DropIndex index public.t_f", "DropRoutine function public.f()",
                        "CreateRoutine function public.f()", "AddIndex index public.t_f");
    }

    @Test
    @Timeout(10)
    void twoRoutinesThatEachNeedTheOtherAreReportedAsACycleNotLoopedOn() {
        // PostgreSQL holds such a pair (g created first, f calling it, then g replaced to call f),
        // but no plan can create either before the other
        Routine f = routine("f", "integer", List.of("routine public.g()"));
        Routine g = routine("g", "integer", List.of("routine public.f()"));
        assertThatThrownBy(() -> plan(schema(), schema().withRoutines(List.of(f, g)))).isInstanceOf(SolveException.class)
                .hasMessageStartingWith("dibs cannot order 2 of 2 changes")
                .satisfies(e -> assertThat(((SolveException) e).reasons()).containsExactlyInAnyOrder(
                        "function public.f() (CreateRoutine): routine public.g() does not exist",
                        "function public.g() (CreateRoutine): routine public.f() does not exist"));
    }

    @Test
    void aRoutineATriggerStillExecutesIsNotDropped() {
        Table t = table("t").columns(notNull("id", "integer")).build();
        Routine r = routine("touch", "trigger", List.of());
        Trigger trigger = new Trigger(name("t"), "t_touch", "CREATE TRIGGER t_touch …", "public.touch()", "O", null);
        Schema current = schema(t).withRoutines(List.of(r)).withTriggers(List.of(trigger));
        Schema desired = schema(t).withTriggers(List.of(trigger));
        List<SchemaChange> changes = SchemaDiffer.diff(current, desired, RenameHints.none()).changes();
        assertThatThrownBy(() -> Solver.order(current, desired, changes)).isInstanceOf(SolveException.class)
                .hasMessageContaining("[trigger t_touch on public.t] still use function public.touch()");
    }

    /**
     * PostgreSQL refuses f(y integer) beside f(x integer) ("already exists with same argument types"):
     * given the creation first, the simulation puts the drop before it.
     */
    @Test
    void aRoutineOfTheSameArgumentTypesUnderOtherNamesIsCreatedOnlyOnceTheOldIsDropped() {
        Routine x = new Routine(name("f"), "x integer", "integer", false, "x integer", "integer", "sql", "SELECT x", "VOLATILE", false,
                false, false, "UNSAFE", 100, 0, List.of(), "CREATE OR REPLACE FUNCTION public.f(x integer) RETURNS integer\n", null);
        Routine y = new Routine(name("f"), "y integer", "integer", false, "y integer", "integer", "sql", "SELECT y", "VOLATILE", false,
                false, false, "UNSAFE", 100, 0, List.of(), "CREATE OR REPLACE FUNCTION public.f(y integer) RETURNS integer\n", null);
        Schema current = schema().withRoutines(List.of(x));
        Schema desired = schema().withRoutines(List.of(y));
        List<SchemaChange> changes = List.of(new SchemaChange.CreateRoutine(y), new SchemaChange.DropRoutine(x));
        assertThat(Solver.order(current, desired, changes).stream().map(c -> c.getClass().getSimpleName() + " " + c.subject()).toList())
                .containsExactly("DropRoutine function public.f(x integer)", "CreateRoutine function public.f(y integer)");
    }

    /**
     * A new routine whose SQL-standard body calls one the plan re-creates under the same signature
     * (another result type) is created after the new one: bound to the old one, it would keep
     * PostgreSQL from dropping it.
     */
    @Test
    void aNewCallerOfARoutineReCreatedUnderItsSignatureWaitsForTheNewOne() {
        Routine before = routine("f", "integer", List.of());
        Routine after = routine("f", "bigint", List.of());
        Routine caller = routine("g", "bigint", List.of("routine public.f()"));
        assertThat(plan(schema().withRoutines(List.of(before)), schema().withRoutines(List.of(after, caller))))
                .containsExactly("DropRoutine function public.f()", "CreateRoutine function public.f()", "CreateRoutine function public.g()");
    }
}
