package dev.dibs.engine.realworld;

import dev.dibs.engine.realworld.DumpLoader.Dropped;
import dev.dibs.engine.realworld.DumpLoader.LoadReport;
import dev.dibs.engine.realworld.PairResult.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The history test's report, in Markdown (printed and written to {@code target/realworld-report.md}):
 * how each version loaded, the tally per project, one row per pair, the details of every pair
 * that did not simply converge, and how {@code dibs:import} fared on each version.
 */
final class HistoryReport {

    private final StringBuilder loads = new StringBuilder();
    private final List<PairResult> results = new ArrayList<>();
    private final List<ImportRun.Result> imports = new ArrayList<>();

    void loaded(String project, Corpus.Version version, LoadReport report) {
        loads.append("- ").append(project).append(' ').append(version.label()).append(": ")
                .append(report.loaded() ? "loaded" : "**does not load**").append(", ").append(report.statementsRun())
                .append(" statements run, ").append(report.dataStatementsSkipped()).append(" data statements skipped, ")
                .append(report.dropped().size()).append(" dropped\n");
        for (Dropped d : report.alreadyPresent()) {
            loads.append("  - already present here: `").append(DumpStatements.abbreviate(d.statement())).append("` — ")
                    .append(PairRun.oneLine(d.message())).append('\n');
        }
        for (Dropped d : report.dropped()) {
            loads.append("  - dropped").append(d.root() ? " (lacking here)" : " (depends on a dropped one)").append(": `")
                    .append(DumpStatements.abbreviate(d.statement())).append("` — ").append(PairRun.oneLine(d.message())).append('\n');
        }
        for (Dropped d : report.failures()) {
            loads.append("  - **failed**: `").append(DumpStatements.abbreviate(d.statement())).append("` — ")
                    .append(PairRun.oneLine(d.message())).append('\n');
        }
    }

    void add(PairResult result) {
        results.add(result);
    }

    void add(ImportRun.Result result) {
        imports.add(result);
    }

    List<ImportRun.Result> imports() {
        return List.copyOf(imports);
    }

    /** Appends another report's loads and pairs after this one's. */
    void addAll(HistoryReport other) {
        loads.append(other.loads);
        results.addAll(other.results);
        imports.addAll(other.imports);
    }

    List<PairResult> results() {
        return List.copyOf(results);
    }

    long count(Outcome outcome) {
        return results.stream().filter(r -> r.outcome() == outcome).count();
    }

    String markdown(String sample, Duration took) {
        StringBuilder sb = new StringBuilder("# Real-world schema histories: dibs makes A (older) match B (newer)\n\n");
        sb.append("Sample: ").append(sample).append("; ").append(results.size()).append(" pairs in ").append(took.toSeconds())
                .append(" s.\n\n## Tally\n\n| project |");
        for (Outcome o : Outcome.values()) {
            sb.append(' ').append(o).append(" |");
        }
        sb.append("\n|---|").append("---|".repeat(Outcome.values().length)).append('\n');
        Map<String, Map<Outcome, Integer>> tally = new LinkedHashMap<>();
        for (PairResult r : results) {
            tally.computeIfAbsent(r.project(), k -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
            tally.computeIfAbsent("total", k -> new EnumMap<>(Outcome.class)).merge(r.outcome(), 1, Integer::sum);
        }
        Map<Outcome, Integer> total = tally.remove("total");
        tally.put("total", total == null ? new EnumMap<>(Outcome.class) : total);
        tally.forEach((project, counts) -> {
            sb.append("| ").append(project).append(" |");
            for (Outcome o : Outcome.values()) {
                sb.append(' ').append(counts.getOrDefault(o, 0)).append(" |");
            }
            sb.append('\n');
        });
        sb.append("\n## Pairs\n\n| pair | outcome | statements | seconds | reason |\n|---|---|---|---|---|\n");
        for (PairResult r : results) {
            sb.append("| ").append(r.pair()).append(" | ").append(r.outcome()).append(" | ").append(r.statements()).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", r.took().toMillis() / 1000.0)).append(" | ")
                    .append(r.reason() == null ? "" : cell(r.reason())).append(" |\n");
        }
        sb.append("\n## Details\n");
        for (PairResult r : results) {
            if (r.outcome() != Outcome.CONVERGED) {
                sb.append("\n### ").append(r.pair()).append(": ").append(r.outcome()).append("\n\n");
                if (r.reason() != null) {
                    sb.append(r.reason()).append("\n\n");
                }
                r.details().forEach(d -> sb.append("- ").append(d).append('\n'));
            }
        }
        sb.append("\n## dibs:import of each version\n\n");
        for (ImportRun.Outcome o : ImportRun.Outcome.values()) {
            sb.append("- ").append(o).append(": ").append(imports.stream().filter(r -> r.outcome() == o).count()).append('\n');
        }
        sb.append("\n| version | outcome | seconds | detail |\n|---|---|---|---|\n");
        for (ImportRun.Result r : imports) {
            sb.append("| ").append(r.project()).append(' ').append(r.version()).append(" | ").append(r.outcome()).append(" | ")
                    .append(String.format(java.util.Locale.ROOT, "%.1f", r.took().toMillis() / 1000.0)).append(" | ")
                    .append(cell(r.detail())).append(" |\n");
        }
        sb.append("\n## Loading the versions\n\n").append(loads);
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("|", "\\|");
    }
}
