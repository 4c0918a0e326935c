package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plan cases whose plans create a view or a materialized view, on the peer suite's PostgreSQL 15
 * (the surefire execution {@code peer-suite}), where a view's query is printed table-qualified: each
 * needs its {@code plan.15.sql}, which a build on 17 alone never reads. Eight cases once lacked it for
 * weeks; this runs them in every build. The whole set on 14, 15, 16 and 18: {@code
 * -Ddibs.test.postgresMajor} (developing.md), whose profile leaves this class out.
 */
@WithPostgres
@Tag("peer-suite")
class PlanCasesOn15Test {

    @TempDir
    Path dir;

    static Stream<PlanCase> cases() {
        List<PlanCase> withViews = PlanCase.all().filter(c -> c.file("plan.sql").map(p -> p.contains(" VIEW ")).orElse(false)).toList();
        assertThat(withViews).as("plan cases that create views").hasSizeGreaterThan(20);
        return withViews.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesTheCase(PlanCase c, TestDatabase db, PostgresServer server) throws Exception {
        assertThat(server.majorVersion()).as("the peer suite's server").isEqualTo(15);
        PlanCasesTest.matches(c, db, server, dir); // regeneration writes plan.15.sql, never the build's plan.sql
    }
}
