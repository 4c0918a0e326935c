package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two rename hints chaining on a name the database has under both (a shift, a swap) stop the plan,
 * saying why and how to get there, where dibs took neither and silently dropped one object and created
 * another in its place (a sequence's value lost); on a database that has only the first name the
 * chain is a history and the one rename that applies is planned.
 */
@WithPostgres
class RenameChainHintTest {

    private static Plan plan(TestDatabase target, PostgresServer server, String desiredSql) throws Exception {
        Schema desired = ScratchSchemas.of(server, desiredSql);
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();
        RenameHints hints = RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public")));
        return Planner.plan(current, desired, hints, PlanOptions.defaults());
    }

    @Test
    void aSwapOfTwoSequencesIsRefusedNotIgnored(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE SEQUENCE a START 100; CREATE SEQUENCE b START 500; SELECT nextval('a'), nextval('b');");
        String swapped = "-- dibs:renamed-from b\nCREATE SEQUENCE a START 500;\n-- dibs:renamed-from a\nCREATE SEQUENCE b START 100;\n";

        assertThatThrownBy(() -> plan(target, server, swapped)).isInstanceOf(DibsException.class)
                .hasMessageContaining("chain on public.")
                .hasMessageContaining("(a swap)")
                .hasMessageContaining("nothing was planned");
    }

    @Test
    void aShiftOfTwoDomainsIsRefusedNotIgnored(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE DOMAIN a AS int; CREATE DOMAIN b AS text; CREATE TABLE t (x a, y b);");
        String shifted = "-- dibs:renamed-from a\nCREATE DOMAIN b AS int;\n-- dibs:renamed-from b\nCREATE DOMAIN c AS text;\n"
                + "CREATE TABLE t (x b, y c);";

        assertThatThrownBy(() -> plan(target, server, shifted)).isInstanceOf(DibsException.class)
                .hasMessageContaining("domain public.b (from a) and domain public.c (from b) chain on public.b")
                .hasMessageContaining("first declare public.c with its hint and public.a under its old name");
    }

    @Test
    void aChainIsOneRenameWhereTheDatabaseHasOnlyTheFirstName(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE SEQUENCE a START 100; SELECT nextval('a');");
        String chained = "-- dibs:renamed-from a\nCREATE SEQUENCE b START 100;\n-- dibs:renamed-from b\nCREATE SEQUENCE c;\n";
        Plan plan = plan(target, server, chained);

        assertThat(plan.statements()).extracting(s -> s.sql().lines().findFirst().orElseThrow())
                .containsExactly("ALTER SEQUENCE public.a RENAME TO b", "CREATE SEQUENCE public.c AS bigint INCREMENT BY 1 MINVALUE 1"
                        + " MAXVALUE 9223372036854775807 START WITH 1 CACHE 1 NO CYCLE");
    }

    @Test
    void aChainOfFunctionsWhoseArgumentsDifferAppliesInEitherOrder(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE FUNCTION f(a integer) RETURNS integer LANGUAGE sql RETURN a;"
                + " CREATE FUNCTION g(t text) RETURNS text LANGUAGE sql RETURN t;");
        String gFromF = "-- dibs:renamed-from f\nCREATE FUNCTION g(a integer) RETURNS integer LANGUAGE sql RETURN a;\n";
        String hFromG = "-- dibs:renamed-from g\nCREATE FUNCTION h(t text) RETURNS text LANGUAGE sql RETURN t;\n";

        for (String desired : List.of(gFromF + hFromG, hFromG + gFromF)) {
            assertThat(plan(target, server, desired).statements()).extracting(s -> s.sql())
                    .containsExactly("ALTER FUNCTION public.g(t text) RENAME TO h", "ALTER FUNCTION public.f(a integer) RENAME TO g");
        }
    }
}
