package dev.dibs.bench;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs every benchmark on one throwaway embedded PostgreSQL and prints the table (Markdown) on
 * standard output; progress goes to standard error.
 *
 * <pre>
 * --sizes=100,1000,5000      schema sizes for introspection (the largest one is also the memory probe's)
 * --liquibase-max=1000       the largest size Liquibase snapshots (it takes tens of seconds per 1,000 tables)
 * --skip=plan,load,migrate,memory,report,commands,fleet
 * --fleet-targets=60 (and the other --fleet- options of {@link FleetBench})
 * --commands-runs=5 (and the other --commands- options of {@link CommandBench})
 * </pre>
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        List<Integer> sizes = List.of(100, 1000, 5000);
        int liquibaseMax = 1000;
        List<String> skip = List.of();
        List<String> commandOptions = new ArrayList<>();
        List<String> fleetOptions = new ArrayList<>();
        for (String a : args) {
            if (a.startsWith("--sizes=") && a.length() > 8) {
                sizes = Arrays.stream(a.substring(8).split(",")).map(String::trim).map(Integer::parseInt).sorted().toList();
            } else if (a.equals("--sizes=")) {
                sizes = List.of();
            } else if (a.startsWith("--liquibase-max=")) {
                liquibaseMax = Integer.parseInt(a.substring(16));
            } else if (a.startsWith("--commands-")) {
                commandOptions.add(a);
            } else if (a.startsWith("--fleet-")) {
                fleetOptions.add(a);
            } else if (a.startsWith("--skip=")) {
                skip = List.of(a.substring(7).split(","));
            } else {
                throw new IllegalArgumentException("unknown argument " + a + " (see dev.dibs.bench.Bench)");
            }
        }
        long start = System.nanoTime();
        Report report = new Report();
        // checked first: a missing plugin is said at once, not after minutes of the other measures
        CommandBench commands = skip.contains("commands") ? null : new CommandBench(report, commandOptions);
        FleetBench fleet = skip.contains("fleet") ? null : new FleetBench(report, fleetOptions);
        Path work = Files.createTempDirectory("dibs-bench");
        try (PostgresServer server = PostgresServers.embedded()) {
            System.err.println("dibs-bench on " + server.description());
            IntrospectionBench introspection = new IntrospectionBench(report);
            ConnectionInfo largest = null;
            for (int n : sizes) {
                ConnectionInfo db = server.createDatabase("bench_t" + n);
                long t0 = System.nanoTime();
                try (var c = db.open()) {
                    GeneratedSchema.create(c, n);
                }
                System.err.printf("created %,d tables in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
                introspection.run(db, n, n <= liquibaseMax);
                if (largest != null) {
                    server.dropDatabase(largest);
                }
                largest = db;
            }
            introspection.growth();
            if (!skip.contains("plan")) {
                System.err.println("diff + solve");
                new PlanBench(report).run();
            }
            if (!skip.contains("load")) {
                System.err.println("intent loading");
                new LoadBench(report).run(work);
            }
            if (!skip.contains("migrate")) {
                System.err.println("migrate overhead");
                new MigrateBench(report).run(server, work);
            }
            if (!skip.contains("report")) {
                System.err.println("reports at " + ReportBench.TABLES + " tables");
                new ReportBench(report).run(server, work);
            }
            if (commands != null) {
                System.err.println("whole commands");
                commands.run(work);
            }
            if (fleet != null) {
                System.err.println("fleets");
                fleet.run(server, work);
            }
            if (!skip.contains("memory") && largest != null) {
                System.err.println("memory");
                memory(report, largest, sizes.get(sizes.size() - 1));
            }
            System.out.println();
            System.out.println(machine(server));
            System.out.println();
            System.out.print(report.render());
            System.out.printf("%nWhole run: %.0f s.%n", (System.nanoTime() - start) / 1e9);
            System.out.println();
            System.out.print(report.verdicts());
        } finally {
            deleteTree(work);
        }
        if (!report.missed().isEmpty()) {
            // the table and the FAIL lines are out: the run itself fails, so a missed target stops a build
            System.err.println("dibs-bench: " + report.missed().size() + " target(s) missed, see the FAIL lines above");
            System.exit(1);
        }
    }

    private static void memory(Report report, ConnectionInfo db, int tables) throws Exception {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        List<String> command = new ArrayList<>(List.of(java.toString(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                MemoryProbe.class.getName(), db.url(), db.user(), db.password()));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = p.waitFor();
        String size = String.format("%,d tables", tables);
        if (exit != 0) {
            report.add("5. memory (inspect + plan)", size, "failed under -Xmx512m (exit " + exit + ")", "", "",
                    "< 512 MiB heap", false);
            return;
        }
        long peak = Long.parseLong(field(out, "peakHeap"));
        report.add("5. memory (inspect + plan)", size, String.format("ran under -Xmx512m; pool peaks %d MiB", peak >> 20),
                String.format("%,d changes planned", Long.parseLong(field(out, "changes"))), "", "< 512 MiB heap", true);
    }

    private static String field(String line, String name) {
        for (String part : line.split(" ")) {
            if (part.startsWith(name + "=")) {
                return part.substring(name.length() + 1);
            }
        }
        throw new IllegalStateException("no " + name + " in memory probe output: " + line);
    }

    private static String machine(PostgresServer server) throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            try (Stream<String> lines = Files.lines(info)) {
                cpu = lines.filter(l -> l.startsWith("model name")).findFirst().map(l -> l.substring(l.indexOf(':') + 1).trim())
                        .orElse(cpu);
            }
        }
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean sun ? sun.getTotalMemorySize() >> 30 : -1;
        return String.format("Machine: %d cores (%s), %d GiB RAM, %s %s; Java %s (%s); %s.",
                Runtime.getRuntime().availableProcessors(), cpu, memory, System.getProperty("os.name"),
                System.getProperty("os.version"), System.getProperty("java.version"), System.getProperty("java.vm.name"),
                server.description());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> p.toFile().delete());
        }
    }
}
