package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.ScratchSchemas;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rename hints before a {@code CREATE FUNCTION} that a rename alone cannot follow are refused, saying
 * why and what to do; a routine renamed and then re-created is asked for under its old name.
 */
@WithPostgres
class RoutineRenameHintTest {

    private static RenameHints hints(String sql) {
        return RenameHints.none().with(SqlRenames.inScript(sql, List.of("public")));
    }

    @Test
    void anOverloadedNameIsRefusedNamingItsOverloads(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql RETURN lower(t);"
                + " CREATE FUNCTION slug(n integer) RETURNS text LANGUAGE sql RETURN n::text;");
        String desiredSql = "-- dibs:renamed-from slug\nCREATE FUNCTION make_slug(t text) RETURNS text LANGUAGE sql RETURN lower(t);\n"
                + "CREATE FUNCTION slug(n integer) RETURNS text LANGUAGE sql RETURN n::text;";
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();

        assertThatThrownBy(() -> Planner.plan(current, ScratchSchemas.of(server, desiredSql), hints(desiredSql), PlanOptions.defaults()))
                .isInstanceOf(DibsException.class)
                .hasMessageContaining("names public.slug, which has 2 overloads on the database (public.slug(n integer), public.slug(t text))")
                .hasMessageContaining("Remove the hint");
    }

    @Test
    void otherArgumentsAreRefusedSayingARenameKeepsThem(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql RETURN lower(t);");
        String desiredSql = "-- dibs:renamed-from slug\nCREATE FUNCTION make_slug(t varchar) RETURNS text LANGUAGE sql RETURN lower(t);";
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();

        assertThatThrownBy(() -> Planner.plan(current, ScratchSchemas.of(server, desiredSql), hints(desiredSql), PlanOptions.defaults()))
                .isInstanceOf(DibsException.class)
                .hasMessageContaining("(public.slug(t text) on the database), but no function public.make_slug with those arguments is"
                        + " declared (public.make_slug(t character varying))")
                .hasMessageContaining("ALTER FUNCTION … RENAME keeps a routine's kind and arguments; nothing was planned.");
    }

    @Test
    void aRoutineRenamedThenCreatedAgainIsAskedForUnderItsOldName(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE FUNCTION slug(t text) RETURNS text LANGUAGE sql AS 'SELECT lower($1)'; CREATE SCHEMA other;"
                + " CREATE VIEW other.slugs AS SELECT public.slug('A') AS s;");
        String desiredSql = "-- dibs:renamed-from slug\nCREATE FUNCTION make_slug(t text) RETURNS varchar LANGUAGE sql AS 'SELECT lower($1)';";
        // same arguments, another result: renamed, then dropped and created (CREATE OR REPLACE cannot change a result)
        var current = Inspector.inspect(target.info(), List.of("public"));
        var plan = Planner.plan(current.schema(), ScratchSchemas.of(server, desiredSql), hints(desiredSql), PlanOptions.defaults());
        assertThat(plan.toSql()).contains("ALTER FUNCTION public.slug(t text) RENAME TO make_slug", "DROP FUNCTION public.make_slug(t text)");

        var found = PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan, current.notManaged(),
                ScratchSchemas.of(server, desiredSql));

        assertThat(found.refusals()).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"DROP FUNCTION public.make_slug(t text)\"")
                .contains("view other.slugs");
    }
}
