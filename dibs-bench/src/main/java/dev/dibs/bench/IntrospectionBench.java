package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** dibs's inspector against the raw catalog queries and a Liquibase snapshot, on the same database. */
final class IntrospectionBench {

    private static final List<String> PUBLIC = List.of("public");
    /** Untimed runs of each side before the timed ones; Liquibase gets one (it takes seconds). */
    private static final int WARMUPS = 20;

    private final Report report;
    private final Map<Integer, Double> dibsMillis = new LinkedHashMap<>();

    IntrospectionBench(Report report) {
        this.report = report;
    }

    void run(ConnectionInfo db, int tables, boolean withLiquibase) throws Exception {
        int runs = tables >= 5000 ? 5 : tables >= 1000 ? 7 : 11;
        Timing dibs = new Timing();
        Timing raw = new Timing();
        // the same raw queries, each time on a connection opened for them: what a fresh server process
        // adds (its start, sign-in and empty catalog caches), which dibs pays on every inspection
        Timing rawFresh = new Timing();
        try (Connection c = db.open()) {
            Inspection check = Inspector.inspect(db, PUBLIC);
            if (check.schema().tables().size() != tables) {
                throw new IllegalStateException("inspected " + check.schema().tables().size() + " tables, expected " + tables);
            }
            checkOtherKinds(check.schema(), tables);
            // both warmed up alike, so that the timed runs measure steady state rather than the JIT
            // compiling the inspector's and the driver's code (on two cores it competes with them)
            for (int i = 0; i < WARMUPS; i++) {
                RawCatalog.read(c, PUBLIC);
                Inspector.inspect(db, PUBLIC);
            }
            // Interleaved, so that a noisy moment hits both alike.
            for (int i = 0; i < runs; i++) {
                raw.time(() -> RawCatalog.read(c, PUBLIC));
                rawFresh.time(() -> {
                    try (Connection fresh = db.open()) {
                        RawCatalog.read(fresh, PUBLIC);
                    }
                });
                // as dibs:diff inspects: from connection info, on two connections sharing one snapshot
                // (connecting included); the raw queries run on one open connection
                dibs.time(() -> Inspector.inspect(db, PUBLIC));
            }
        }
        dibsMillis.put(tables, dibs.median());
        if (tables == 1000) {
            try (Connection c = db.open()) {
                StringBuilder split = new StringBuilder();
                RawCatalog.perQuery(c, PUBLIC, 5).forEach((q, ms) -> split.append(split.length() == 0 ? "" : ", ")
                        .append(q).append(' ').append(Report.ms(ms)));
                report.note("Introspection floor at 1,000 tables, by catalog query (each alone, median): " + split + ".");
            }
        }
        String size = String.format("%,d tables", tables);
        double toRaw = dibs.median() / raw.median();
        report.add("1. introspection", size, Report.ms(dibs.median()), "raw catalog queries " + Report.ms(raw.median()),
                Report.times(toRaw) + " of raw", tables == 1000 ? "≤ 1.5× of raw" : "", tables == 1000 ? toRaw <= 1.5 : null);
        report.add("1. introspection", size, Report.ms(dibs.median()), "raw catalog queries on a new connection each time "
                + Report.ms(rawFresh.median()) + " (" + Report.times(rawFresh.median() / raw.median()) + " the open connection's)",
                Report.times(dibs.median() / rawFresh.median()) + " of raw, new connection", "", null);
        if (withLiquibase) {
            int lbRuns = tables >= 1000 ? 3 : 5;
            Timing lb = new Timing();
            try (Connection c = db.open()) {
                LiquibaseSnapshot.snapshot(c);
                for (int i = 0; i < lbRuns; i++) {
                    int[] seen = new int[1];
                    double ms = lb.time(() -> seen[0] = LiquibaseSnapshot.snapshot(c));
                    System.err.printf("    Liquibase snapshot of %d tables: %.0f ms (%d tables seen)%n", tables, ms, seen[0]);
                }
            }
            double faster = lb.median() / dibs.median();
            report.add("1. introspection", size, Report.ms(dibs.median()), "Liquibase 4.33 snapshot " + Report.ms(lb.median()),
                    Report.times(faster) + " faster", tables == 1000 ? "≥ 50× faster" : "", tables == 1000 ? faster >= 50 : null);
        }
    }

    /**
     * The other kinds the database holds ({@link GeneratedObjects}), as the inspector read them: each
     * count must be the generated one, or none at all from an inspector that does not read that kind
     * (said on standard error; its rows are then only noted as not managed). Sequences may include the
     * identity columns' own ones.
     */
    private static void checkOtherKinds(Schema schema, int n) {
        Map<String, int[]> kinds = new LinkedHashMap<>();
        kinds.put("extensions", new int[] {schema.extensions().size(), 1});
        kinds.put("sequences", new int[] {schema.sequences().size(), GeneratedObjects.sequences(n)});
        kinds.put("domains", new int[] {schema.domains().size(), GeneratedObjects.domains(n)});
        kinds.put("routines", new int[] {schema.routines().size(), GeneratedObjects.routines(n)});
        kinds.put("triggers", new int[] {schema.triggers().size(), GeneratedObjects.triggers(n)});
        StringBuilder read = new StringBuilder();
        kinds.forEach((kind, counts) -> {
            boolean sequences = kind.equals("sequences");
            if (counts[0] != 0 && counts[0] != counts[1] && !(sequences && counts[0] == counts[1] + n)) {
                throw new IllegalStateException("the benchmark database holds " + counts[1] + " " + kind + " (GeneratedObjects)"
                        + " but the inspector read " + counts[0] + ": a kind read in part makes the timing meaningless");
            }
            read.append(read.length() == 0 ? "" : ", ").append(counts[0] == 0 ? "no " + kind + " (not read by this inspector)"
                    : counts[0] + " " + kind);
        });
        System.err.printf("  %,d tables: inspected %s%n", n, read);
    }

    /** The growth of dibs's time from 1,000 to 5,000 tables, once both ran. */
    void growth() {
        Double small = dibsMillis.get(1000);
        Double large = dibsMillis.get(5000);
        if (small != null && large != null) {
            double ratio = large / small;
            report.add("1. introspection growth", "1,000 → 5,000 tables", Report.ms(small) + " → " + Report.ms(large), "linear: 5×",
                    Report.times(ratio), "≤ 5.5× (linear)", ratio <= 5.5);
        }
    }
}
