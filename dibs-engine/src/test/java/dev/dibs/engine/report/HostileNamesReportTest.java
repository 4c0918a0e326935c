package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Names from a database are data: in diff.md they neither start lines nor bring HTML or table cells. */
@WithPostgres
class HostileNamesReportTest {

    @Test
    void diffMarkdownShowsHostileNamesEscaped(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE VIEW \"v\u001b[31m<i>\" AS SELECT 1 AS one");
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE \"x\n[INFO] dibs: no differences\" (id int);"
                        + "CREATE TABLE \"<img src=x onerror=alert(1)>|`t`&\" (id int);"
                        // a backslash of the name's own before a bar or a backtick must not undo their escapes
                        + "CREATE TABLE \"bs\\|c\\`d\" (id int)");
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            String md = ReportWriter.markdown(report);

            assertThat(md.lines()).noneMatch(line -> line.startsWith("[INFO]"));
            assertThat(md).contains("x\\n[INFO] dibs: no differences")
                    .contains("&lt;img src=x onerror=alert(1)&gt;\\|\\`t\\`&amp;")
                    .contains("v\\u001b[31m&lt;i&gt;")
                    .contains("bs\\\\\\|c\\\\\\`d")
                    .doesNotContain("<img").doesNotContain("<i>").doesNotContain("\u001b");
            assertThat(ChangeDescriber.asMissingFromMigrations(report.plan().changes().get(0))).doesNotContain("\n");
        } finally {
            server.dropDatabase(reference);
        }
    }
}
