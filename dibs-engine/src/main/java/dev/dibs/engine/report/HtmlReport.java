package dev.dibs.engine.report;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.text.StringEscapeUtils;

/**
 * {@code target/dibs/report.html}: one self-contained page (no network, no external resource) with
 * an entity-relationship diagram as inline SVG — added, changed and dropped tables and columns
 * marked — the plan with each statement's hazards, and every table: those the plan changes and
 * their neighbours first and open, the unchanged rest folded. A filter box (a few lines of script in
 * the page) shows only the tables and statements whose name holds what is typed. People look at a
 * diagram before they read a diff, and at a thousand tables they look for what changed.
 */
public final class HtmlReport {

    /**
     * Each hazard's badge, its explanation as its title: made once, not escaped again for each of a
     * large plan's statements (a sixth of the page's time in a fresh JVM at 1,000 tables).
     */
    private static final String[] BADGES = new String[Hazard.values().length];

    static {
        for (Hazard h : Hazard.values()) {
            BADGES[h.ordinal()] = "<span class=\"hazard " + h.name().toLowerCase(Locale.ROOT) + "\" title=\"" + esc(h.explanation())
                    + "\">" + h.name() + "</span> ";
        }
    }

    private HtmlReport() {
    }

    public static String render(DriftReport report, String title) {
        ReportTables tables = ReportTables.of(report.desired(), report.plan().changes());
        StringBuilder html = new StringBuilder(16_384 + report.plan().statements().size() * 400 + tables.size() * 800);
        html.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
                .append(esc(title)).append("</title>\n<style>\n").append(STYLE).append("</style></head>\n<body>\n")
                .append("<h1>").append(esc(title)).append("</h1>\n<p class=\"db\">").append(esc(report.database())).append("</p>\n")
                .append("<p class=\"summary\">").append(report.hasDrift()
                        ? report.plan().changes().size() + " changes, " + report.plan().statements().size() + " statements"
                                + (report.applicable() ? "" : "; " + report.unreproducible().size() + " differences beyond the plan")
                        : "No differences: nothing to do.").append("</p>\n")
                .append("<p class=\"filter\"><label>Filter by name <input type=\"search\" id=\"filter\" autocomplete=\"off\""
                        + " placeholder=\"table, or part of its name\"></label> <span id=\"matches\"></span></p>\n");
        html.append("<h2>Schema</h2>\n<div class=\"legend\"><span class=\"added\">added</span> <span class=\"changed\">changed</span>"
                + " <span class=\"dropped\">dropped</span> <span>unchanged</span></div>\n");
        html.append(ErDiagram.svg(tables));
        html.append("<h2>Plan</h2>\n");
        if (report.plan().isEmpty()) {
            html.append("<p>The database matches.</p>\n");
        } else {
            // one block per statement, not a table row: the browser lays out only the blocks on screen
            // (content-visibility), where a table of thousands of rows is laid out whole
            html.append("<div class=\"plan\">\n");
            int n = 0;
            for (Statement s : report.plan().statements()) {
                ChangeDescriber.Described d = ChangeDescriber.describe(s.change());
                html.append("<div class=\"stmt\" data-name=\"").append(esc(d.table() == null ? s.change().subject() : d.table()))
                        .append("\"><span class=\"n\">").append(++n).append("</span><pre>").append(esc(s.sql()))
                        .append("</pre><div class=\"change\">").append(esc(d.text())).append("</div><div class=\"hazards\">");
                for (Hazard h : Hazard.sorted(s.hazards())) {
                    html.append(BADGES[h.ordinal()]);
                }
                html.append("</div></div>\n");
            }
            html.append("</div>\n");
        }
        TableList.append(html, tables);
        list(html, "Beyond the plan (drift dibs cannot make right; the plan is not applied)", report.unreproducible());
        list(html, "Rename suggestions", report.plan().suggestions().stream().map(Object::toString).toList());
        notes(html, report);
        list(html, "Warnings", report.warnings());
        return html.append("<script>\n").append(FILTER).append("</script>\n</body></html>\n").toString();
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

    /**
     * Text as HTML shows it and no more: markup characters escaped, characters XML 1.0 forbids left
     * out (as Commons Text's {@code escapeXml10} does). Most names are plain: they are escaped by
     * hand, which at a thousand tables is most of the page's time saved; anything else goes to
     * Commons Text.
     */
    public static String esc(String text) {
        if (text == null) {
            return "";
        }
        int specials = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') {
                specials++;
            } else if (c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c >= 0x7f && c < 0xa0 || c >= 0xd800) {
                return StringEscapeUtils.escapeXml10(text);
            }
        }
        if (specials == 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length() + specials * 5);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }
            h1 { font-size: 1.4em; } h2 { font-size: 1.15em; margin-top: 1.6em; }
            .db { color: #666; font-family: monospace; } .summary { font-weight: 600; }
            .legend span { display: inline-block; padding: 2px 8px; margin-right: 6px; border: 1px solid #999; border-radius: 3px; }
            .legend .added { background: #e8f5e9; border-color: #2e7d32; } .legend .changed { background: #fff3e0; border-color: #ef6c00; }
            .legend .dropped { background: #ffebee; border-color: #c62828; }
            div.stmt { position: relative; border-bottom: 1px solid #ddd; padding: 4px 8px 4px 3.5em; }
            div.stmt .n { position: absolute; left: 8px; color: #666; }
            div.stmt { content-visibility: auto; contain-intrinsic-size: auto 3.5em; }
            pre { margin: 0; white-space: pre-wrap; } .change { color: #666; font-size: 0.85em; }
            .hazard { display: inline-block; font-size: 0.75em; padding: 1px 5px; border-radius: 3px; background: #eee; margin: 1px; }
            .hazard.deletes_data { background: #c62828; color: white; } .hazard.rewrites_table { background: #ef6c00; color: white; }
            .hazard.acquires_access_exclusive_lock { background: #fbc02d; } .hazard.validates_existing_rows { background: #90caf9; }
            .hazard.index_build { background: #ce93d8; }
            li.note.different { font-weight: 600; color: #b35900; } li.note.identical { color: #888; }
            svg text { font-family: monospace; font-size: 12px; }
            .left-out { color: #666; font-size: 0.9em; } .filter input { font-size: 1em; width: 22em; }
            details.tbl { margin: 2px 0; } details.tbl > summary { cursor: pointer; font-family: monospace; }
            details.tbl .state { font-family: system-ui, sans-serif; font-size: 0.8em; padding: 0 5px; border-radius: 3px; background: #eee; }
            details.added .state { background: #e8f5e9; } details.changed .state { background: #fff3e0; } details.dropped .state { background: #ffebee; }
            details.tbl ul, details.tbl p { margin: 2px 0 6px 1.5em; font-family: monospace; font-size: 0.9em; }
            .col.added { color: #2e7d32; } .col.changed { color: #ef6c00; } .col.dropped { color: #c62828; text-decoration: line-through; }
            details.tbl { content-visibility: auto; contain-intrinsic-size: auto 1.4em; }
            """;

    /**
     * The filter: shows the tables, statements and boxes whose name holds the text typed (any case),
     * opens the tables it shows, and restores the folding when emptied. It reads names from
     * attributes and writes no markup, so a hostile name stays text.
     */
    private static final String FILTER = """
            (function () {
              var box = document.getElementById('filter');
              var matches = document.getElementById('matches');
              var named = Array.prototype.slice.call(document.querySelectorAll('[data-name]'));
              box.addEventListener('input', function () {
                var q = box.value.trim().toLowerCase();
                var tables = 0;
                named.forEach(function (el) {
                  var hit = q === '' || el.getAttribute('data-name').toLowerCase().indexOf(q) >= 0;
                  if (el instanceof SVGElement) {
                    el.style.opacity = hit ? '' : '0.15';
                    return;
                  }
                  el.hidden = !hit;
                  if (el.tagName === 'DETAILS') {
                    el.open = q === '' ? el.hasAttribute('data-open') : hit;
                    tables += hit ? 1 : 0;
                  }
                });
                matches.textContent = q === '' ? '' : tables + (tables === 1 ? ' table matches' : ' tables match');
              });
            })();
            """;
}
