package dev.dibs.engine.report;

import static dev.dibs.engine.report.HtmlReport.esc;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Table;
import java.util.List;

/**
 * The "Tables" section of report.html: one {@code <details>} per table, named in {@code data-name}
 * for the filter. Changed tables and their neighbours come first and open ({@code data-open} keeps
 * that for when the filter is emptied); the unchanged rest follows folded, so a page of a thousand
 * tables opens on what changed.
 */
final class TableList {

    private TableList() {
    }

    static void append(StringBuilder html, ReportTables tables) {
        if (tables.size() == 0) {
            return;
        }
        long changed = tables.focus().stream().filter(ReportTables.Shown::changed).count();
        html.append("<h2>Tables</h2>\n<p class=\"counts\">").append(changed).append(" changed, ")
                .append(tables.focus().size() - changed).append(" linked to a changed one by a foreign key, ")
                .append(tables.unchanged().size()).append(" unchanged (folded).</p>\n<div class=\"tables\">\n");
        tables.focus().forEach(t -> table(html, tables, t, true));
        tables.unchanged().forEach(t -> table(html, tables, t, false));
        html.append("</div>\n");
    }

    private static void table(StringBuilder html, ReportTables tables, ReportTables.Shown shown, boolean open) {
        Table t = shown.table();
        String name = esc(t.name().toString());
        html.append("<details class=\"tbl ").append(shown.state()).append("\" data-name=\"").append(name).append('"')
                .append(open ? " open data-open" : "").append("><summary>").append(name).append(" <span class=\"state\">")
                .append(words(shown)).append("</span></summary>\n");
        if (!shown.changes().isEmpty()) {
            html.append("<ul class=\"changes\">");
            for (SchemaChange c : shown.changes()) {
                ChangeDescriber.Described d = ChangeDescriber.describe(c);
                html.append("<li>").append(d.marker()).append(' ').append(esc(d.text())).append("</li>");
            }
            html.append("</ul>\n");
        }
        // the columns on one line, only marked ones in elements of their own: a page of a thousand
        // tables stays a few thousand elements, not tens of thousands
        html.append("<p class=\"cols\">");
        List<String> key = t.primaryKey() == null ? List.of() : t.primaryKey().columns();
        String separator = "";
        for (Column c : t.columns()) {
            html.append(separator);
            column(html, c, tables.columnMark(shown, c), key.contains(c.name()));
            separator = ", ";
        }
        for (Column c : tables.dropped(shown)) {
            html.append(separator);
            column(html, c, ReportTables.DROPPED, false);
            separator = ", ";
        }
        html.append("</p></details>\n");
    }

    private static String words(ReportTables.Shown shown) {
        return switch (shown.state()) {
            case ReportTables.NEIGHBOUR -> "linked to a changed table";
            case ReportTables.SAME -> "unchanged";
            default -> shown.state() + (shown.changes().size() > 1 ? ", " + shown.changes().size() + " changes" : "");
        };
    }

    private static void column(StringBuilder html, Column c, String mark, boolean key) {
        String text = esc(c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null") + (key ? " PK" : ""));
        if (mark.equals(ReportTables.SAME)) {
            html.append(text);
        } else {
            html.append("<span class=\"col ").append(mark).append("\">").append(text).append("</span>");
        }
    }
}
