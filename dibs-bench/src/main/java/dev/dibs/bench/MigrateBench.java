package dev.dibs.bench;

import dev.dibs.engine.migrate.MigrationReport;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

/**
 * Migrate overhead: 1,000 trivial migrations (one {@code CREATE TABLE} each) through the
 * {@link MigrationRunner}, against the same statements sent over JDBC, each in its own
 * transaction, on a fresh database each run.
 */
final class MigrateBench {

    static final int MIGRATIONS = 1000;
    private static final int RUNS = 3;

    private final Report report;
    private double fingerprintMillis;

    MigrateBench(Report report) {
        this.report = report;
    }

    void run(PostgresServer server, Path work) throws Exception {
        List<Path> classpath = JavaProject.compile(work.resolve("migrations"), JavaProject.migrationSources(MIGRATIONS));
        Timing dibs = new Timing();
        Timing jdbc = new Timing();
        for (int r = 0; r < RUNS; r++) {
            ConnectionInfo a = server.createDatabase("bench_mig");
            ConnectionInfo b = server.createDatabase("bench_jdbc");
            double direct = jdbc.time(() -> direct(b));
            double runner = dibs.time(() -> {
                MigrationReport report = MigrationRunner.builder().database(a).classpath(classpath)
                        .packages(List.of("bench.migrations")).build().run();
                if (report.applied().size() != MIGRATIONS) {
                    throw new IllegalStateException("ran " + report.applied().size() + " migrations, expected " + MIGRATIONS);
                }
            });
            System.err.printf("    run %d: dibs %.0f ms, JDBC %.0f ms%n", r, runner, direct);
            if (r == RUNS - 1) {
                fingerprintMillis = fingerprints(a);
            }
            server.dropDatabase(a);
            server.dropDatabase(b);
        }
        double overhead = (dibs.median() - jdbc.median()) / MIGRATIONS;
        report.add("4. migrate overhead", String.format("%,d migrations", MIGRATIONS), Report.ms(dibs.median()),
                "same SQL over JDBC " + Report.ms(jdbc.median()),
                String.format("%.2f ms per migration", overhead), "< 10 ms per migration", overhead < 10);
        report.note(String.format("Migrate: the runner finds what a transactional migration created or changed from the"
                + " migration's own catalog rows (xmin), in one small query; only around a non-transactional migration does it"
                + " fingerprint the whole schema, which takes %s on the %,d migrated tables.",
                Report.ms(fingerprintMillis), MIGRATIONS));
    }

    /** The median time of the runner's fingerprint query, on the migrated database. */
    private static double fingerprints(ConnectionInfo db) throws Exception {
        String sql;
        try (var in = MigrationRunner.class.getResourceAsStream("sql/fingerprints.sql")) {
            sql = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Connection c = db.open(); var ps = c.prepareStatement(sql)) {
            var schemas = c.createArrayOf("text", new Object[] {"public"});
            for (int i = 1; i <= 3; i++) {
                ps.setArray(i, schemas);
            }
            return Timing.median(1, 5, () -> {
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rs.getString(5);
                    }
                }
            });
        }
    }

    private static void direct(ConnectionInfo db) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (int i = 0; i < MIGRATIONS; i++) {
                s.execute(JavaProject.migrationSql(i));
                c.commit();
            }
        }
    }
}
