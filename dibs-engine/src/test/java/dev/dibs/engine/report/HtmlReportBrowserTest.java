package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html renders in a real browser (Debian's Chromium, headless): the diagram with its
 * added, changed and dropped tables and columns, and the plan with hazards. Also leaves a
 * screenshot at target/dibs-report-screenshot.png for people to look at.
 */
@WithPostgres
class HtmlReportBrowserTest {

    @TempDir
    Path dir;

    private static Path chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")) {
            if (Files.isExecutable(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new AssertionError("This test renders report.html in headless Chromium, and none is installed:"
                + " apt-get install chromium (.ci/run does it).");
    }

    private static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return out;
    }

    @Test
    void rendersTheDiagramAndThePlanInChromium(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE authors (id bigint PRIMARY KEY, name varchar(40) NOT NULL, legacy text);
                CREATE TABLE old_stuff (id int PRIMARY KEY);
                """);
        LoadedSchema intent = IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve("src"), """
                @Table("authors")
                public record Author(@Pk long id, String name) {}
                """, """
                @Table("books")
                public record Book(@Pk long id, @References("authors.id") long authorId, String title) {}
                """)).packages(List.of("e")).load();
        DriftReport report = DriftDetector.detect(intent, db.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults());
        Path html = dir.resolve("report.html");
        Files.writeString(html, HtmlReport.render(report, "dibs report"));

        List<String> base = new ArrayList<>(List.of(chromium().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + dir.resolve("profile")));
        List<String> dump = new ArrayList<>(base);
        dump.addAll(List.of("--dump-dom", html.toUri().toString()));
        String dom = run(dump);
        assertThat(dom).contains("<svg").contains("data-table=\"public.books\"").contains("class=\"table added\"")
                .contains("class=\"table changed\"").contains("class=\"table dropped\"")
                .contains("class=\"column changed\"").contains("class=\"column dropped\"")
                .contains("CREATE TABLE public.books").contains("DROP TABLE public.old_stuff")
                .contains("hazard deletes_data");

        Path png = Path.of("target", "dibs-report-screenshot.png").toAbsolutePath();
        List<String> shot = new ArrayList<>(base);
        shot.addAll(List.of("--window-size=1200,900", "--screenshot=" + png, html.toUri().toString()));
        run(shot);
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
