package dev.dibs.bench;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import java.util.List;

/**
 * Diff + solve + render: plans from an empty schema to {@link GeneratedModel} schemas sized to give
 * about 1,000, 10,000, 20,000 and 50,000 changes.
 */
final class PlanBench {

    private final Report report;

    PlanBench(Report report) {
        this.report = report;
    }

    void run() throws Exception {
        Schema empty = Schema.empty(List.of("public"));
        int perTable = Planner.plan(empty, GeneratedModel.schema(100), RenameHints.none()).changes().size() / 100;
        System.err.printf("  %d changes per generated table%n", perTable);
        // Warm the JIT on a mid-sized plan, as any run past the first would be.
        for (int i = 0; i < 3; i++) {
            Planner.plan(empty, GeneratedModel.schema(2000 / perTable), RenameHints.none());
        }
        double at10k = 0;
        for (int target : new int[] {1_000, 10_000, 20_000, 50_000}) {
            Schema desired = GeneratedModel.schema(Math.max(1, target / perTable));
            int[] changes = new int[1];
            Timing timing = new Timing();
            int runs = target >= 50_000 ? 4 : 6;
            for (int i = 0; i < runs; i++) {
                // Each run starts from a collected heap, so it pays for its own garbage, not the last one's.
                System.gc();
                timing.time(() -> changes[0] = Planner.plan(empty, desired, RenameHints.none()).changes().size());
                if (i == 0) {
                    timing = new Timing(); // the first run at each size is a warm-up
                }
            }
            double ms = timing.median();
            String size = String.format("%,d changes (%,d tables)", changes[0], desired.tables().size());
            double perChange = ms * 1000 / changes[0];
            if (target == 10_000) {
                at10k = ms;
                report.add("2. diff + solve", size, Report.ms(ms), String.format("%.0f µs per change", perChange), "",
                        "< 1 s", ms < 1000);
            } else if (target == 20_000) {
                double ratio = ms / at10k;
                report.add("2. diff + solve", size, Report.ms(ms), "10,000 changes " + Report.ms(at10k),
                        Report.times(ratio) + " for 2× the work", "≤ 2.2×", ratio <= 2.2);
            } else {
                report.add("2. diff + solve", size, Report.ms(ms), String.format("%.0f µs per change", perChange), "", "", null);
            }
        }
        droppingSerialKeys(empty);
    }

    /**
     * Dropping tables whose keys are {@code bigserial}: each dropped table takes the sequences it owns
     * along, and finding them once looked at every sequence's owner for every table (quadratic: here
     * 60 ms at 2,000 tables and 197 ms at 4,000, 3.3×). Twice the tables cost 2.07–2.24× the time (the sizes
     * interleaved); the target leaves room for the machine's noise, not for a search of every sequence.
     */
    private void droppingSerialKeys(Schema empty) throws Exception {
        Schema[] current = {GeneratedModel.withSerialKeys(2_000), GeneratedModel.withSerialKeys(4_000)};
        Timing[] timing = {new Timing(), new Timing()};
        for (int i = 0; i < 12; i++) {
            // the two sizes interleaved, so that the machine's drift hits both alike; two warm-ups each
            for (int k = 0; k < 2; k++) {
                Schema from = current[k];
                System.gc();
                if (i < 2) {
                    Planner.plan(from, empty, RenameHints.none());
                } else {
                    timing[k].time(() -> Planner.plan(from, empty, RenameHints.none()));
                }
            }
        }
        double ratio = timing[1].median() / timing[0].median();
        report.add("2. diff + solve", "dropping 4,000 tables with bigserial keys", Report.ms(timing[1].median()),
                "2,000 such tables " + Report.ms(timing[0].median()), Report.times(ratio) + " for 2× the work", "≤ 2.5×", ratio <= 2.5);
    }
}
