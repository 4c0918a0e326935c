package dev.dibs.engine.fleet;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.dibs.engine.report.HtmlReport;
import dev.dibs.engine.report.ReportWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The fleet report under {@code target/dibs/}: {@code fleet.json} (shape versioned by
 * {@link #FORMAT}) and {@code fleet.html} — every target with its state, current migration,
 * pending count, drift, duration and error, sortable and filterable, and how many targets stand at
 * each migration. Everything a database or a user wrote (names, errors) is escaped.
 */
public final class FleetReport {

    /** The files {@link #write} makes. */
    public static final List<String> FILES = List.of("fleet.json", "fleet.html");

    /** Version of fleet.json's shape. 1: the first (a field only added since, such as {@code notCompared}, keeps it). */
    public static final int FORMAT = 1;

    private static final JsonFactory FACTORY = new JsonFactory();

    private FleetReport() {
    }

    public static void write(Path directory, FleetResult result) {
        ReportWriter.atomically(directory.resolve("fleet.json"), json(result));
        ReportWriter.atomically(directory.resolve("fleet.html"), html(result));
    }

    public static String json(FleetResult result) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            g.useDefaultPrettyPrinter();
            g.writeStartObject();
            g.writeNumberField("format", FORMAT);
            g.writeStringField("goal", result.goal());
            g.writeNumberField("tookMillis", result.took().toMillis());
            g.writeStringField("stopped", result.stopped());
            g.writeObjectFieldStart("summary");
            g.writeNumberField("targets", result.outcomes().size());
            g.writeNumberField("done", result.outcomes().size() - result.failed().size() - result.notLaunched().size());
            g.writeNumberField("failed", result.failed().size());
            g.writeNumberField("notLaunched", result.notLaunched().size());
            g.writeNumberField("drifting", result.drifting().size());
            g.writeNumberField("notCompared", result.notCompared().size());
            g.writeEndObject();
            g.writeArrayFieldStart("atMigration");
            for (Map.Entry<String, Integer> e : result.atMigration().entrySet()) {
                g.writeStartObject();
                g.writeStringField("migration", e.getKey());
                g.writeNumberField("targets", e.getValue());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("targets");
            for (TargetOutcome o : result.outcomes()) {
                g.writeStartObject();
                g.writeStringField("name", o.target().name());
                g.writeStringField("server", o.target().server());
                g.writeStringField("database", o.target().database().database());
                g.writeStringField("tenant", o.target().tenant());
                g.writeStringField("source", o.target().source());
                g.writeStringField("state", o.state().label());
                TargetOutcome.Result r = o.result();
                if (r != null) {
                    g.writeStringField("current", r.current());
                    g.writeNumberField("applied", r.applied());
                    g.writeNumberField("pending", r.pending());
                    g.writeNumberField("ran", r.ran());
                    if (r.drift() != null) {
                        g.writeBooleanField("drift", r.drift());
                        g.writeNumberField("changes", r.changes());
                    }
                    if (r.notCompared() != null) {
                        g.writeStringField("notCompared", r.notCompared());
                    }
                    if (!r.notes().isEmpty()) {
                        g.writeStringField("notes", r.notes());
                    }
                    if (!r.differences().isEmpty()) {
                        g.writeArrayFieldStart("differences");
                        for (String d : r.differences()) {
                            g.writeString(d);
                        }
                        g.writeEndArray();
                    }
                }
                g.writeNumberField("tookMillis", o.took().toMillis());
                g.writeStringField("error", o.error());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.append('\n').toString();
    }

    public static String html(FleetResult result) {
        int total = result.outcomes().size();
        StringBuilder h = new StringBuilder(8192 + total * 400);
        h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>dibs fleet</title>\n<style>\n")
                .append(STYLE).append("</style></head>\n<body>\n<h1>dibs fleet: ").append(esc(result.goal())).append("</h1>\n")
                .append("<p class=\"summary\" id=\"summary\">").append(total).append(" targets: ")
                .append(total - result.failed().size() - result.notLaunched().size()).append(" done, ")
                .append(result.failed().size()).append(" failed, ").append(result.notLaunched().size()).append(" not launched");
        if (result.outcomes().stream().anyMatch(o -> o.result() != null && o.result().drift() != null)) {
            h.append(", ").append(result.drifting().size()).append(" drifting");
        }
        h.append(" — in ").append(result.took().toMillis()).append(" ms</p>\n");
        if (result.stopped() != null) {
            h.append("<p class=\"stopped\">Stopped launching targets: ").append(esc(result.stopped())).append("</p>\n");
        }
        h.append("<h2>Targets at each migration</h2>\n<table class=\"bars\" id=\"bars\">\n");
        int most = result.atMigration().values().stream().mapToInt(Integer::intValue).max().orElse(1);
        for (Map.Entry<String, Integer> e : result.atMigration().entrySet()) {
            h.append("<tr><th>").append(esc(e.getKey())).append("</th><td><span class=\"bar\" style=\"width:")
                    .append(Math.max(1, e.getValue() * 100 / most)).append("%\"></span></td><td class=\"n\">")
                    .append(e.getValue()).append("</td></tr>\n");
        }
        h.append("</table>\n<h2>Targets</h2>\n<p><label>Filter <input type=\"search\" id=\"filter\" autocomplete=\"off\""
                + " placeholder=\"name, state, migration or error\"></label> <span id=\"shown\"></span></p>\n")
                .append("<table class=\"targets\" id=\"targets\"><thead><tr>");
        String[][] columns = {{"target", "t"}, {"state", "t"}, {"current migration", "t"}, {"applied", "n"}, {"pending", "n"},
                {"ran", "n"}, {"drift", "t"}, {"ms", "n"}, {"error / notes", "t"}};
        for (int i = 0; i < columns.length; i++) {
            h.append("<th data-col=\"").append(i).append("\" data-kind=\"").append(columns[i][1]).append("\">")
                    .append(columns[i][0]).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (TargetOutcome o : result.outcomes()) {
            TargetOutcome.Result r = o.result();
            String state = o.state().label();
            h.append("<tr class=\"").append(state.replace(' ', '-')).append("\"><td>").append(esc(o.target().name()))
                    .append("</td><td>").append(state).append("</td><td>")
                    .append(r == null ? "?" : esc(r.current() == null ? FleetResult.NONE : r.current())).append("</td>")
                    .append(number(r == null ? -1 : r.applied())).append(number(r == null ? -1 : r.pending()))
                    .append(number(r == null ? -1 : r.ran())).append("<td>")
                    .append(r == null || r.drift() == null ? "" : r.drift() ? drift(r) : "none")
                    .append("</td>").append(number(o.took().toMillis())).append("<td class=\"err\">")
                    .append(esc(o.error() != null ? o.error() : r == null ? "" : r.notes())).append("</td></tr>\n");
        }
        return h.append("</tbody></table>\n<script>\n").append(SCRIPT).append("</script>\n</body></html>\n").toString();
    }

    /** A drifting target's cell: the count, and what differs folded under it. */
    private static String drift(TargetOutcome.Result r) {
        if (r.differences().isEmpty()) {
            return "drift (" + r.changes() + " changes)";
        }
        StringBuilder d = new StringBuilder("<details><summary>drift (" + r.changes() + " changes)</summary><ul class=\"diffs\">");
        r.differences().forEach(line -> d.append("<li>").append(esc(line)).append("</li>"));
        return d.append("</ul></details>").toString();
    }

    private static String number(long n) {
        return n < 0 ? "<td class=\"n\" data-n=\"-1\">?</td>" : "<td class=\"n\" data-n=\"" + n + "\">" + n + "</td>";
    }

    private static String esc(String text) {
        return HtmlReport.esc(text);
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
            .summary { font-weight: 600; } .stopped { color: #a40000; }
            table { border-collapse: collapse; } td, th { padding: .2em .6em; text-align: left; vertical-align: top; }
            .targets th { cursor: pointer; background: #eee; user-select: none; } .targets th.sorted::after { content: " ▾"; }
            .targets th.sorted.desc::after { content: " ▴"; } .targets tr:nth-child(even) { background: #fafafa; }
            .n { text-align: right; font-variant-numeric: tabular-nums; }
            .bars th { font-family: monospace; font-weight: normal; } .bars td:nth-child(2) { width: 30em; }
            .bar { display: inline-block; height: .9em; background: #3b7dd8; }
            tr.failed td:nth-child(2) { color: #a40000; font-weight: 600; } tr.not-launched td:nth-child(2) { color: #888; }
            .err { font-family: monospace; white-space: pre-wrap; max-width: 50em; font-size: .85em; }
            """;

    /** Sorting by a header (numbers as numbers), and a filter over every cell's text. */
    private static final String SCRIPT = """
            (function () {
              var table = document.getElementById('targets'), body = table.tBodies[0];
              var rows = Array.prototype.slice.call(body.rows), shown = document.getElementById('shown');
              function key(row, col, kind) {
                var cell = row.cells[col];
                return kind === 'n' ? parseFloat(cell.getAttribute('data-n')) : cell.textContent.toLowerCase();
              }
              Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th) {
                th.addEventListener('click', function () {
                  var col = +th.getAttribute('data-col'), kind = th.getAttribute('data-kind');
                  var desc = th.classList.contains('sorted') && !th.classList.contains('desc');
                  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (o) { o.classList.remove('sorted', 'desc'); });
                  th.classList.add('sorted'); if (desc) { th.classList.add('desc'); }
                  rows.sort(function (a, b) {
                    var x = key(a, col, kind), y = key(b, col, kind), c = x < y ? -1 : x > y ? 1 : 0;
                    return desc ? -c : c;
                  });
                  rows.forEach(function (r) { body.appendChild(r); });
                });
              });
              var filter = document.getElementById('filter');
              function apply() {
                var q = filter.value.toLowerCase(), n = 0;
                rows.forEach(function (r) {
                  var hit = !q || r.textContent.toLowerCase().indexOf(q) >= 0;
                  r.style.display = hit ? '' : 'none'; if (hit) { n++; }
                });
                shown.textContent = n + ' of ' + rows.length + ' shown';
              }
              filter.addEventListener('input', apply); apply();
            })();
            """;
}
