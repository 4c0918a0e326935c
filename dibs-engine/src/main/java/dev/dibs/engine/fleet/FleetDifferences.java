package dev.dibs.engine.fleet;

import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.ChangeDescriber;
import dev.dibs.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a drifting target differs in ({@link #of}, kept in its result for fleet.json and fleet.html), and
 * what the drifting targets differ in together ({@link #grouped}, for {@code dibs:diff}'s failure over a
 * fleet): targets that differ the same way (hundreds of tenants one migration behind, their own schema
 * read as {@code <tenant>}) are one group, each with its first lines. {@link #grouped} escapes every name
 * and line ({@link Printable#escape}): a target or a table may be named by anyone.
 */
public final class FleetDifferences {

    /** The groups said, largest first; the rest is in fleet.json and fleet.html. */
    private static final int GROUPS = 5;

    /** The lines said per group. */
    private static final int LINES = 10;

    private FleetDifferences() {
    }

    /** {@code line} with the tenant schema's name, as a name's first part ({@code tenant_b.accounts}, {@code "Tenant B".x}), as {@code <tenant>}. */
    static String withTenant(String line, String tenant) {
        String quoted = Identifiers.quote(tenant);
        java.util.regex.Pattern name = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}_$\".])" + java.util.regex.Pattern.quote(quoted) + "\\.");
        return name.matcher(line).replaceAll("<tenant>.");
    }

    /** What {@code report} finds different, a line each as dibs:diff prints it, at most {@link TargetOutcome.Result#MOST_DIFFERENCES}. */
    static List<String> of(DriftReport report) {
        List<String> all = new ArrayList<>();
        for (var change : report.plan().changes()) {
            if (all.size() == TargetOutcome.Result.MOST_DIFFERENCES) {
                break;
            }
            ChangeDescriber.Described d = ChangeDescriber.describe(change);
            all.add(d.marker() + " " + d.text());
        }
        report.unreproducible().stream().limit(Math.max(0, TargetOutcome.Result.MOST_DIFFERENCES - all.size()))
                .forEach(u -> all.add("! " + u));
        int total = report.plan().changes().size() + report.unreproducible().size();
        if (total > all.size()) {
            all.add("… and " + (total - all.size()) + " more (dibs:diff on this target alone lists them all)");
        }
        return all;
    }

    /** The groups as lines to follow a summary (each starting with a line break); empty when no target lists differences. */
    public static String grouped(List<TargetOutcome> drifting) {
        Map<List<String>, List<String>> targetsByDifferences = new LinkedHashMap<>();
        for (TargetOutcome o : drifting) {
            if (o.result() != null && !o.result().differences().isEmpty()) {
                // a tenant's lines name its own schema: read with it as <tenant>, tenants one migration behind are one group
                List<String> key = o.target().tenant() == null ? o.result().differences()
                        : o.result().differences().stream().map(line -> withTenant(line, o.target().tenant())).toList();
                targetsByDifferences.computeIfAbsent(key, k -> new ArrayList<>()).add(o.target().name());
            }
        }
        List<Map.Entry<List<String>, List<String>>> groups = new ArrayList<>(targetsByDifferences.entrySet());
        groups.sort((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()));
        StringBuilder out = new StringBuilder();
        for (Map.Entry<List<String>, List<String>> g : groups.subList(0, Math.min(GROUPS, groups.size()))) {
            List<String> targets = g.getValue();
            out.append("\n").append(targets.size() == 1 ? Printable.escape(targets.get(0)) + " differs:"
                    : targets.size() + " targets (" + String.join(", ", targets.subList(0, Math.min(5, targets.size())).stream()
                            .map(Printable::escape).toList())
                            + (targets.size() > 5 ? ", …" : "") + ") differ the same way:");
            List<String> lines = g.getKey();
            lines.subList(0, Math.min(LINES, lines.size())).forEach(line -> out.append("\n    ").append(Printable.escape(line)));
            if (lines.size() > LINES) {
                out.append("\n    … (").append(lines.size() - LINES).append(" more lines in target/dibs/fleet.json)");
            }
        }
        if (groups.size() > GROUPS) {
            out.append("\n").append(groups.size() - GROUPS).append(" more ways of differing: see target/dibs/fleet.html");
        }
        return out.toString();
    }
}
