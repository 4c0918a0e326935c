package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.realworld.PairResult.Outcome;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.Models;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How a pair is judged, on small databases whose outcome is known. */
@WithPostgres
class PairRunTest {

    private static final String USERS = "CREATE TABLE users (id bigint PRIMARY KEY, name text NOT NULL);";

    @Test
    void aPlanThatMakesTheCatalogsAlikeConverges(TestDatabase a, PostgresServer server) throws Exception {
        PairResult r = pair(a, server, "", USERS + "CREATE INDEX users_name ON users (name);");
        assertThat(r.outcome()).as(r.details().toString()).isEqualTo(Outcome.CONVERGED);
        assertThat(r.statements()).isEqualTo(2);
    }

    @Test
    void whatOnlyANoteNamesConvergesWithReported(TestDatabase a, PostgresServer server) throws Exception {
        // a rule: dibs does not model it (a view, managed now, is created by the plan)
        PairResult r = pair(a, server, USERS, USERS + "CREATE RULE users_keep AS ON DELETE TO users DO INSTEAD NOTHING;");
        assertThat(r.outcome()).isEqualTo(Outcome.CONVERGED_WITH_REPORTED);
        assertThat(r.details()).anyMatch(d -> d.startsWith("[REPORTED] only in B: rule public.users.users_keep"));
    }

    /**
     * An object the plan wrote is never excused by a note: dibs wrote it, so a difference on it is
     * wrong. (dibs itself no longer writes such an index without its operator class, so the judge
     * is given the plan and the difference directly.)
     */
    @Test
    void aDifferenceOnAnObjectThePlanWroteIsWrongEvenWhenNoted() {
        QualifiedName users = new QualifiedName("public", "users");
        Index plain = new Index("users_name", List.of(IndexKey.column("name")), false, null, "btree", List.of());
        Plan plan = Planner.plan(Models.schema(Models.table("users").columns(Models.notNull("id", "integer"), Models.col("name", "text")).build()),
                Models.schema(Models.table("users").columns(Models.notNull("id", "integer"), Models.col("name", "text"))
                        .index(plain).build()), RenameHints.none());
        DriftReport noted = new DriftReport("a", "b", plan, Schema.empty(List.of("public")),
                List.of(new NotManaged("index option", "public", "users_name", "operator class")), List.of());
        CatalogLines.Line line = new CatalogLines.Line("index", "public.users_name", users.toString(),
                "CREATE INDEX users_name ON public.users USING btree (name text_pattern_ops)");
        DifferenceJudge judge = new DifferenceJudge(plan, List.of(noted));
        assertThat(judge.judge(new CatalogLines.Difference(line, false))).isEqualTo(DifferenceJudge.Verdict.WRITTEN_DIFFERENTLY);
        CatalogLines.Line other = new CatalogLines.Line("index", "public.other", users.toString(), "CREATE INDEX other …");
        assertThat(new DifferenceJudge(Planner.plan(Schema.empty(List.of("public")), Schema.empty(List.of("public")),
                RenameHints.none()), List.of(new DriftReport("a", "b", plan, Schema.empty(List.of("public")),
                List.of(new NotManaged("index option", "public", "other", "x")), List.of())))
                .judge(new CatalogLines.Difference(other, false))).isEqualTo(DifferenceJudge.Verdict.REPORTED);
    }

    @Test
    void aDifferenceNobodyReportsIsWrong(TestDatabase a, PostgresServer server) throws Exception {
        // an identity column's sequence is the column's: its name is neither compared nor noted (yet)
        String identity = "CREATE TABLE users (id bigint GENERATED ALWAYS AS IDENTITY%s PRIMARY KEY, name text NOT NULL);";
        PairResult r = pair(a, server, identity.formatted(""), identity.formatted(" (SEQUENCE NAME user_numbers)"));
        assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(r.details()).anySatisfy(d -> assertThat(d).startsWith("[UNREPORTED] only in B: sequence public.user_numbers"));
    }

    @Test
    void aComparisonThatRefusesBeforeAnythingRunsIsRefused(TestDatabase a, PostgresServer server) throws Exception {
        a.execute(USERS);
        ConnectionInfo missing = a.info().withDatabase(a.name() + "_missing");
        PairResult r = PairRun.run("p", "a", "missing", a.info(), missing);
        assertThat(r.outcome()).isEqualTo(Outcome.REFUSED);
        assertThat(r.reason()).startsWith("the comparison refused: ").contains(a.name() + "_missing");
        assertThat(a.hasTable("users")).isTrue();
    }

    private static PairResult pair(TestDatabase a, PostgresServer server, String older, String newer) throws Exception {
        ConnectionInfo b = server.createDatabase("pair");
        try {
            if (!older.isEmpty()) {
                a.execute(older);
            }
            try (Connection c = b.open(); Statement s = c.createStatement()) {
                s.execute(newer);
            }
            return PairRun.run("p", "a", "b", a.info(), b);
        } finally {
            server.dropDatabase(b);
        }
    }
}
