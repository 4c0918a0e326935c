package dev.dibs.bench;

import java.util.ArrayList;
import java.util.List;

/** The result table, printed as Markdown so that it pastes into the site's performance page. */
final class Report {

    record Row(String measure, String size, String dibs, String peer, String ratio, String target, String verdict) {
    }

    private static final String MISSED = "**missed**";

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String size, String dibs, String peer, String ratio, String target, Boolean met) {
        rows.add(new Row(measure, size, dibs, peer, ratio, target, met == null ? "" : met ? "met" : MISSED));
        System.err.printf("  %s %s: dibs %s | %s | %s%n", measure, size, dibs, peer, ratio);
    }

    /** The rows whose target was missed. */
    List<Row> missed() {
        return rows.stream().filter(r -> r.verdict().equals(MISSED)).toList();
    }

    /** How many rows have a target. */
    long targets() {
        return rows.stream().filter(r -> !r.verdict().isEmpty()).count();
    }

    /** One line per missed target, starting with {@code FAIL}, then one line saying how many were met. */
    String verdicts() {
        StringBuilder out = new StringBuilder();
        for (Row r : missed()) {
            out.append("FAIL: ").append(r.measure()).append(", ").append(r.size()).append(": ").append(r.ratio())
                    .append(" (").append(r.dibs()).append(" against ").append(r.peer()).append("), target ")
                    .append(r.target()).append('\n');
        }
        long missed = missed().size();
        out.append(missed == 0 ? "PASS: all " + targets() + " targets met" : "FAILED: " + missed + " of " + targets()
                + " targets missed").append('\n');
        return out.toString();
    }

    void note(String note) {
        notes.add(note);
        System.err.println("  note: " + note);
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("| measure | size | dibs (median) | peer (median) | ratio | target | verdict |\n");
        out.append("|---|---|---:|---|---:|---|---|\n");
        for (Row r : rows) {
            out.append("| ").append(String.join(" | ", r.measure(), r.size(), r.dibs(), r.peer(), r.ratio(), r.target(),
                    r.verdict())).append(" |\n");
        }
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    static String ms(double millis) {
        if (millis >= 10_000) {
            return String.format("%.1f s", millis / 1000);
        }
        if (millis >= 100) {
            return String.format("%.0f ms", millis);
        }
        return String.format("%.1f ms", millis);
    }

    /** A ratio to three significant digits (49.5×, not a rounded 50× beside a verdict of missing 50×). */
    static String times(double ratio) {
        return ratio >= 100 ? String.format("%.0f×", ratio) : ratio >= 10 ? String.format("%.1f×", ratio) : String.format("%.2f×", ratio);
    }
}
