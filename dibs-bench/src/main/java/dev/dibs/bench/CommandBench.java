package dev.dibs.bench;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.EmbeddedBinaries;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * Whole commands, as a user runs them: {@code mvn dibs:...} launched as a process, interleaved with the peers'
 * commands (pg_dump + apgdiff, Liquibase, {@code mvn flyway:migrate}), medians of {@code --commands-runs} rounds
 * after one untimed warm-up round, on a PostgreSQL 15 server the bench starts (the newest Debian's pg_dump 15
 * accepts). Options: {@code --commands-runs=5}, {@code --commands-tables=1000}, {@code --commands-migrations=1000},
 * {@code --commands-liquibase-runs=} (default: as many as the others; 0 leaves Liquibase out),
 * {@code --commands-liquibase=report} (or {@code changelog}: Liquibase's diff as a change log).
 */
final class CommandBench {

    private static final List<String> PUBLIC = List.of("public");

    private final Report report;
    private final int runs;
    private final int tables;
    private final int migrations;
    private final int liquibaseRuns;
    private final String missing;
    private final String liquibaseMode;

    CommandBench(Report report, List<String> options) {
        this.report = report;
        int r = 5;
        int t = 1000;
        int m = 1000;
        Integer lb = null;
        String mode = "report";
        for (String o : options) {
            String value = o.substring(o.indexOf('=') + 1);
            if (o.startsWith("--commands-runs=")) {
                r = Integer.parseInt(value);
            } else if (o.startsWith("--commands-tables=")) {
                t = Integer.parseInt(value);
            } else if (o.startsWith("--commands-migrations=")) {
                m = Integer.parseInt(value);
            } else if (o.startsWith("--commands-liquibase-runs=")) {
                lb = Integer.parseInt(value);
            } else if (o.equals("--commands-liquibase=report") || o.equals("--commands-liquibase=changelog")) {
                mode = value;
            } else {
                throw new IllegalArgumentException("unknown argument " + o + " (see dev.dibs.bench.CommandBench)");
            }
        }
        if (r < 1 || t < 20 || m < 1) {
            throw new IllegalArgumentException("--commands-runs must be at least 1, --commands-tables at least 20, "
                    + "--commands-migrations at least 1");
        }
        this.runs = r;
        this.tables = t;
        this.migrations = m;
        this.liquibaseRuns = lb == null ? r : lb;
        this.liquibaseMode = mode;
        this.missing = preflight();
    }

    /**
     * What the measures need and is missing (the installed plugin, the PostgreSQL 15 binaries), said at once in one
     * line, before the bench's other measures run for minutes; null when all is there.
     */
    private static String preflight() {
        try {
            Path repository = CommandLines.repository();
            CommandLines.installedPlugin(repository, CommandLines.pluginVersion());
            postgres15(repository);
            return null;
        } catch (IllegalStateException | java.io.IOException e) {
            System.err.println("dibs-bench: " + e.getMessage());
            return e.getMessage();
        }
    }

    /**
     * Runs the measures; when what they need is missing, adds one missed row instead, so that the run fails with the
     * message the constructor printed.
     */
    void run(Path work) throws Exception {
        if (missing != null) {
            report.add("whole commands", "", "not measured", missing, "", "measured", false);
            return;
        }
        String version = CommandLines.pluginVersion();
        Path repository = CommandLines.repository();
        String plugin = CommandLines.installedPlugin(repository, version);
        Path jar = postgres15(repository);
        System.err.println((plugin.contains("install it again") ? "dibs-bench: WARNING: " : "  ") + "whole commands with " + plugin);
        Path dir = Files.createTempDirectory(work, "commands");
        try (PostgresServer server = PostgresServers.embeddedFrom(jar)) {
            System.err.println("  on " + server.description());
            Path mavenTmp = Files.createDirectories(dir.resolve("maven-tmp"));
            Path settings = CommandProjects.settings(dir, server.admin().user(), server.admin().password());
            CommandLines cl = CommandLines.of(version, repository, settings, mavenTmp, server.admin());
            Launcher launcher = new Launcher(dir.resolve("logs"), List.of(server.admin().password()));
            new Rounds(server, dir, cl, launcher, mavenTmp).measure(plugin);
        } finally {
            CommandProjects.deleteTree(dir);
        }
    }

    private static Path postgres15(Path repository) {
        EmbeddedBinaries pg15 = EmbeddedBinaries.forThisMachine("15");
        Path jar = repository.resolve(EmbeddedBinaries.GROUP_ID.replace('.', '/') + "/" + pg15.artifactId() + "/"
                + pg15.version() + "/" + pg15.artifactId() + "-" + pg15.version() + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("the whole-command measures run on PostgreSQL 15 from " + jar + ", which is not"
                    + " there; fetch it once: mvn dependency:get -Dartifact=" + pg15.coordinates() + " (or --skip=commands)");
        }
        return jar;
    }

    /** One run's state: the databases, projects and timings. */
    private final class Rounds {
        private final PostgresServer server;
        private final Path dir;
        private final CommandLines cl;
        private final Launcher launcher;
        private final Path mavenTmp;
        /** check's and generate's java.io.tmpdir, emptied before their cold runs. */
        private final Path quickTmp;

        Rounds(PostgresServer server, Path dir, CommandLines cl, Launcher launcher, Path mavenTmp) throws java.io.IOException {
            this.server = server;
            this.dir = dir;
            this.cl = cl;
            this.launcher = launcher;
            this.mavenTmp = mavenTmp;
            this.quickTmp = Files.createDirectories(dir.resolve("maven-tmp-quickstart"));
        }

        void measure(String plugin) throws Exception {
            ConnectionInfo a = generated("cmd_a", false);
            ConnectionInfo b = generated("cmd_b", true);
            ConnectionInfo empty = server.createDatabase("cmd_empty");
            double inspect = inspection(a);

            Path sqlProject = CommandProjects.generated(dir.resolve("sql"), version(), 0);
            Path diffProject = CommandProjects.generated(dir.resolve("diff"), version(), 0);
            Path emptyProject = CommandProjects.generated(dir.resolve("diff-empty"), version(), 0);
            Path migrateProject = CommandProjects.generated(dir.resolve("migrate"), version(), migrations);
            Path check = CommandProjects.quickstartCopy(dir.resolve("check"), version(), false);
            Path generate = CommandProjects.quickstartCopy(dir.resolve("generate"), version(), true);
            // check and generate have a java.io.tmpdir of their own, which their cold runs empty: the other
            // commands keep theirs from round to round, as a user's machine keeps its cluster templates
            CommandLines quick = cl.withTmp(quickTmp);
            launcher.time(quick.mvn(check, "compile"));
            launcher.time(quick.mvn(generate, "compile"));
            java.util.Set<Path> generateBefore = CommandProjects.migrationFiles(generate);

            boolean apgdiff = Files.isExecutable(Path.of(CommandLines.APGDIFF));
            if (!apgdiff) {
                report.note("pg_dump + apgdiff not measured: " + CommandLines.APGDIFF + " is missing (apt-get install apgdiff).");
            }
            Path dumps = Files.createDirectories(dir.resolve("dumps"));
            String[] sqlArgs = CommandLines.concat(new String[] {cl.goal("sql")}, CommandLines.url("", a), CommandLines.url("reference", b));
            Map<String, List<Double>> t = new java.util.HashMap<>();
            String liquibaseFailed = null;
            for (int round = 0; round <= runs; round++) {
                boolean warmup = round == 0;
                Timer timer = (key, command) -> {
                    settled();
                    return record(t, key, warmup, launcher.time(command));
                };
                StringBuilder line = new StringBuilder();
                line.append("help ").append(Report.ms(timer.time("help", cl.mvn(sqlProject, cl.goal("help")))));
                line.append(", sql ").append(Report.ms(timer.time("sql", cl.mvn(sqlProject, sqlArgs))));
                if (apgdiff) {
                    line.append(", pg_dump+apgdiff ").append(Report.ms(record(t, "dump", warmup, dumpDiff(a, b, dumps))));
                }
                if (!warmup && round <= liquibaseRuns && liquibaseFailed == null) {
                    try {
                        line.append(", Liquibase ").append(Report.ms(timer.time("liquibase",
                                cl.liquibase(a, b, dumps.resolve("liquibase-" + liquibaseMode + ".txt"), liquibaseMode, dir))));
                    } catch (IllegalStateException e) {
                        // a peer that fails or never finishes is a finding, not the end of the other measures
                        System.err.println("    " + e.getMessage());
                        liquibaseFailed = e.getMessage().lines().findFirst().orElse("").replaceFirst("^`[^`]*` in \\S+ ", "");
                    }
                }
                line.append(", diff ").append(Report.ms(timer.time("diff", cl.mvn(diffProject,
                        CommandLines.concat(new String[] {cl.goal("diff")}, CommandLines.url("", a))))));
                line.append(", diff of empty ").append(Report.ms(timer.time("diffEmpty", cl.mvn(emptyProject,
                        CommandLines.concat(new String[] {cl.goal("diff")}, CommandLines.url("", empty))))));
                // The pair with the tightest target runs in both orders each round (dibs then Flyway, then Flyway then
                // dibs, each time on fresh databases): whichever went first was 0.5-1.5 s slower, for both tools,
                // and taking turns across an odd number of rounds left one of them first more often.
                for (int order = 0; order < 2; order++) {
                    ConnectionInfo dm = server.createDatabase("cmd_mig_dibs");
                    ConnectionInfo fm = server.createDatabase("cmd_mig_flyway");
                    Launcher.Command dibsMigrate = cl.mvn(migrateProject,
                            CommandLines.concat(new String[] {cl.goal("migrate")}, CommandLines.url("", dm)));
                    Launcher.Command flywayMigrate = cl.mvn(migrateProject,
                            "org.flywaydb:flyway-maven-plugin:" + CommandProjects.FLYWAY_VERSION + ":migrate", "-Dflyway.url=" + fm.url());
                    if (order == 0) {
                        line.append(", migrate ").append(Report.ms(timer.time("migrate", dibsMigrate)));
                        line.append(", Flyway ").append(Report.ms(timer.time("flyway", flywayMigrate)));
                    } else {
                        line.append(", Flyway ").append(Report.ms(timer.time("flyway", flywayMigrate)));
                        line.append(", migrate ").append(Report.ms(timer.time("migrate", dibsMigrate)));
                    }
                    if (warmup && order == 0) {
                        migrated(dm, "dibs:migrate");
                        migrated(fm, "flyway:migrate");
                    }
                    server.dropDatabase(dm);
                    server.dropDatabase(fm);
                }
                cold(check);
                line.append(", check cold ").append(Report.ms(timer.time("checkCold", quick.mvn(check, cl.goal("check")))));
                line.append(" warm ").append(Report.ms(timer.time("checkWarm", quick.mvn(check, cl.goal("check")))));
                cold(generate);
                String[] gen = {cl.goal("generate"), "-Ddibs.name=x"};
                line.append(", generate cold ").append(Report.ms(timer.time("generateCold", quick.mvn(generate, gen))));
                CommandProjects.deleteGenerated(generate, generateBefore);
                line.append(" warm ").append(Report.ms(timer.time("generateWarm", quick.mvn(generate, gen))));
                CommandProjects.deleteGenerated(generate, generateBefore);
                System.err.println("    " + (warmup ? "warm-up" : "run " + round) + ": " + line);
            }
            String liquibase = liquibaseFailed != null ? "failed: " + liquibaseFailed : liquibaseMode.equals("report")
                    ? "diff report, as liquibase:diff prints it" : "diff as a change log, " + changeSets(dumps) + " change sets";
            new CommandRows(report, tables, migrations).add(t, inspect, plugin, reports(diffProject),
                    converges(a, b, sqlProject), apgdiff ? apgdiffConverges(b, dumps) : null, versions(), liquibase);
        }

        /**
         * Before each timed command: the copy of the cluster template a dibs goal starts in the background when it ends
         * (for the next run to take) has been made, or given up (at most 30 s). A user's runs are seconds apart; back to
         * back on two cores, the next command would share the processor with that copy.
         */
        private void settled() throws InterruptedException {
            settled(mavenTmp);
            settled(quickTmp);
        }

        private void settled(Path tmp) throws InterruptedException {
            Path templates = tmp.resolve("embedded-pg").resolve("dibs-templates");
            long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                try (java.util.stream.Stream<Path> children = Files.list(templates)) {
                    if (children.noneMatch(c -> c.getFileName().toString().startsWith(".building-spare-"))) {
                        return;
                    }
                } catch (java.io.IOException e) {
                    return; // no templates yet
                }
                Thread.sleep(20);
            }
        }

        /** Before a cold run: no embedded PostgreSQL state left in check's and generate's java.io.tmpdir or the project's target/dibs. */
        private void cold(Path project) throws java.io.IOException, InterruptedException {
            settled(quickTmp); // the spare copy the run before started in the background, not deleted under it
            CommandProjects.deleteTree(quickTmp);
            Files.createDirectories(quickTmp);
            CommandProjects.deleteTree(project.resolve("target/dibs"));
        }

        private String version() {
            return CommandLines.pluginVersion();
        }

        /** A database of the generated tables; with {@code mutated}, changed by {@link SchemaMutation}. */
        private ConnectionInfo generated(String prefix, boolean mutated) throws Exception {
            ConnectionInfo db = server.createDatabase(prefix);
            try (Connection c = db.open()) {
                GeneratedSchema.create(c, tables);
                if (mutated) {
                    try (Statement s = c.createStatement()) {
                        // one statement per transaction: altering most tables in one would run out of lock slots
                        for (String statement : SchemaMutation.sql(tables).split(";\n")) {
                            s.execute(statement);
                        }
                        s.execute("ANALYZE");
                    }
                }
            }
            return db;
        }

        /** The in-process inspection of one such database, as IntrospectionBench times it. */
        private double inspection(ConnectionInfo db) throws Exception {
            return Timing.median(5, 7, () -> Inspector.inspect(db, PUBLIC));
        }

        private double dumpDiff(ConnectionInfo a, ConnectionInfo b, Path dumps) throws Exception {
            Path da = dumps.resolve("a.sql");
            Path db = dumps.resolve("b.sql");
            double ms = launcher.time(cl.pgDump(a, da, dumps)) + launcher.time(cl.pgDump(b, db, dumps));
            long t0 = System.nanoTime();
            unrestrict(da);
            unrestrict(db);
            return ms + (System.nanoTime() - t0) / 1e6 + launcher.time(CommandLines.apgdiff(da, db, dumps.resolve("a-to-b.sql"), dumps));
        }

        /**
         * pg_dump since 15.14 wraps its output in psql's backslash-restrict and backslash-unrestrict lines, which
         * apgdiff cannot read (it stops at the first one): a user of both removes them, as the bench does (timed).
         */
        private static void unrestrict(Path dump) throws java.io.IOException {
            List<String> lines = Files.readAllLines(dump);
            Files.write(dump, lines.stream().filter(l -> !l.matches("^\\\\(un)?restrict .*")).toList());
        }

        private void migrated(ConnectionInfo db, String by) throws Exception {
            try (Connection c = db.open(); Statement s = c.createStatement();
                 var rs = s.executeQuery("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tablename LIKE 'm%'")) {
                rs.next();
                if (rs.getInt(1) != migrations) {
                    throw new IllegalStateException(by + " created " + rs.getInt(1) + " tables, expected " + migrations);
                }
            }
        }

        /** diff.json and report.html of the last {@code dibs:diff} against the generated tables. */
        private long[] reports(Path project) throws Exception {
            Path d = project.resolve("target/dibs");
            return new long[] {Files.size(d.resolve("diff.json")), Files.size(d.resolve("report.html"))};
        }

        /** Applies dibs's plan (every hazard allowed) to a fresh copy of A; null when it then is B. */
        private String converges(ConnectionInfo a, ConnectionInfo b, Path project) throws Exception {
            ConnectionInfo copy = generated("cmd_conv_dibs", false);
            String all = String.join(",", java.util.Arrays.stream(dev.dibs.engine.plan.Hazard.values()).map(Enum::name).toList());
            String difference;
            try {
                launcher.time(cl.mvn(project, CommandLines.concat(new String[] {cl.goal("sql"), "-Ddibs.apply=true",
                        "-Ddibs.allowHazards=" + all}, CommandLines.url("", copy), CommandLines.url("reference", b))));
                difference = Convergence.difference(copy, b);
            } catch (IllegalStateException e) {
                // a plan that cannot be applied does not converge: said in the row, the other measures stand
                System.err.println("    " + e.getMessage());
                difference = "applying it failed: " + e.getMessage().lines().filter(l -> l.contains("ERROR")).findFirst()
                        .orElse(e.getMessage().lines().findFirst().orElse("")).trim();
            }
            server.dropDatabase(copy);
            return difference;
        }

        /** Applies apgdiff's output to a fresh copy of A; null when it then is B. */
        private String apgdiffConverges(ConnectionInfo b, Path dumps) throws Exception {
            ConnectionInfo copy = generated("cmd_conv_apgdiff", false);
            String failed = Convergence.apply(copy, Files.readString(dumps.resolve("a-to-b.sql")));
            String difference = failed != null ? failed : Convergence.difference(copy, b);
            server.dropDatabase(copy);
            return difference;
        }

        private int changeSets(Path dumps) throws Exception {
            Path changelog = dumps.resolve("liquibase-changelog.txt");
            return Files.exists(changelog) ? Files.readString(changelog).split("<changeSet ", -1).length - 1 : -1;
        }

        private Map<String, String> versions() {
            return Map.of("maven", CommandLines.versionOf(dir, "mvn", "mvn", "-B", "-v"),
                    "pg_dump", CommandLines.versionOf(dir, "pg_dump", CommandLines.PG_DUMP, "--version")
                            .replace("pg_dump (PostgreSQL) ", "pg_dump ").replaceFirst(" \\(.*\\)$", ""),
                    "apgdiff", CommandLines.versionOf(dir, "apgdiff", "dpkg-query", "-W", "-f", "apgdiff ${Version}", "apgdiff"),
                    "liquibase", "Liquibase " + liquibase.util.LiquibaseUtil.getBuildVersion(),
                    "server", server.description());
        }
    }

    /** Keeps {@code ms} under {@code key} unless it is a warm-up; returns it. */
    private static double record(Map<String, List<Double>> t, String key, boolean warmup, double ms) {
        if (!warmup) {
            t.computeIfAbsent(key, k -> new java.util.ArrayList<>()).add(ms);
        }
        return ms;
    }

    private interface Timer {
        double time(String key, Launcher.Command command) throws Exception;
    }
}
