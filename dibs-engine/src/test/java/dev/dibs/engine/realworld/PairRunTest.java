package dev.dibs.engine.realworld;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.realworld.PairResult.Outcome;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
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
        PairResult r = pair(a, server, USERS, USERS + "CREATE VIEW named AS SELECT name FROM users;");
        assertThat(r.outcome()).isEqualTo(Outcome.CONVERGED_WITH_REPORTED);
        assertThat(r.details()).anyMatch(d -> d.startsWith("[REPORTED] only in B: view definition of public.named"));
    }

    @Test
    void anIndexThePlanWritesWithoutItsOperatorClassIsWrongEvenWhenNoted(TestDatabase a, PostgresServer server) throws Exception {
        PairResult r = pair(a, server, USERS, USERS + "CREATE INDEX users_name ON users (name text_pattern_ops);");
        assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(r.reason()).contains("on an object the plan wrote, yet different from the reference's");
        assertThat(r.details()).contains("[WRITTEN_DIFFERENTLY] only in B: index public.users_name: CREATE INDEX users_name"
                + " ON public.users USING btree (name text_pattern_ops)");
    }

    @Test
    void aDifferenceNobodyReportsIsWrong(TestDatabase a, PostgresServer server) throws Exception {
        PairResult r = pair(a, server, USERS, USERS + "COMMENT ON INDEX users_pkey IS 'the key';");
        assertThat(r.outcome()).isEqualTo(Outcome.WRONG);
        assertThat(r.details()).contains("[UNREPORTED] only in B: comment on index public.users_pkey: the key");
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
