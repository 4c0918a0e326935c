package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minimumVersion} in a plan case's {@code options.properties}: a case that needs a newer
 * PostgreSQL than the tests' server is not applicable only when the server rejects its SQL (never
 * skipped on faith); a declaration the server contradicts fails; a case the server is new enough
 * for runs.
 */
@WithPostgres
class PlanCaseVersionTest {

    @TempDir
    Path dir;

    private PlanCase caseWith(String options, String afterSql) throws IOException {
        Files.writeString(dir.resolve("options.properties"), options);
        Files.writeString(dir.resolve("after.sql"), afterSql);
        return new PlanCase("kind/some-case", dir);
    }

    @Test
    void aCaseNeedingANewerMajorIsNotApplicableWhenTheServerRejectsIt(TestDatabase db, PostgresServer server) throws IOException {
        PlanCase c = caseWith("minimumVersion=" + (server.majorVersion() + 1) + "\n",
                "CREATE TABLE t (id int) WITH (an_option_of_a_later_version = 1);");

        assertThat(PlanCaseRunner.applicable(c, db, server, dir.resolve("work"))).isFalse();
    }

    @Test
    void aMinimumVersionTheServerContradictsFails(TestDatabase db, PostgresServer server) throws IOException {
        int major = server.majorVersion();
        PlanCase c = caseWith("minimumVersion=" + (major + 1) + "\n", "CREATE TABLE t (id int);");

        assertThatThrownBy(() -> PlanCaseRunner.applicable(c, db, server, dir.resolve("work"))).isInstanceOf(AssertionError.class)
                .hasMessageContaining("kind/some-case declares minimumVersion=" + (major + 1) + ", yet PostgreSQL " + major
                        + " accepts its SQL");
    }

    @Test
    void aCaseTheServerIsNewEnoughForRuns(TestDatabase db, PostgresServer server) throws IOException {
        PlanCase c = caseWith("minimumVersion=" + server.majorVersion() + "\nvalidateSeparately=true\n", "CREATE TABLE t (id int);");

        assertThat(PlanCaseRunner.applicable(c, db, server, dir.resolve("work"))).isTrue();
        assertThat(c.options().validateSeparately()).isTrue();
        assertThat(new PlanCase("kind/none", dir.resolve("missing")).minimumVersion()).isZero();
    }

    @Test
    void aMinimumVersionThatIsNoNumberOrAMisspeltKeyIsRefused() throws IOException {
        assertThatThrownBy(() -> caseWith("minimumVersion=fifteen\n", "").minimumVersion())
                .hasMessage("kind/some-case/options.properties: minimumVersion=fifteen is not a PostgreSQL major version (e.g. 15)");
        assertThatThrownBy(() -> caseWith("minimumVerison=15\n", "").options())
                .hasMessageStartingWith("kind/some-case/options.properties: unknown option minimumVerison (known: [");
    }
}
