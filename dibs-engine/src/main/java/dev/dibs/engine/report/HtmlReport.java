package dev.dibs.engine.report;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code target/dibs/report.html}: one self-contained page (no network) with an entity-relationship
 * diagram of the desired schema as inline SVG — added, changed and dropped tables and columns
 * marked — and the plan with each statement's hazards. People look at a diagram before they read
 * a diff.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(DriftReport report, String title) {
        StringBuilder html = new StringBuilder(16_384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style></head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"db\">").append(esc(report.database())).append("</p>\n")
                .append("<p class=\"summary\">").append(report.hasDrift()
                        ? report.plan().changes().size() + " changes, " + report.plan().statements().size() + " statements"
                                + (report.applicable() ? "" : "; " + report.unreproducible().size() + " differences beyond the plan")
                        : "No differences: nothing to do.").append("</p>\n");
        html.append("<h2>Schema</h2>\n<div class=\"legend\"><span class=\"added\">added</span> <span class=\"changed\">changed</span>"
                + " <span class=\"dropped\">dropped</span> <span>unchanged</span></div>\n");
        html.append(ErDiagram.svg(report.desired(), report.plan().changes()));
        html.append("<h2>Plan</h2>\n");
        if (report.plan().isEmpty()) {
            html.append("<p>The database matches.</p>\n");
        } else {
            html.append("<table class=\"plan\"><thead><tr><th>#</th><th>statement</th><th>hazards</th></tr></thead><tbody>\n");
            int n = 0;
            for (Statement s : report.plan().statements()) {
                html.append("<tr><td>").append(++n).append("</td><td><pre>").append(esc(s.sql())).append("</pre><div class=\"change\">")
                        .append(esc(ChangeDescriber.describe(s.change()).text())).append("</div></td><td>");
                Hazard.sorted(s.hazards()).forEach(h -> html.append("<span class=\"hazard ").append(h.name().toLowerCase())
                        .append("\" title=\"").append(esc(h.explanation())).append("\">").append(h.name()).append("</span> "));
                html.append("</td></tr>\n");
            }
            html.append("</tbody></table>\n");
        }
        list(html, "Beyond the plan (drift dibs cannot make right; the plan is not applied)", report.unreproducible());
        list(html, "Rename suggestions", report.plan().suggestions().stream().map(Object::toString).toList());
        notes(html, report);
        list(html, "Warnings", report.warnings());
        return html.append("</body></html>\n").toString();
    }

    private static void list(StringBuilder html, String title, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        html.append("<h2>").append(esc(title)).append("</h2>\n<ul>\n");
        items.forEach(i -> html.append("<li>").append(esc(i)).append("</li>\n"));
        html.append("</ul>\n");
    }

    /** The notes, those whose definitions differ first and marked, those identical on both sides greyed as unchanged. */
    private static void notes(StringBuilder html, DriftReport report) {
        if (report.notManaged().isEmpty()) {
            return;
        }
        html.append("<h2>Not managed by dibs (not drift)</h2>\n<ul class=\"notes\">\n");
        List<NotManaged> ordered = new ArrayList<>(report.differingNotes());
        report.notManaged().stream().filter(n -> n.side() != NotManaged.Side.DIFFERENT).forEach(ordered::add);
        for (NotManaged n : ordered) {
            html.append("<li class=\"note ").append(n.side().name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                    .append(esc(report.describe(n))).append("</li>\n");
        }
        html.append("</ul>\n");
    }

    static String esc(String text) {
        return text == null ? "" : StringEscapeUtils.escapeXml10(text);
    }

    /** Whether a change marks a table (for the diagram). */
    static boolean touches(SchemaChange change, String table) {
        String t = ChangeDescriber.describe(change).table();
        return table.equals(t);
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
            .db { color: #666; font-family: monospace; } .summary { font-weight: 600; }
            .legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #999; border-radius: 3px; }
            .legend .added { background: #e8f5e9; border-color: #2e7d32; } .legend .changed { background: #fff3e0; border-color: #ef6c00; }
            .legend .dropped { background: #ffebee; border-color: #c62828; }
            table.plan { border-collapse: collapse; width: 100%; } table.plan td, table.plan th { border-bottom: 1px solid #ddd; padding: 4px 8px; vertical-align: top; text-align: left; }
            pre { margin: 0; white-space: pre-wrap; } .change { color: #666; font-size: 0.85em; }
            .hazard { display: inline-block; font-size: 0.75em; padding: 1px 5px; border-radius: 3px; background: #eee; margin: 1px; }
            .hazard.deletes_data { background: #c62828; color: white; } .hazard.rewrites_table { background: #ef6c00; color: white; }
            .hazard.acquires_access_exclusive_lock { background: #fbc02d; } .hazard.validates_existing_rows { background: #90caf9; }
            .hazard.index_build { background: #ce93d8; }
            li.note.different { font-weight: 600; color: #b35900; } li.note.identical { color: #888; }
            svg text { font-family: monospace; font-size: 12px; }
            """;
}
