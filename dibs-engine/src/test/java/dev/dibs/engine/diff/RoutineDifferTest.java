package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withDefault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.CreateRoutine;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropRoutine;
import dev.dibs.engine.diff.SchemaChange.ReplaceRoutine;
import dev.dibs.engine.diff.SchemaChange.RoutineAspect;
import dev.dibs.engine.diff.SchemaChange.SetRoutineComment;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Functions and procedures: replaced in place when PostgreSQL can, dropped and created otherwise, with what calls them. */
class RoutineDifferTest {

    static Routine f(String args, String result, String body, String volatility) {
        return new Routine(name("f"), args, args.replaceAll("(^|, )[a-z]+ ", "$1"), false, args, result, "sql", body, volatility, false, false, false, "UNSAFE",
                100, 0, List.of(), "CREATE OR REPLACE FUNCTION public.f(" + args + ") RETURNS " + result + " " + volatility
                + " AS $function$" + body + "$function$\n", null);
    }

    static Schema with(Schema s, Routine... routines) {
        return s.withRoutines(List.of(routines));
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        return SchemaDiffer.diff(current, desired, RenameHints.none()).changes();
    }

    @Test
    void equalRoutinesGiveNoChange() {
        Routine r = f("x integer", "integer", "SELECT x", "IMMUTABLE");
        assertThat(diff(with(schema(), r), with(schema(), r))).isEmpty();
    }

    @Test
    void bodyAndVolatilityAreReplacedInPlaceSayingWhichAspectsDiffer() {
        Routine from = f("x integer", "integer", "SELECT x", "VOLATILE");
        Routine to = f("x integer", "integer", "SELECT x + 1", "STABLE");
        assertThat(diff(with(schema(), from), with(schema(), to))).singleElement().isInstanceOfSatisfying(ReplaceRoutine.class,
                r -> assertThat(r.aspects()).containsExactly(RoutineAspect.BODY, RoutineAspect.VOLATILITY));
    }

    @Test
    void aCommentAloneIsSetWithoutReplacingTheRoutine() {
        Routine from = f("x integer", "integer", "SELECT x", "VOLATILE");
        assertThat(diff(with(schema(), from), with(schema(), from.withComment("Says x."))))
                .containsExactly(new SetRoutineComment(from.withComment("Says x."), "Says x."));
    }

    @Test
    void anotherResultTypeDropsAndCreatesWithTheReason() {
        Routine from = f("x integer", "integer", "SELECT x", "VOLATILE");
        Routine to = f("x integer", "bigint", "SELECT x", "VOLATILE");
        String reason = "re-created: result type cannot change in place";
        assertThat(diff(with(schema(), from), with(schema(), to)))
                .containsExactly(new DropRoutine(from, reason), new CreateRoutine(to, reason));
    }

    @Test
    void checksAndDefaultsCallingARecreatedFunctionAreDroppedBeforeAndAddedAfter() {
        Routine from = f("x integer", "integer", "SELECT x", "IMMUTABLE");
        Routine to = f("x integer", "bigint", "SELECT x", "IMMUTABLE");
        Table t = table("t").columns(notNull("id", "integer"), withDefault(notNull("a", "integer"), "public.f(1)"))
                .check("t_f", "(public.f(id) > 0)").check("t_other", "(public.ff(id) > 0)").build();
        List<SchemaChange> changes = diff(with(schema(t), from), with(schema(t), to));
        assertThat(changes).extracting(c -> c.getClass().getSimpleName())
                .containsExactly("DropCheck", "AlterColumn", "DropRoutine", "CreateRoutine", "AddCheck", "AlterColumn");
        assertThat(((DropCheck) changes.get(0)).check().name()).isEqualTo("t_f"); // public.ff is another function
        assertThat(((AlterColumn) changes.get(1)).to().defaultExpression()).isNull();
        assertThat(((AddCheck) changes.get(4)).check().name()).isEqualTo("t_f");
        assertThat(((AlterColumn) changes.get(5)).to().defaultExpression()).isEqualTo("public.f(1)");
    }

    /** Volatility or cost change nothing PostgreSQL stored from a function: what calls it stays. */
    @Test
    void aRoutineReplacedInPlaceWithTheSameResultsLeavesWhatCallsItAlone() {
        Routine from = f("x integer", "integer", "SELECT x", "IMMUTABLE");
        Routine to = f("x integer", "integer", "SELECT x", "STABLE");
        Table t = table("t").columns(notNull("id", "integer")).check("t_f", "(public.f(id) > 0)").build();
        assertThat(diff(with(schema(t), from), with(schema(t), to))).singleElement().isInstanceOf(ReplaceRoutine.class);
    }

    /**
     * A new body changes what the rows were checked with: the check is dropped and added back after
     * the replacement (a default, computed at each insert, stays).
     */
    @Test
    void aRoutineReplacedWithAnotherBodyHasTheChecksCallingItAddedAgain() {
        Routine from = f("x integer", "integer", "SELECT x", "IMMUTABLE");
        Routine to = f("x integer", "integer", "SELECT x + 1", "IMMUTABLE");
        Table t = table("t").columns(notNull("id", "integer").withDefault("public.f(1)")).check("t_f", "(public.f(id) > 0)").build();
        List<SchemaChange> changes = diff(with(schema(t), from), with(schema(t), to));
        assertThat(changes).extracting(c -> c.getClass().getSimpleName()).containsExactly("ReplaceRoutine", "DropCheck", "AddCheck");
        assertThat(((AddCheck) changes.get(2)).check().name()).isEqualTo("t_f");
    }

    /** PostgreSQL keeps one routine per name and argument types: f(y integer) is f(x integer) with its argument renamed. */
    @Test
    void anArgumentRenamedIsTheSameOverloadDroppedAndCreated() {
        Routine from = f("x integer", "integer", "SELECT x", "VOLATILE");
        Routine to = f("y integer", "integer", "SELECT y", "VOLATILE");
        assertThat(from.overload()).isEqualTo(to.overload()).isEqualTo("public.f(integer)");
        assertThat(from.signature()).isNotEqualTo(to.signature());
        String reason = "re-created: argument names, modes or defaults cannot change in place";
        assertThat(diff(with(schema(), from), with(schema(), to)))
                .containsExactly(new DropRoutine(from, reason), new CreateRoutine(to, reason));
    }

    /** A SQL-standard body that calls a re-created routine holds it (pg_depend): the caller goes first and comes back after. */
    @Test
    void aRoutineWhoseBodyCallsARecreatedOneIsRecreatedAroundIt() {
        Routine from = f("x integer", "integer", "SELECT x", "IMMUTABLE");
        Routine to = f("x integer", "bigint", "SELECT x", "IMMUTABLE");
        Routine caller = new Routine(name("g"), "", "", false, "", "bigint", "sql", "RETURN public.f(1)", "IMMUTABLE", false, false,
                false, "UNSAFE", 100, 0, List.of(), "CREATE OR REPLACE FUNCTION public.g() RETURNS bigint RETURN public.f(1)\n", null,
                List.of("routine " + from.signature()));
        Routine bystander = new Routine(name("h"), "", "", false, "", "integer", "sql", "RETURN 1", "IMMUTABLE", false, false,
                false, "UNSAFE", 100, 0, List.of(), "CREATE OR REPLACE FUNCTION public.h() RETURNS integer RETURN 1\n", null);
        List<SchemaChange> changes = diff(with(schema(), from, caller, bystander), with(schema(), to, caller, bystander));
        String because = "re-created: it calls public.f(x integer), which is dropped and created again";
        assertThat(changes).containsExactlyInAnyOrder(new DropRoutine(from, "re-created: result type cannot change in place"),
                new CreateRoutine(to, "re-created: result type cannot change in place"),
                new DropRoutine(caller, because), new CreateRoutine(caller, because));
    }
}
