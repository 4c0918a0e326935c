package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SqlRenames;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rename hints before a {@code CREATE DOMAIN}, where the plan must not simply rename: a routine's
 * text would keep the old name, and a domain renamed and then re-created is, on the target, still
 * under its old name when dibs asks what uses it.
 */
@WithPostgres
class DomainRenameHintTest {

    private static Schema desired(PostgresServer server, String sql) throws Exception {
        ConnectionInfo scratch = server.createDatabase("desired");
        try {
            new TestDatabase(scratch).execute(sql);
            return Inspector.inspect(scratch, List.of("public")).schema();
        } finally {
            server.dropDatabase(scratch);
        }
    }

    @Test
    void aDomainAFunctionUsesIsNotRenamedButRefusedNamingTheFunction(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE DOMAIN score AS integer; CREATE TABLE games (id int PRIMARY KEY, points score);"
                + " CREATE FUNCTION doubled(s score) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN s::score * 2; END $$;");
        String desiredSql = "-- dibs:renamed-from score\nCREATE DOMAIN rating AS integer;\n"
                + "CREATE TABLE games (id int PRIMARY KEY, points rating);\n"
                + "CREATE FUNCTION doubled(s rating) RETURNS integer LANGUAGE plpgsql AS $$ BEGIN RETURN s::rating * 2; END $$;";
        Schema desired = desired(server, desiredSql);
        Schema current = Inspector.inspect(target.info(), List.of("public")).schema();
        RenameHints hints = RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public")));

        assertThatThrownBy(() -> Planner.plan(current, desired, hints, PlanOptions.defaults())).isInstanceOf(DibsException.class)
                .hasMessageContaining("The rename hint before CREATE DOMAIN public.rating names public.score, which function or procedure"
                        + " public.doubled(s public.score) on the database uses")
                .hasMessageContaining("Remove the hint (the plan then creates public.rating, moves what uses public.score to it and"
                        + " drops public.score)");
        // without the hint, the same change is planned the other way
        assertThat(Planner.plan(current, desired, RenameHints.none(), PlanOptions.defaults()).toSql())
                .contains("CREATE DOMAIN public.rating", "ALTER TABLE public.games ALTER COLUMN points TYPE public.rating", "DROP DOMAIN public.score")
                .doesNotContain("RENAME");
    }

    @Test
    void aDomainRenamedThenCreatedAgainIsAskedForUnderItsOldName(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE DOMAIN score AS integer; CREATE SCHEMA other; CREATE VIEW other.scores AS SELECT 1::public.score AS s;");
        String desiredSql = "-- dibs:renamed-from score\nCREATE DOMAIN rating AS bigint;";
        Schema desired = desired(server, desiredSql);
        var current = Inspector.inspect(target.info(), List.of("public"));
        RenameHints hints = RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public")));
        var plan = Planner.plan(current.schema(), desired, hints, PlanOptions.defaults());
        assertThat(plan.toSql()).contains("ALTER DOMAIN public.score RENAME TO rating", "DROP DOMAIN public.rating");

        var found = PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan, current.notManaged(), desired);

        assertThat(found.refusals()).singleElement().asString()
                .startsWith("PostgreSQL will refuse \"DROP DOMAIN public.rating\"")
                .contains("view other.scores", "use the domain public.score");
    }
}
