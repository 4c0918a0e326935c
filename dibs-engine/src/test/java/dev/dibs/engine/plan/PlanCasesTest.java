package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every folder under {@code src/test/resources/plan-cases/}: the plan from its state before to its
 * desired state must equal its {@code plan.sql} (statements, hazards, transaction notes, rename
 * suggestions) and {@code changes.txt} (the change kinds, as reports describe them), and applying
 * it must converge. With {@code -Ddibs.regeneratePlanCases=true} the expected files are rewritten
 * from what dibs now produces instead (the test passes and names the files; review {@code git diff}).
 */
@WithPostgres
class PlanCasesTest {

    static final String REGENERATE = "dibs.regeneratePlanCases";

    @TempDir
    Path dir;

    /** {@code -Ddibs.planCases=routine/,trigger/} runs only the cases whose names start with one of these. */
    static Stream<PlanCase> cases() {
        String only = System.getProperty("dibs.planCases", "").trim();
        if (only.isEmpty()) {
            return PlanCase.all();
        }
        java.util.List<String> prefixes = java.util.Arrays.stream(only.split(",")).map(String::trim).toList();
        return PlanCase.all().filter(c -> prefixes.stream().anyMatch(c.name()::startsWith));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void planMatchesTheCase(PlanCase c, TestDatabase db, PostgresServer server) throws Exception {
        matches(c, db, server, dir);
    }

    /** The major of the build's own PostgreSQL (the pom's), whatever server the tests run on. */
    static int buildMajor() {
        return Integer.parseInt(System.getProperty("dibs.test.buildPostgresBinaries", "17").split("\\.")[0]);
    }

    /**
     * The case's plan and changes on {@code server}, as expected for its major (a case it rejects is
     * checked as rejected); on another major than the build's, regeneration writes {@code plan.<major>.sql}
     * where the plan differs, never {@code plan.sql}.
     */
    static void matches(PlanCase c, TestDatabase db, PostgresServer server, Path dir) throws Exception {
        PlanCaseRunner.Outcome outcome = PlanCaseRunner.run(c, db, server, dir);
        if (outcome == null) {
            return; // the server rejects the case's SQL, as its minimumVersion says (asserted by the runner)
        }
        boolean otherMajor = server.majorVersion() != buildMajor();
        expect(c, "plan.sql", outcome.planText(), server.majorVersion(), otherMajor);
        expect(c, "changes.txt", outcome.changesText(), server.majorVersion(), otherMajor);
    }

    /**
     * On a server of an older major, what is expected is the case's {@code plan.<N>.sql} of the
     * smallest N at or above that major, when there is one: PostgreSQL prints some definitions
     * differently before a given major (a view's query, table-qualified up to 15), so
     * {@code plan.15.sql} holds the plan on 15 and below, {@code plan.sql} on the newer ones.
     * Regeneration on another major than the build's ({@code otherMajor}) writes {@code plan.<major>.sql}
     * only when the plan differs from the file that would be expected.
     */
    static void expect(PlanCase c, String fileName, String actual, int major, boolean otherMajor) throws IOException {
        if (fileName.equals("plan.sql")) {
            for (int n = major; n <= 30; n++) {
                if (c.file("plan." + n + ".sql").isPresent()) {
                    fileName = "plan." + n + ".sql";
                    break;
                }
            }
            if (otherMajor && Boolean.getBoolean(REGENERATE) && !c.file(fileName).equals(Optional.of(actual))) {
                fileName = "plan." + major + ".sql";
            }
        }
        Optional<String> expected = c.file(fileName);
        if (Boolean.getBoolean(REGENERATE)) {
            if (!expected.equals(Optional.of(actual))) {
                Files.writeString(c.dir().resolve(fileName), actual, StandardCharsets.UTF_8);
                System.out.println("plan case rewritten (review git diff): " + c.dir().resolve(fileName));
            }
            return;
        }
        assertThat(expected).as("%s has no %s: write it, or run with -D%s=true and review it", c, fileName, REGENERATE)
                .isPresent();
        assertThat(actual).as("%s/%s (after a deliberate change: -D%s=true rewrites it)", c, fileName, REGENERATE)
                .isEqualTo(expected.get());
    }
}
