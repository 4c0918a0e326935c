package dev.dibs.engine.report;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entity-relationship diagram as inline SVG: one box per table drawn, its columns, and a line per
 * foreign key between drawn tables; what the plan adds, changes or drops coloured. A schema of up to
 * {@link #DRAWN} tables is drawn whole; a larger one draws the tables the plan changes and their
 * neighbours (at most {@link #DRAWN}), and says how many it leaves out: a thousand boxes are a wall,
 * not a picture.
 */
final class ErDiagram {

    /** The most boxes a diagram draws. */
    static final int DRAWN = 50;

    private static final int WIDTH = 280;
    private static final int ROW = 18;
    private static final int HEADER = 26;
    private static final int GAP_X = 70;
    private static final int GAP_Y = 50;

    private record Box(ReportTables.Shown shown, int x, int y, int height) {
        Table table() {
            return shown.table();
        }

        String state() {
            return shown.state().equals(ReportTables.NEIGHBOUR) ? ReportTables.SAME : shown.state();
        }
    }

    private ErDiagram() {
    }

    /** The tables drawn: all when they fit, else the changed ones and their neighbours (the first tables when none changed). */
    static List<ReportTables.Shown> drawn(ReportTables view) {
        List<ReportTables.Shown> all = new ArrayList<>(view.focus());
        all.addAll(view.unchanged());
        if (all.size() <= DRAWN) {
            return all;
        }
        List<ReportTables.Shown> some = view.focus().isEmpty() ? view.unchanged() : view.focus();
        return some.subList(0, Math.min(DRAWN, some.size()));
    }

    static String svg(ReportTables view) {
        List<ReportTables.Shown> tables = drawn(view);
        int perRow = Math.max(1, (int) Math.ceil(Math.sqrt(tables.size())));
        Map<QualifiedName, Box> boxes = new LinkedHashMap<>();
        int y = 10;
        for (int start = 0; start < tables.size(); start += perRow) {
            int rowHeight = 0;
            for (int i = start; i < Math.min(start + perRow, tables.size()); i++) {
                ReportTables.Shown t = tables.get(i);
                int rows = t.table().columns().size() + view.dropped(t).size();
                int height = HEADER + rows * ROW + 8;
                boxes.putIfAbsent(t.table().name(), new Box(t, 10 + (i - start) * (WIDTH + GAP_X), y, height));
                rowHeight = Math.max(rowHeight, height);
            }
            y += rowHeight + GAP_Y;
        }
        int width = 20 + Math.min(perRow, Math.max(tables.size(), 1)) * (WIDTH + GAP_X);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"er\" width=\"").append(width).append("\" height=\"").append(y)
                .append("\" viewBox=\"0 0 ").append(width).append(' ').append(y).append("\">\n")
                .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"8\" markerHeight=\"8\""
                        + " orient=\"auto-start-reverse\"><path d=\"M 0 0 L 10 5 L 0 10 z\" fill=\"#555\"/></marker></defs>\n");
        for (Box box : boxes.values()) {
            for (ForeignKey fk : box.table().foreignKeys()) {
                Box target = boxes.get(fk.referencedTable());
                if (target != null) {
                    edge(svg, box, target, fk.name());
                }
            }
        }
        for (Box box : boxes.values()) {
            table(svg, box, view);
        }
        svg.append("</svg>\n");
        int left = view.size() - tables.size();
        if (left > 0) {
            long changed = view.focus().stream().filter(ReportTables.Shown::changed).count()
                    - tables.stream().filter(ReportTables.Shown::changed).count();
            svg.append("<p class=\"left-out\">The diagram draws ").append(tables.size()).append(" of ").append(view.size())
                    .append(" tables").append(view.focus().isEmpty() ? "" : ": those the plan changes and those a foreign key links to them")
                    .append(". Not drawn: ").append(left).append(" (").append(changed).append(" changed, ").append(left - changed)
                    .append(" unchanged), nor their foreign keys; every table is listed under Tables.</p>\n");
        }
        return svg.toString();
    }

    private static void edge(StringBuilder svg, Box from, Box to, String name) {
        if (from == to) {
            int x = from.x() + WIDTH;
            int y = from.y() + HEADER / 2;
            svg.append("<path class=\"fk\" d=\"M ").append(x).append(' ').append(y).append(" c 40 0 40 30 0 30\" fill=\"none\" stroke=\"#555\""
                    + " marker-end=\"url(#arrow)\"><title>").append(HtmlReport.esc(name)).append("</title></path>\n");
            return;
        }
        int x1 = from.x() + (to.x() >= from.x() ? WIDTH : 0);
        int x2 = to.x() + (to.x() >= from.x() ? 0 : WIDTH);
        if (to.x() == from.x()) {
            x1 = from.x() + WIDTH / 2;
            x2 = to.x() + WIDTH / 2;
        }
        int y1 = from.y() + (to.x() == from.x() ? (to.y() > from.y() ? from.height() : 0) : HEADER / 2);
        int y2 = to.y() + (to.x() == from.x() ? (to.y() > from.y() ? 0 : to.height()) : HEADER / 2);
        svg.append("<line class=\"fk\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
                .append("\" y2=\"").append(y2).append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"><title>")
                .append(HtmlReport.esc(name)).append("</title></line>\n");
    }

    private static void table(StringBuilder svg, Box box, ReportTables view) {
        String[] colours = switch (box.state()) {
            case "added" -> new String[] {"#2e7d32", "#e8f5e9"};
            case "dropped" -> new String[] {"#c62828", "#ffebee"};
            case "changed" -> new String[] {"#ef6c00", "#fff3e0"};
            default -> new String[] {"#777", "#fafafa"};
        };
        Table t = box.table();
        svg.append("<g class=\"table ").append(box.state()).append("\" data-name=\"").append(HtmlReport.esc(t.name().toString()))
                .append("\" data-table=\"").append(HtmlReport.esc(t.name().toString())).append("\">\n")
                .append("<rect x=\"").append(box.x()).append("\" y=\"").append(box.y()).append("\" width=\"").append(WIDTH)
                .append("\" height=\"").append(box.height()).append("\" rx=\"4\" fill=\"").append(colours[1]).append("\" stroke=\"")
                .append(colours[0]).append("\" stroke-width=\"2\"/>\n")
                .append("<text x=\"").append(box.x() + 8).append("\" y=\"").append(box.y() + 17).append("\" font-weight=\"bold\" fill=\"")
                .append(colours[0]).append("\">").append(HtmlReport.esc(t.name().toString())).append("</text>\n");
        int y = box.y() + HEADER + 13;
        for (Column c : t.columns()) {
            row(svg, box.x(), y, c, view.columnMark(box.shown(), c), t.primaryKey() != null && t.primaryKey().columns().contains(c.name()));
            y += ROW;
        }
        for (Column c : view.dropped(box.shown())) {
            row(svg, box.x(), y, c, "dropped", false);
            y += ROW;
        }
        svg.append("</g>\n");
    }

    private static void row(StringBuilder svg, int x, int y, Column c, String mark, boolean key) {
        String colour = switch (mark) {
            case "added" -> "#2e7d32";
            case "changed" -> "#ef6c00";
            case "dropped" -> "#c62828";
            default -> "#222";
        };
        String prefix = switch (mark) {
            case "added" -> "+ ";
            case "changed" -> "~ ";
            case "dropped" -> "- ";
            default -> "  ";
        };
        svg.append("<text class=\"column ").append(mark).append("\" x=\"").append(x + 8).append("\" y=\"").append(y).append("\" fill=\"")
                .append(colour).append('"').append(mark.equals("dropped") ? " text-decoration=\"line-through\"" : "")
                .append(key ? " font-weight=\"bold\"" : "").append('>')
                .append(HtmlReport.esc(prefix + c.name() + " " + c.type().sql() + (c.nullable() ? "" : " not null") + (key ? "  PK" : "")))
                .append("</text>\n");
    }
}
