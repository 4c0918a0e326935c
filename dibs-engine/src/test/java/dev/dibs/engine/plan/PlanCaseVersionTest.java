package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;

/**
 * {@code minimumVersion} in a plan case's {@code options.properties}: a case that needs a newer
 * PostgreSQL than the tests' server is reported as skipped with the reason, never run and never passed;
 * one the server is new enough for runs.
 */
@WithPostgres
class PlanCaseVersionTest {

    @TempDir
    Path dir;

    private PlanCase caseWith(String options) throws IOException {
        Files.writeString(dir.resolve("options.properties"), options);
        return new PlanCase("kind/some-case", dir);
    }

    @Test
    void aCaseNeedingANewerMajorIsSkippedSayingWhy(PostgresServer server) throws IOException {
        int major = server.majorVersion();
        PlanCase c = caseWith("minimumVersion=" + (major + 1) + "\n");

        assertThatThrownBy(() -> PlanCaseRunner.assumeApplicable(c, server)).isInstanceOf(TestAbortedException.class)
                .hasMessage("kind/some-case: not applicable on PostgreSQL " + major + ", needs " + (major + 1)
                        + " (minimumVersion in options.properties)");
    }

    @Test
    void aCaseTheServerIsNewEnoughForRuns(PostgresServer server) throws IOException {
        PlanCase c = caseWith("minimumVersion=" + server.majorVersion() + "\nvalidateSeparately=true\n");

        assertThatCode(() -> PlanCaseRunner.assumeApplicable(c, server)).doesNotThrowAnyException();
        assertThat(c.options().validateSeparately()).isTrue();
        assertThat(new PlanCase("kind/none", dir.resolve("missing")).minimumVersion()).isZero();
    }

    @Test
    void aMinimumVersionThatIsNoNumberOrAMisspeltKeyIsRefused() throws IOException {
        assertThatThrownBy(() -> caseWith("minimumVersion=fifteen\n").minimumVersion())
                .hasMessage("kind/some-case/options.properties: minimumVersion=fifteen is not a PostgreSQL major version (e.g. 15)");
        assertThatThrownBy(() -> caseWith("minimumVerison=15\n").options())
                .hasMessageStartingWith("kind/some-case/options.properties: unknown option minimumVerison (known: [");
    }
}
