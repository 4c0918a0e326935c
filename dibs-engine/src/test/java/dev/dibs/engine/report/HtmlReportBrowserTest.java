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
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

        Chromium chromium = new Chromium(dir.resolve("profile"));
        String dom = chromium.dumpDom(html);
        assertThat(dom).contains("<svg").contains("data-table=\"public.books\"").contains("class=\"table added\"")
                .contains("class=\"table changed\"").contains("class=\"table dropped\"")
                .contains("class=\"column changed\"").contains("class=\"column dropped\"")
                .contains("CREATE TABLE public.books").contains("DROP TABLE public.old_stuff")
                .contains("hazard deletes_data");

        Path png = Path.of("target", "dibs-report-screenshot.png").toAbsolutePath();
        chromium.screenshot(html, png);
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }
}
