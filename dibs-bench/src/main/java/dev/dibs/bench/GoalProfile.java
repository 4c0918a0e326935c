package dev.dibs.bench;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.canonical.ScratchDatabase;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.HtmlReport;
import dev.dibs.engine.report.ReportWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a goal's own time goes: what {@code dibs:diff} (an empty Java schema against a database of
 * {@code n} tables, and against an empty one) and {@code dibs:sql -Ddibs.referenceUrl} (database
 * against database, {@link ChangedCopy}) do through the engine, phase by phase, on one embedded
 * server that is also the scratch server. The first run of each is cold (a Maven goal runs in a
 * fresh JVM); the medians after it are warm. Not part of {@link Bench}: a tool for profiling, e.g.
 * under {@code -XX:StartFlightRecording}.
 *
 * <pre>
 * java -cp … dev.dibs.bench.GoalProfile [--tables=1000] [--runs=5] [--goals=diff0,diff,sql]
 * (diff0: against the empty database; --runs=0 with one goal: that goal cold, alone in its JVM)
 * </pre>
 */
public final class GoalProfile {

    private static final List<String> PUBLIC = List.of("public");

    /**
     * Processor time, of this thread and of the whole JVM (the JIT compiling cold code, the collector,
     * the inspector's second connection): on a busy machine a steadier measure of dibs's own work than
     * the wall clock. The database server's work is in neither.
     */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private final Map<String, List<double[]>> phases = new LinkedHashMap<>();
    private long cpuMark = THREADS.getCurrentThreadCpuTime();
    private long processMark = PROCESS.getProcessCpuTime();
    private final Path reports;

    private GoalProfile(Path reports) {
        this.reports = reports;
    }

    public static void main(String[] args) throws Exception {
        int tables = 1000;
        int runs = 5;
        List<String> goals = List.of("diff0", "diff", "sql");
        for (String a : args) {
            if (a.startsWith("--tables=")) {
                tables = Integer.parseInt(a.substring(9));
            } else if (a.startsWith("--runs=")) {
                runs = Integer.parseInt(a.substring(7));
            } else if (a.startsWith("--goals=")) {
                goals = List.of(a.substring(8).split(","));
            } else {
                throw new IllegalArgumentException("unknown argument " + a + " (see dev.dibs.bench.GoalProfile)");
            }
        }
        Path work = Files.createTempDirectory("dibs-goal-profile");
        Path emptyProject = Files.createDirectories(work.resolve("classes"));
        GoalProfile profile = new GoalProfile(work.resolve("reports"));
        try (PostgresServer server = PostgresServers.embedded()) {
            ConnectionInfo empty = server.createDatabase("profile_empty");
            ConnectionInfo big = server.createDatabase("profile_t" + tables);
            ConnectionInfo reference = server.createDatabase("profile_ref" + tables);
            if (goals.contains("diff") || goals.contains("sql")) {
                try (Connection c = big.open()) {
                    GeneratedSchema.create(c, tables);
                }
            }
            if (goals.contains("sql")) {
                try (Connection c = reference.open()) {
                    GeneratedSchema.create(c, tables);
                    System.err.printf("set up: %d tables; the reference has %d statements of changes%n", tables,
                            ChangedCopy.change(c, tables));
                }
            }
            List<Path> classpath = List.of(emptyProject, codeSource(dev.dibs.Table.class));
            for (int run = 0; run <= runs; run++) {
                String tag = run == 0 ? "cold " : "warm ";
                if (goals.contains("diff0")) {
                    profile.diff(tag + "diff empty db", classpath, empty, server);
                }
                if (goals.contains("diff")) {
                    profile.diff(tag + "diff " + tables, classpath, big, server);
                }
                if (goals.contains("sql")) {
                    profile.sql(tag + "sql " + tables, big, reference, server);
                }
            }
        }
        profile.print();
    }

    private static Path codeSource(Class<?> c) throws Exception {
        return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    /** DiffMojo's work, phase by phase, then as the goal calls it (the whole detection, then the reports). */
    private void diff(String goal, List<Path> classpath, ConnectionInfo db, PostgresServer server) {
        mark();
        long t0 = System.nanoTime();
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of()).schemas(PUBLIC)
                .jpa(new JpaSettings(null, null, null)).load();
        long t1 = record(goal, "1 load intent", t0);
        Inspection current = Inspector.inspect(db, intent.schema().namespaces(), Inspector.HISTORY_TABLES);
        long t2 = record(goal, "2 inspect database", t1);
        Canonicalizer.Canonical canonical = Canonicalizer.canonicalize(intent, server, current.extensions());
        long t3 = record(goal, "3 canonicalise (scratch)", t2);
        Plan plan = Planner.plan(current.schema(), canonical.inspection().schema(), intent.renames(), PlanOptions.defaults());
        long t4 = record(goal, "4 plan", t3);
        DriftReport report = DriftDetector.detect(intent, db, () -> server, PlanOptions.defaults(), Inspector.HISTORY_TABLES);
        long t5 = record(goal, "5 DriftDetector.detect (2-4 again + guards)", t4);
        if (report.plan().changes().size() != plan.changes().size()) {
            throw new IllegalStateException("the detection planned otherwise than its phases");
        }
        reports(goal, report, t5);
    }

    /** SqlMojo's work with a reference database: the two inspections alone, then the comparison, then the reports. */
    private void sql(String goal, ConnectionInfo target, ConnectionInfo reference, PostgresServer server) {
        mark();
        long t0 = System.nanoTime();
        Inspection current = Inspector.inspect(target, PUBLIC, Inspector.HISTORY_TABLES);
        Inspection desired = Inspector.inspect(reference, PUBLIC, Inspector.HISTORY_TABLES);
        long t1 = record(goal, "1 two inspections (floor)", t0);
        Plan first = Planner.plan(current.schema(), desired.schema(), RenameHints.none(), PlanOptions.defaults());
        long t2 = record(goal, "2 first plan", t1);
        List<Extension> extensions = new ArrayList<>(current.extensions());
        desired.extensions().stream().filter(e -> !extensions.contains(e)).forEach(extensions::add);
        try (ScratchDatabase scratch = ScratchDatabase.create(server, extensions)) {
            ScratchDatabase.Built built = scratch.build(desired.schema());
            if (!built.failures().isEmpty()) {
                System.err.println("scratch build: " + built.failures().size() + " statements refused, e.g. " + built.failures().get(0));
            }
        }
        long t3 = record(goal, "3 build reference in scratch + inspect it", t2);
        DriftReport report = DatabaseComparison.compare(target, reference, PUBLIC, PlanOptions.defaults(), () -> server,
                Inspector.HISTORY_TABLES);
        long t4 = record(goal, "4 DatabaseComparison.compare (all of 1-3 + guards)", t3);
        if (first.isEmpty() || report.plan().isEmpty()) {
            throw new IllegalStateException("the databases compared equal");
        }
        String planSql = ReportWriter.planSql(report);
        long t5 = record(goal, "5 plan.sql text (" + report.plan().changes().size() + " changes)", t4);
        if (planSql.isEmpty()) {
            throw new IllegalStateException("no plan text");
        }
        reports(goal, report, t5);
    }

    private void reports(String goal, DriftReport report, long from) {
        String html = HtmlReport.render(report, "dibs report");
        long t1 = record(goal, "6 report.html alone (" + html.length() / 1024 + " KiB)", from);
        ReportWriter.write(reports, report);
        record(goal, "7 ReportWriter.write (all four files)", t1);
    }

    private long record(String goal, String phase, long from) {
        long now = System.nanoTime();
        long cpu = THREADS.getCurrentThreadCpuTime();
        long process = PROCESS.getProcessCpuTime();
        phases.computeIfAbsent(goal + " | " + phase, k -> new ArrayList<>())
                .add(new double[] {(now - from) / 1e6, (process - processMark) / 1e6, (cpu - cpuMark) / 1e6});
        cpuMark = cpu;
        processMark = process;
        return now;
    }

    private void mark() {
        cpuMark = THREADS.getCurrentThreadCpuTime();
        processMark = PROCESS.getProcessCpuTime();
    }

    private static double median(List<double[]> runs, int field) {
        List<Double> sorted = new ArrayList<>(runs.stream().map(r -> r[field]).toList());
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    private void print() {
        System.out.println("| goal | phase | wall ms | JVM CPU ms | main thread CPU ms | runs |");
        System.out.println("|---|---|---|---|---|---|");
        phases.forEach((k, v) -> {
            String[] parts = k.split(" \\| ");
            System.out.printf("| %s | %s | %.0f | %.0f | %.0f | %d |%n", parts[0], parts[1], median(v, 0), median(v, 1), median(v, 2),
                    v.size());
        });
    }
}
