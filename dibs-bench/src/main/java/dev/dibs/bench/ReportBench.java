package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.report.ReportWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The reports at 1,000 tables (the {@link GeneratedSchema} database, inspected): written for (a) a
 * plan dropping every table, what {@code dibs:diff} shows with an empty Java schema, and (b) a plan
 * adding a column to five tables. Measured: the time {@link ReportWriter#write} takes in this
 * process, the size of diff.json, and how long headless Chromium takes to load and lay out
 * report.html beyond an empty page (median wall times of {@code chromium --headless --dump-dom},
 * interleaved with the empty page, the first round untimed).
 */
final class ReportBench {

    static final int TABLES = 1000;
    private static final int RUNS = 5;
    private static final long TWO_MB = 2L * 1024 * 1024;
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    /** Appended to a copy of the page: forces layout, then records when it was done (ms since navigation). */
    private static final String PROBE = "<script>document.body.getBoundingClientRect();"
            + "document.documentElement.setAttribute('data-laid-out', String(Math.round(performance.now())));</script>";

    private final Report report;

    ReportBench(Report report) {
        this.report = report;
    }

    void run(PostgresServer server, Path work) throws Exception {
        ConnectionInfo db = server.createDatabase("bench_report");
        Schema current;
        try {
            try (var c = db.open()) {
                GeneratedSchema.create(c, TABLES);
            }
            Inspection inspection = Inspector.inspect(db, List.of("public"));
            current = inspection.schema();
            Schema empty = Schema.empty(List.of("public"));
            Schema fewChanged = withColumn(current, Set.of(3, 250, 500, 750, 999));
            Path dropped = work.resolve("report-drop");
            Path changed = work.resolve("report-few");
            String size = String.format("%,d tables", TABLES);
            write(dropped, report(db, current, empty, inspection), size + ", all dropped");
            write(changed, report(db, current, fewChanged, inspection), size + ", 5 changed");
            long json = Files.size(dropped.resolve("diff.json"));
            report.add("reports: diff.json size", size + ", all dropped", String.format("%.2f MB", json / 1048576.0),
                    "format " + ReportWriter.JSON_FORMAT, "", "≤ 2 MB", json <= TWO_MB);
            render(work, List.of(dropped, changed), List.of(size + ", all dropped", size + ", 5 changed"));
        } finally {
            server.dropDatabase(db);
        }
    }

    private static DriftReport report(ConnectionInfo db, Schema current, Schema desired, Inspection inspection) {
        return new DriftReport(db.describe(), DriftReport.JAVA_SCHEMA, Planner.plan(current, desired, RenameHints.none()), desired,
                inspection.notManaged(), List.of());
    }

    /** Times ReportWriter.write: the first (cold) call, then the median of warm ones. */
    private void write(Path dir, DriftReport drift, String size) throws Exception {
        long t0 = System.nanoTime();
        ReportWriter.write(dir, drift);
        double first = (System.nanoTime() - t0) / 1e6;
        double warm = Timing.median(2, RUNS, () -> ReportWriter.write(dir, drift));
        report.add("reports: ReportWriter.write", size, Report.ms(warm), "first call " + Report.ms(first), "",
                "", null);
    }

    private void render(Path work, List<Path> dirs, List<String> sizes) throws Exception {
        if (!Files.isExecutable(CHROMIUM)) {
            sizes.forEach(s -> report.add("reports: report.html in Chromium", s, "no " + CHROMIUM, "", "", "< 2 s", false));
            return;
        }
        String version = run(work, "--version").trim().replaceFirst("\\s+built on.*", "");
        Path empty = work.resolve("empty.html");
        Files.writeString(empty, "<!DOCTYPE html>\n<html><body>" + PROBE + "</body></html>\n");
        List<Path> pages = new ArrayList<>();
        for (Path dir : dirs) {
            Path page = dir.resolve("report-timed.html");
            Files.writeString(page, Files.readString(dir.resolve("report.html")).replace("</body>", PROBE + "</body>"));
            pages.add(page);
        }
        List<Double> blank = new ArrayList<>();
        List<List<Double>> walls = new ArrayList<>();
        List<List<Double>> laidOut = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            walls.add(new ArrayList<>());
            laidOut.add(new ArrayList<>());
        }
        for (int round = 0; round <= RUNS; round++) {
            // interleaved with the empty page; the first round (disk cache, Chromium's own files) is not timed
            double b = wall(work, empty, new double[1]);
            if (round > 0) {
                blank.add(b);
            }
            for (int i = 0; i < pages.size(); i++) {
                double[] inPage = new double[1];
                double w = wall(work, pages.get(i), inPage);
                if (round > 0) {
                    walls.get(i).add(w);
                    laidOut.get(i).add(inPage[0]);
                }
            }
        }
        for (int i = 0; i < pages.size(); i++) {
            double beyond = median(walls.get(i)) - median(blank);
            report.add("reports: report.html in Chromium", sizes.get(i),
                    Report.ms(beyond) + " over an empty page (laid out " + Report.ms(median(laidOut.get(i))) + " after navigation; "
                            + String.format("%.1f MB", Files.size(dirs.get(i).resolve("report.html")) / 1048576.0) + ")",
                    "empty page " + Report.ms(median(blank)) + " (" + version + ", --headless --dump-dom)", "", "< 2 s",
                    beyond < 2000);
        }
    }

    /** One wall time of Chromium loading the page and printing its DOM, in ms; the page's own layout time into {@code laidOut}. */
    private static double wall(Path work, Path page, double[] laidOut) throws Exception {
        long t0 = System.nanoTime();
        String dom = run(work, "--dump-dom", page.toUri().toString());
        double ms = (System.nanoTime() - t0) / 1e6;
        int at = dom.indexOf("data-laid-out=\"");
        if (at < 0) {
            throw new IllegalStateException("Chromium did not run the page's script: " + page);
        }
        laidOut[0] = Double.parseDouble(dom.substring(at + 15, dom.indexOf('"', at + 15)));
        return ms;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static String run(Path work, String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + work.resolve("chromium-profile")));
        command.addAll(List.of(arguments));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("Chromium failed on " + String.join(" ", arguments));
        }
        return out;
    }

    /** The schema with a nullable text column added to the tables at these positions. */
    private static Schema withColumn(Schema schema, Set<Integer> positions) {
        List<Table> tables = new ArrayList<>(schema.tables());
        for (int i : positions) {
            Table t = tables.get(i);
            List<Column> columns = new ArrayList<>(t.columns());
            columns.add(new Column("bench_extra", PgType.parse("text"), true, null, Identity.NONE, null, null));
            tables.set(i, new Table(t.name(), columns, t.primaryKey(), t.uniques(), t.foreignKeys(), t.checks(), t.indexes(),
                    t.comment(), t.exclusions(), t.options()));
        }
        return new Schema(schema.namespaces(), tables, schema.enums(), schema.extensions(), schema.sequences(), schema.domains(),
                schema.routines(), schema.triggers(), schema.views(), schema.materializedViews(), schema.policies());
    }
}
