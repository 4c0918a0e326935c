package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.report.Chromium;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * fleet.html renders in headless Chromium: the summary, the count of targets at each migration, the
 * table sorted by a header click and filtered by text; a tenant name holding markup stays text.
 * fleet.json carries the same. No database: the report is made from a fleet result.
 */
class FleetReportBrowserTest {

    private static final String HOSTILE = "t_<img src=x onerror=document.title='owned'>";

    @TempDir
    Path dir;

    @Test
    void rendersSortsAndFiltersTheFleetAndKeepsNamesAsText() throws Exception {
        ConnectionInfo db = ConnectionInfo.of("jdbc:postgresql://db1:5432/app?user=u&password=secret-pw");
        List<TargetOutcome> outcomes = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            FleetTarget t = new FleetTarget(db, i == 7 ? HOSTILE : String.format("tenant_%02d", i), "tenantSchemas");
            if (i == 3) {
                outcomes.add(new TargetOutcome(t, TargetOutcome.State.FAILED, new TargetOutcome.Result("001_a", 1, 2, 0, null, 0, ""),
                        Duration.ofMillis(40), "Migration 002_b failed: relation \"x\" already exists"));
            } else if (i > 25) {
                outcomes.add(new TargetOutcome(t, TargetOutcome.State.NOT_LAUNCHED, null, Duration.ZERO, null));
            } else {
                outcomes.add(new TargetOutcome(t, TargetOutcome.State.DONE,
                        new TargetOutcome.Result(i % 2 == 0 ? "003_c" : "002_b", i % 2 == 0 ? 3 : 2, i % 2 == 0 ? 0 : 1, 1,
                                i == 10, i == 10 ? 4 : 0, ""), Duration.ofMillis(10 + i), null));
            }
        }
        FleetResult result = new FleetResult("migrate", outcomes, Duration.ofMillis(1234), "a target failed (x; fleetFailure=stop)");
        FleetReport.write(dir, result);

        JsonNode json = new ObjectMapper().readTree(dir.resolve("fleet.json").toFile());
        assertThat(json.get("format").asInt()).isEqualTo(FleetReport.FORMAT);
        assertThat(json.get("summary").get("failed").asInt()).isEqualTo(1);
        assertThat(json.get("summary").get("notLaunched").asInt()).isEqualTo(4);
        assertThat(json.get("targets")).hasSize(30);
        assertThat(json.get("targets").get(7).get("tenant").asText()).isEqualTo(HOSTILE);
        assertThat(json.get("atMigration").get(0).get("migration").asText()).isEqualTo("001_a");
        assertThat(Files.readString(dir.resolve("fleet.json"))).doesNotContain("secret-pw");

        Path page = dir.resolve("fleet.html");
        String html = Files.readString(page);
        assertThat(html).doesNotContain("secret-pw").doesNotContain("<img");
        // what the test observes, left in the DOM by a script that runs after the page's own
        Files.writeString(page, html.replace("</body>", """
                <script>
                var t = document.getElementById('targets'), rows = function () { return Array.prototype.slice.call(t.tBodies[0].rows); };
                var ms = t.tHead.rows[0].cells[7];
                ms.click(); ms.click();
                var slowest = rows()[0].cells[0].textContent;
                var f = document.getElementById('filter'); f.value = 'already exists'; f.dispatchEvent(new Event('input'));
                var shown = rows().filter(function (r) { return r.style.display !== 'none'; }).map(function (r) { return r.cells[0].textContent; });
                var out = document.createElement('pre'); out.id = 'observed';
                out.textContent = 'slowest=' + slowest + ' shown=' + shown.join(',') + ' count=' + document.getElementById('shown').textContent
                    + ' title=' + document.title + ' bars=' + document.getElementById('bars').rows.length;
                document.body.appendChild(out);
                </script>
                </body>"""));
        String dom = new Chromium(dir.resolve("profile")).dumpDom(page);
        assertThat(dom).contains("30 targets: 25 done, 1 failed, 4 not launched, 1 drifting")
                .contains("Stopped launching targets").contains("drift (4 changes)");
        String observed = dom.substring(dom.indexOf("<pre id=\"observed\">"));
        assertThat(observed).contains("slowest=db1:5432/app#tenant_03").contains("shown=db1:5432/app#tenant_03 ")
                .contains("count=1 of 30 shown").contains("title=dibs fleet").contains("bars=4");
        assertThat(dom).doesNotContain("<img").contains("t_&lt;img src=x");
    }
}
