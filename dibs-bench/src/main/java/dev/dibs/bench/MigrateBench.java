package dev.dibs.bench;

import dev.dibs.engine.migrate.MigrationReport;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.logging.LogFactory;
import org.flywaydb.core.api.logging.LogLevel;
import org.flywaydb.core.internal.license.VersionPrinter;

/**
 * Migrate: 1,000 trivial migrations (one {@code CREATE TABLE} each), each on its own fresh
 * database, run by
 * <ul>
 * <li>dibs's {@link MigrationRunner}, once from {@code @Migration} classes and once from Flyway-style
 * SQL files ({@code db/migration/V<n>__m<n>.sql}, the files a user switching from Flyway keeps);</li>
 * <li>Flyway itself, in this process, on the same SQL files;</li>
 * <li>plain JDBC, each statement in its own transaction — and the same with a history row inserted in
 * each transaction: what any runner that records its migrations must at least pay.</li>
 * </ul>
 * Runs are interleaved (the order rotates each round), the first round is an untimed warm-up, and
 * the medians are compared. {@code -Ddibs.bench.migrations=N} and {@code -Ddibs.bench.migrateRuns=N}
 * shorten a run while developing.
 */
final class MigrateBench {

    static final int MIGRATIONS = Integer.getInteger("dibs.bench.migrations", 1000);
    private static final int RUNS = Integer.getInteger("dibs.bench.migrateRuns", 5);

    private final Report report;
    private double fingerprintMillis;

    MigrateBench(Report report) {
        this.report = report;
    }

    private interface Migrate {
        void run(ConnectionInfo db) throws Exception;
    }

    private record Contender(String name, Timing timing, Migrate migrate) {
    }

    void run(PostgresServer server, Path work) throws Exception {
        List<Path> classes = JavaProject.compile(work.resolve("migrations"), JavaProject.migrationSources(MIGRATIONS));
        Path files = sqlFiles(work.resolve("sql-migrations"));
        LogFactory.setLogLevel(LogLevel.WARN); // Flyway logs a line per migration; dibs's runner gets no listener either
        List<Contender> contenders = List.of(
                new Contender("dibs SQL files", new Timing(), db -> dibs(db, List.of(files), List.of())),
                new Contender("Flyway", new Timing(), db -> flyway(db, files)),
                new Contender("dibs classes", new Timing(), db -> dibs(db, classes, List.of("bench.migrations"))),
                new Contender("JDBC", new Timing(), db -> direct(db, false)),
                new Contender("JDBC + history row", new Timing(), db -> direct(db, true)));
        for (int r = 0; r <= RUNS; r++) {
            StringBuilder line = new StringBuilder(r == 0 ? "    warm-up:" : "    run " + r + ":");
            for (int k = 0; k < contenders.size(); k++) {
                Contender c = contenders.get((k + r) % contenders.size());
                ConnectionInfo db = server.createDatabase("bench_mig");
                double ms;
                if (r == 0) {
                    long t0 = System.nanoTime();
                    c.migrate().run(db);
                    ms = (System.nanoTime() - t0) / 1e6;
                } else {
                    ms = c.timing().time(() -> c.migrate().run(db));
                }
                line.append(String.format(" %s %.0f ms,", c.name(), ms));
                if (r == RUNS && c.name().equals("dibs classes")) {
                    fingerprintMillis = fingerprints(db);
                }
                server.dropDatabase(db);
            }
            System.err.println(line);
        }
        double files0 = contenders.get(0).timing().median();
        double flyway = contenders.get(1).timing().median();
        double classes0 = contenders.get(2).timing().median();
        double jdbc = contenders.get(3).timing().median();
        double history = contenders.get(4).timing().median();
        String size = String.format("%,d migrations", MIGRATIONS);
        String peer = "Flyway " + VersionPrinter.getVersion() + " (in-process, same SQL files) " + Report.ms(flyway);
        report.add("4. migrate, SQL files", size, Report.ms(files0), peer, Report.times(files0 / flyway), "≤ 0.8× Flyway",
                files0 <= 0.8 * flyway);
        report.add("4. migrate, @Migration classes", size, Report.ms(classes0), peer, Report.times(classes0 / flyway),
                "≤ 0.8× Flyway", classes0 <= 0.8 * flyway);
        double overhead = (Math.max(files0, classes0) - jdbc) / MIGRATIONS;
        report.add("4. migrate overhead", size, Report.ms(Math.max(files0, classes0)), "same SQL over JDBC " + Report.ms(jdbc)
                + ", with a history row " + Report.ms(history), String.format("%.2f ms per migration", overhead),
                "< 10 ms per migration", overhead < 10);
        report.note(String.format("Migrate, per migration: plain JDBC %.2f ms (statement + commit), %.2f ms with a history"
                + " row in the same transaction (the floor of any runner that records what it applied); dibs %.2f ms (SQL"
                + " files) and %.2f ms (classes); Flyway %.2f ms.", jdbc / MIGRATIONS, history / MIGRATIONS,
                files0 / MIGRATIONS, classes0 / MIGRATIONS, flyway / MIGRATIONS));
        report.note(String.format("Migrate: the runner finds what a transactional migration created or changed from the"
                + " catalog rows its own transaction wrote (xmin) in the relations it locked, in the query that records and"
                + " commits it; only around a non-transactional migration does it fingerprint the whole schema, which takes"
                + " %s on the %,d migrated tables.",
                Report.ms(fingerprintMillis), MIGRATIONS));
    }

    private static void dibs(ConnectionInfo db, List<Path> classpath, List<String> packages) {
        // lockTimeout as dibs:migrate sets it by default (10s): a user's run pays for it
        MigrationReport done = MigrationRunner.builder().database(db).classpath(classpath).packages(packages).lockTimeout("10s")
                .build().run();
        if (done.applied().size() != MIGRATIONS) {
            throw new IllegalStateException("dibs ran " + done.applied().size() + " migrations, expected " + MIGRATIONS);
        }
    }

    private static void flyway(ConnectionInfo db, Path files) {
        int ran = Flyway.configure().dataSource(db.url(), db.user(), db.password())
                .locations("filesystem:" + files.resolve("db/migration")).load().migrate().migrationsExecuted;
        if (ran != MIGRATIONS) {
            throw new IllegalStateException("Flyway ran " + ran + " migrations, expected " + MIGRATIONS);
        }
    }

    /** {@code root/db/migration/V<n>__m<n>.sql}, n from 1: the statements of the {@code @Migration} classes, in the same order. */
    private static Path sqlFiles(Path root) throws Exception {
        Path dir = Files.createDirectories(root.resolve("db/migration"));
        for (int i = 0; i < MIGRATIONS; i++) {
            Files.writeString(dir.resolve("V" + (i + 1) + "__m" + (i + 1) + ".sql"), JavaProject.migrationSql(i) + ";\n",
                    StandardCharsets.UTF_8);
        }
        return root;
    }

    /** The median time of the runner's fingerprint query, on the migrated database. */
    private static double fingerprints(ConnectionInfo db) throws Exception {
        String sql;
        try (var in = MigrationRunner.class.getResourceAsStream("sql/fingerprints.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
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

    /** Each statement in its own transaction; with {@code history}, a row recording it in the same transaction. */
    private static void direct(ConnectionInfo db, boolean history) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            if (history) {
                s.execute("CREATE TABLE history (id text PRIMARY KEY, checksum text NOT NULL,"
                        + " applied_at timestamptz NOT NULL DEFAULT now(), execution_ms bigint NOT NULL)");
            }
            c.setAutoCommit(false);
            try (PreparedStatement record = c.prepareStatement("INSERT INTO history (id, checksum, execution_ms) VALUES (?, ?, ?)")) {
                for (int i = 0; i < MIGRATIONS; i++) {
                    long t0 = System.nanoTime();
                    s.execute(JavaProject.migrationSql(i));
                    if (history) {
                        record.setString(1, "V" + (i + 1));
                        record.setString(2, Integer.toHexString(i));
                        record.setLong(3, (System.nanoTime() - t0) / 1_000_000);
                        record.executeUpdate();
                    }
                    c.commit();
                }
            }
        }
    }
}
