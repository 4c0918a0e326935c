package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Rename hints before a {@code CREATE DOMAIN}, checked on the target before anything runs: the new
 * name is the plan's (not missing), and a domain renamed and then re-created is, on the target,
 * still under its old name when dibs asks what uses it.
 */
@WithPostgres
class DomainRenameHintTest {

    /** A column of the new name, a domain over it: the target has only the old name, and the plan renames it first. */
    @Test
    void whatUsesTheNewNameIsNotReportedMissingOnTheTarget(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE DOMAIN score AS integer; CREATE TABLE games (id int PRIMARY KEY, points score);");
        String desiredSql = "-- dibs:renamed-from score\nCREATE DOMAIN rating AS integer;\nCREATE DOMAIN high AS rating;\n"
                + "CREATE TABLE games (id int PRIMARY KEY, points rating, bonus rating, top high);";
        Schema desired = ScratchSchemas.of(server, desiredSql);
        var current = Inspector.inspect(target.info(), List.of("public"));
        var plan = Planner.plan(current.schema(), desired, RenameHints.none().with(SqlRenames.inScript(desiredSql, List.of("public"))),
                PlanOptions.defaults());
        assertThat(plan.toSql()).contains("ALTER DOMAIN public.score RENAME TO rating", "ADD COLUMN bonus public.rating",
                "CREATE DOMAIN public.high AS public.rating");

        var found = PlanBlockers.find(target.info(), current.majorVersion(), List.of("public"), plan, current.notManaged(), desired);

        assertThat(found.refusals()).isEmpty();
    }

    @Test
    void aDomainRenamedThenCreatedAgainIsAskedForUnderItsOldName(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("CREATE DOMAIN score AS integer; CREATE SCHEMA other; CREATE VIEW other.scores AS SELECT 1::public.score AS s;");
        String desiredSql = "-- dibs:renamed-from score\nCREATE DOMAIN rating AS bigint;";
        Schema desired = ScratchSchemas.of(server, desiredSql);
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
