package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.ReportWriter;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each way a secret can sit in a URL, against a real server: neither the connection's failure
 * message nor {@code describe()} nor {@code toString()} shows it.
 */
@WithPostgres
class SecretsNeverShownTest {

    @Test
    void noFormOfSecretShowsInAnyOutput(TestDatabase db) {
        String server = JdbcUrls.printable(db.info().url()); // jdbc:postgresql://host:port/db
        List<String> urls = List.of(
                server.replace("//", "//postgres:LeakMe3@"),
                server + "?user=" + db.info().user() + "&password=LeakMe5",
                server + "?user=" + db.info().user() + "&password=" + db.info().password() + "&sslpassword=LeakMe9",
                server + "?user=postgres;password=LeakMe8",
                server + "?user=nobody&sslpassword=LeakMe9&password=LeakMe6");
        for (String url : urls) {
            List<String> outputs = new ArrayList<>();
            Throwable failure = catchThrowable(() -> {
                ConnectionInfo info = ConnectionInfo.of(url);
                outputs.add(info.describe());
                outputs.add(info.toString());
                info.connect().close();
            });
            if (failure != null) {
                for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
                    outputs.add(String.valueOf(t.getMessage()));
                }
            }
            assertThat(outputs).as(url).isNotEmpty().allSatisfy(text -> assertThat(text).doesNotContain("LeakMe"));
            assertThat(String.join("\n", outputs)).as(url).contains(server.substring(server.indexOf("//") + 2));
        }
    }

    @Test
    void aSecretParameterStillReachesTheDriver(TestDatabase db) throws Exception {
        // sslpassword is only used with a client key, but it must arrive as a property, not vanish
        ConnectionInfo info = ConnectionInfo.of(JdbcUrls.printable(db.info().url()) + "?sslpassword=LeakMe9")
                .withDatabase(db.name());
        ConnectionInfo withCredentials = new ConnectionInfo(info.url(), db.info().user(), db.info().password(), info.secrets());
        withCredentials.connect().close();
        assertThat(withCredentials.secrets()).containsEntry("sslpassword", "LeakMe9");
    }

    @Test
    void reportsOfADiffShowNoSecretParameter(TestDatabase db, @TempDir Path reports) throws Exception {
        db.execute("CREATE TABLE t (id int)");
        String url = JdbcUrls.printable(db.info().url()) + "?sslpassword=LeakMe9&apiToken=LeakMe10";
        ConnectionInfo target = new ConnectionInfo(url, db.info().user(), db.info().password());
        ConnectionInfo reference = db.info();

        DriftReport report = DatabaseComparison.compare(target, reference, List.of("public"), PlanOptions.defaults());
        ReportWriter.write(reports, report);

        assertThat(report.database()).isEqualTo(JdbcUrls.printable(url) + " (user " + db.info().user() + ")");
        try (Stream<Path> files = Files.list(reports)) {
            List<Path> written = files.toList();
            assertThat(written).extracting(p -> p.getFileName().toString())
                    .contains("diff.json", "diff.md", "plan.sql", "report.html");
            for (Path file : written) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("LeakMe").doesNotContain("sslpassword");
            }
        }
    }
}
