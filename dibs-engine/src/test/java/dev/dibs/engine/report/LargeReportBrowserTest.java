package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.Planner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * report.html at a thousand tables, one of them changed, in headless Chromium: the changed table and
 * its neighbours come first and open, the rest is folded, the diagram draws only those three and
 * says what it leaves out, and typing a name in the filter shows that table and hides the others.
 * The page is the report itself with a probe script after its own: the probe types into the filter
 * and leaves what it saw in the DOM, which {@code --dump-dom} prints.
 */
class LargeReportBrowserTest {

    private static final String HOSTILE = "<img src=x onerror=\"document.title='owned'\">";

    private static final String PROBE = """
            <script>
            (function () {
              function names(selector, keep) {
                return Array.prototype.slice.call(document.querySelectorAll(selector)).filter(keep)
                    .map(function (e) { return e.getAttribute('data-name'); });
              }
              function shown(e) { return e.getClientRects().length > 0; }
              function type(text) {
                var box = document.getElementById('filter');
                box.value = text;
                box.dispatchEvent(new Event('input'));
              }
              var seen = {};
              seen.tables = names('details.tbl', function () { return true; }).length;
              seen.firstFour = names('details.tbl', function () { return true; }).slice(0, 4);
              seen.openAtLoad = names('details.tbl', function (e) { return e.open; });
              seen.boxes = names('svg g.table', function () { return true; });
              type('T00500');
              seen.shownFor500 = names('details.tbl', shown);
              seen.openFor500 = names('details.tbl', function (e) { return e.open; });
              seen.planRowsFor500 = names('div.stmt', shown).length;
              seen.matches = document.getElementById('matches').textContent;
              type('t00010');
              seen.planRowsFor10 = names('div.stmt', shown);
              type('<img');
              seen.shownForHostile = names('details.tbl', shown);
              type('');
              seen.shownAfterClearing = names('details.tbl', shown).length;
              seen.openAfterClearing = names('details.tbl', function (e) { return e.open; });
              seen.images = document.querySelectorAll('img').length;
              seen.title = document.title;
              var out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = JSON.stringify(seen);
              document.body.appendChild(out);
            })();
            </script>
            """;

    @TempDir
    Path dir;

    @Test
    void changedTablesComeFirstTheRestIsFoldedAndTheFilterFindsATable() throws Exception {
        Schema current = withHostileTable(LargeSchemas.schema(1000));
        Schema desired = withHostileTable(LargeSchemas.schema(1000,
                t -> t.name().name().equals("t00010") ? LargeSchemas.withColumn(t, "extra") : t));
        DriftReport report = new DriftReport("db", DriftReport.JAVA_SCHEMA, Planner.plan(current, desired, RenameHints.none()),
                desired, List.of(), List.of());
        String html = HtmlReport.render(report, "dibs report");
        Path page = dir.resolve("probe.html");
        Files.writeString(page, html.replace("</body>", PROBE + "</body>"));

        String dom = new Chromium(dir.resolve("profile")).dumpDom(page);
        int start = dom.indexOf("<pre id=\"probe\">");
        assertThat(start).as("the probe ran and left its result").isNotNegative();
        JsonNode seen = new ObjectMapper().readTree(StringEscapeUtils.unescapeXml(
                dom.substring(start + "<pre id=\"probe\">".length(), dom.indexOf("</pre>", start))));

        List<String> focus = List.of("public.t00010", "public.t00009", "public.t00011");
        assertThat(texts(seen.get("firstFour")).subList(0, 3)).containsExactlyElementsOf(focus);
        assertThat(seen.get("tables").asInt()).isEqualTo(1001);
        assertThat(texts(seen.get("openAtLoad"))).containsExactlyElementsOf(focus);
        assertThat(texts(seen.get("boxes"))).containsExactlyElementsOf(focus);
        assertThat(dom).contains("The diagram draws 3 of 1001 tables").contains("Not drawn: 998 (0 changed, 998 unchanged)");

        assertThat(texts(seen.get("shownFor500"))).containsExactly("public.t00500");
        assertThat(texts(seen.get("openFor500"))).containsExactly("public.t00500");
        assertThat(seen.get("planRowsFor500").asInt()).isZero();
        assertThat(seen.get("matches").asText()).isEqualTo("1 table matches");
        assertThat(texts(seen.get("planRowsFor10"))).isNotEmpty().allMatch(n -> n.equals("public.t00010"));
        assertThat(texts(seen.get("shownForHostile"))).containsExactly("public." + HOSTILE);
        assertThat(seen.get("shownAfterClearing").asInt()).isEqualTo(1001);
        assertThat(texts(seen.get("openAfterClearing"))).containsExactlyElementsOf(focus);
        assertThat(seen.get("images").asInt()).as("a table's name is text, never markup").isZero();
        assertThat(seen.get("title").asText()).isEqualTo("dibs report");
    }

    private static Schema withHostileTable(Schema schema) {
        List<Table> tables = new ArrayList<>(schema.tables());
        tables.add(LargeSchemas.table(HOSTILE, "t00000"));
        return new Schema(schema.namespaces(), tables, schema.enums());
    }

    private static List<String> texts(JsonNode array) {
        return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
