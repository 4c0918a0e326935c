package dev.dibs.engine.peer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.diff.PartitioningRefused;
import dev.dibs.engine.ops.DatabaseComparison;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.plan.PlanOptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * migra's test fixtures as a peer suite (issue 9): for every case, database A from {@code a.sql}
 * is planned into database B from {@code b.sql} (B the desired state), the plan is applied, and
 * then
 * <ul>
 *   <li>dibs's own comparison must find nothing left to do;</li>
 *   <li>pg_dump of A and B must agree on everything dibs manages;</li>
 *   <li>every other difference must be among the report's "not managed" notes, and the plan must
 *       have left A's unmanaged objects exactly as they were.</li>
 * </ul>
 * Runs on an embedded PostgreSQL 15 (the surefire execution {@code peer-suite}), because pg_dump 15
 * refuses newer servers.
 */
@Tag("peer-suite")
class MigraPeerSuiteTest {
    private static final Path CASES = Path.of(System.getProperty("dibs.test.peerSuites", "src/test/peer-suites"), "migra");
    /** Roles migra's own harness creates before loading its fixtures (roles are cluster-wide). */
    private static final List<String> ROLES = List.of("schemainspect_test_role");
    /**
     * Cases whose outcome shows a known gap of dibs, with the reason and the warning dibs must give
     * before anything runs: they still run, their plan must fail as described, and the report must
     * have foretold it (so a fix shows up as a case to move out of here, and a lost warning as a
     * wrong case).
     */
    private record Gap(String reason, String warning) {
    }

    // dependencies2 (a table replaced by a view of its name under a view) and everything (views on a
    // dropped column) left this list once views became managed: both converge
    private static final Map<String, Gap> KNOWN_GAPS = Map.of();

    /**
     * Cases dibs refuses to plan, before anything runs, because PostgreSQL cannot make the change in
     * place; with what the refusal must say. A refusal elsewhere, or saying something else, is wrong.
     */
    private static final Map<String, String> KNOWN_REFUSALS = Map.of(
            "partitioning", "dibs cannot change the partitioning of table public.partitioned2reg: the database has it"
                    + " PARTITION BY RANGE (logdate), the desired state not partitioned.");

    /**
     * What a user must do by hand before dibs can plan a case (dibs manages neither extensions
     * nor other unmanaged objects), run on A before planning.
     */
    private static final Map<String, String> PREPARE_A = Map.of(
            "everything", "CREATE EXTENSION hstore");

    private static final String PLAN_FAILED = "the plan failed: ";

    private static PostgresServer server;
    private static PgDump pgDump;
    private static final Map<String, Outcome> OUTCOMES = new LinkedHashMap<>();
    private static long started;

    enum Result { CONVERGED, UNMANAGED_ONLY, NOT_RUN, KNOWN_GAP, REFUSED, WRONG }

    record Outcome(Result result, String reason, long millis) {
    }

    @BeforeAll
    static void startServer() throws SQLException {
        started = System.nanoTime();
        pgDump = PgDump.find();
        server = PostgresServers.embedded();
        assertThat(server.majorVersion())
                .as("the peer suite needs a server pg_dump %d (%s) can dump; run it through the surefire execution"
                        + " 'peer-suite', which uses PostgreSQL 15 binaries", pgDump.major(), pgDump.executable())
                .isLessThanOrEqualTo(pgDump.major());
        try (Connection c = server.admin().open(); Statement s = c.createStatement()) {
            for (String role : ROLES) {
                s.execute("CREATE ROLE " + role);
            }
        }
    }

    @AfterAll
    static void tally() throws IOException {
        if (server != null) {
            server.close();
        }
        StringBuilder sb = new StringBuilder();
        sb.append("| case | result | reason |\n|---|---|---|\n");
        OUTCOMES.forEach((name, o) -> sb.append("| ").append(name).append(" | ").append(o.result().name().toLowerCase().replace('_', ' '))
                .append(" | ").append(o.reason().replace("|", "\\|").replace("\n", " ")).append(" |\n"));
        Map<Result, Long> counts = OUTCOMES.values().stream().collect(Collectors.groupingBy(Outcome::result, Collectors.counting()));
        String summary = "migra peer suite on " + (server == null ? "?" : server.description()) + ", pg_dump " + pgDump.major()
                + ": " + OUTCOMES.size() + " cases, " + counts.getOrDefault(Result.CONVERGED, 0L) + " converged, "
                + counts.getOrDefault(Result.UNMANAGED_ONLY, 0L) + " with only reported unmanaged differences, "
                + counts.getOrDefault(Result.REFUSED, 0L) + " refused before running, naming the reason, "
                + counts.getOrDefault(Result.KNOWN_GAP, 0L) + " known gaps, "
                + counts.getOrDefault(Result.NOT_RUN, 0L) + " not run, "
                + counts.getOrDefault(Result.WRONG, 0L) + " wrong; "
                + (System.nanoTime() - started) / 1_000_000 + " ms";
        System.out.println(summary + "\n" + sb);
        Path out = Path.of("target", "peer-suite", "migra.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, summary + "\n\n" + sb, StandardCharsets.UTF_8);
    }

    @TestFactory
    Stream<DynamicTest> migraCases() throws IOException {
        assertThat(CASES).as("migra's fixtures").isDirectory();
        List<Path> cases;
        try (Stream<Path> dirs = Files.list(CASES)) {
            cases = dirs.filter(Files::isDirectory).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(20);
        return cases.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> runCase(dir)));
    }

    private void runCase(Path dir) throws Exception {
        String name = dir.getFileName().toString();
        long start = System.nanoTime();
        Outcome outcome;
        ConnectionInfo a = server.createDatabase("peer_a");
        ConnectionInfo b = server.createDatabase("peer_b");
        try {
            outcome = check(dir, a, b);
        } finally {
            server.dropDatabase(a);
            server.dropDatabase(b);
        }
        Gap gap = KNOWN_GAPS.get(name);
        if (gap != null && outcome.result() == Result.WRONG && outcome.reason().startsWith(PLAN_FAILED)) {
            if (!outcome.reason().contains(gap.warning())) {
                throw new AssertionError(name + ": the plan failed as known, but no warning said \"" + gap.warning()
                        + "\" before: " + outcome.reason());
            }
            outcome = new Outcome(Result.KNOWN_GAP, gap.reason(), 0);
        }
        String refusal = KNOWN_REFUSALS.get(name);
        if (outcome.result() == Result.REFUSED && (refusal == null || !outcome.reason().startsWith(refusal))) {
            outcome = wrong("refused " + (refusal == null ? "unexpectedly" : "without saying \"" + refusal + "\"") + ": "
                    + outcome.reason());
        } else if (refusal != null && outcome.result() != Result.REFUSED) {
            throw new AssertionError(name + " is listed as refused (" + refusal + ") but now gives " + outcome.result()
                    + ": take it off the list");
        }
        outcome = new Outcome(outcome.result(), outcome.reason(), (System.nanoTime() - start) / 1_000_000);
        OUTCOMES.put(name, outcome);
        if (outcome.result() == Result.WRONG) {
            throw new AssertionError(name + ": " + outcome.reason());
        }
        if (gap != null && outcome.result() != Result.KNOWN_GAP) {
            throw new AssertionError(name + " is listed as a known gap (" + gap.reason() + ") but now gives " + outcome.result()
                    + ": take it off the list");
        }
    }

    private Outcome check(Path dir, ConnectionInfo a, ConnectionInfo b) throws IOException {
        for (var side : List.of(Map.entry(a, "a.sql"), Map.entry(b, "b.sql"))) {
            try {
                execute(side.getKey(), Files.readString(dir.resolve(side.getValue()), StandardCharsets.UTF_8));
            } catch (SQLException e) {
                return new Outcome(Result.NOT_RUN, side.getValue() + " does not load here: " + e.getMessage(), 0);
            }
        }
        String prepare = PREPARE_A.get(dir.getFileName().toString());
        if (prepare != null) {
            try {
                execute(a, prepare);
            } catch (SQLException e) {
                return new Outcome(Result.NOT_RUN, "cannot prepare A (" + prepare + "): " + e.getMessage(), 0);
            }
        }
        List<String> schemas = new ArrayList<>(userSchemas(a));
        userSchemas(b).stream().filter(s -> !schemas.contains(s)).forEach(schemas::add);

        List<DumpEntry> before = pgDump.dump(a);
        Set<String> managedBefore = managedTables(List.of(a), schemas);
        DriftReport report;
        try {
            report = DatabaseComparison.compare(a, b, schemas, PlanOptions.defaults(), () -> server);
        } catch (PartitioningRefused e) {
            return new Outcome(Result.REFUSED, e.getMessage(), 0);
        } catch (RuntimeException e) {
            return wrong("planning failed: " + e);
        }
        if (!report.applicable()) { // what dibs would write differs from B: refused before anything runs, never applied
            return new Outcome(Result.REFUSED, String.join(" ", report.unreproducible()), 0);
        }
        try (Connection c = a.open()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        } catch (SQLException | RuntimeException e) {
            return wrong(PLAN_FAILED + e.getMessage() + "\nwarnings: " + report.warnings() + "\nplan:\n" + report.plan().toSql());
        }
        DriftReport again = DatabaseComparison.compare(a, b, schemas, PlanOptions.defaults(), () -> server);
        if (again.hasDrift()) {
            return wrong("a second comparison still plans:\n" + again.plan().toSql() + String.join("\n", again.unreproducible())
                    + "\nafter applying:\n" + report.plan().toSql());
        }

        Set<String> managed = new TreeSet<>(managedBefore);
        managed.addAll(managedTables(List.of(a, b), schemas));
        DumpClassifier classifier = new DumpClassifier(managed, new java.util.HashSet<>(schemas));
        List<DumpEntry> after = pgDump.dump(a);
        List<DumpEntry> desired = pgDump.dump(b);
        List<String> problems = new ArrayList<>();
        List<String> unmanagedDifferences = new ArrayList<>();
        for (String key : differingKeys(after, desired)) {
            DumpEntry e = entry(after, key) != null ? entry(after, key) : entry(desired, key);
            if (DumpClassifier.onlyCollationsDiffer(entry(after, key), entry(desired, key), report.notManaged())) {
                unmanagedDifferences.add(key + " (column collations)");
            } else if (DumpClassifier.onlyConstraintOptionsDiffer(entry(after, key), entry(desired, key), report.notManaged())) {
                unmanagedDifferences.add(key + " (DEFERRABLE)");
            } else if (classifier.managed(e)) {
                problems.add("pg_dump differs on " + key + ":\n  A: " + sqlOf(after, key) + "\n  B: " + sqlOf(desired, key));
            } else if (!DumpClassifier.reported(e, report.notManaged())) {
                problems.add("not reported as not managed: " + key + ":\n  A: " + sqlOf(after, key) + "\n  B: " + sqlOf(desired, key));
            } else {
                unmanagedDifferences.add(key);
            }
        }
        for (String key : differingKeys(before, after)) {
            DumpEntry e = entry(before, key) != null ? entry(before, key) : entry(after, key);
            if (!classifier.managed(e) && !classifier.serialSequence(e, before, after)) {
                problems.add("the plan changed an object dibs does not manage: " + key + ":\n  before: " + sqlOf(before, key)
                        + "\n  after: " + sqlOf(after, key));
            }
        }
        if (!problems.isEmpty()) {
            return wrong(String.join("\n", problems) + "\nplan:\n" + report.plan().toSql() + "\nnotes: " + report.notManaged());
        }
        String prepared = prepare == null ? "" : "; A prepared by hand with " + prepare;
        if (unmanagedDifferences.isEmpty()) {
            return new Outcome(Result.CONVERGED, report.plan().statements().size() + " statement(s)" + prepared, 0);
        }
        return new Outcome(Result.UNMANAGED_ONLY, report.plan().statements().size() + " statement(s)" + prepared
                + "; reported: " + String.join(", ", unmanagedDifferences), 0);
    }

    private static Outcome wrong(String reason) {
        return new Outcome(Result.WRONG, reason, 0);
    }

    private static Set<String> differingKeys(List<DumpEntry> x, List<DumpEntry> y) {
        Map<String, String> mx = bodies(x);
        Map<String, String> my = bodies(y);
        Set<String> keys = new TreeSet<>(mx.keySet());
        keys.addAll(my.keySet());
        keys.removeIf(k -> mx.containsKey(k) && mx.get(k).equals(my.get(k)));
        return keys;
    }

    /** Entry bodies by key; several entries may share a key (e.g. ACLs), so their bodies are joined in order. */
    private static Map<String, String> bodies(List<DumpEntry> entries) {
        Map<String, String> m = new LinkedHashMap<>();
        for (DumpEntry e : entries) {
            m.merge(e.key(), e.sql(), (p, q) -> p + "\n" + q);
        }
        return m;
    }

    private static DumpEntry entry(List<DumpEntry> entries, String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst().orElse(null);
    }

    private static String sqlOf(List<DumpEntry> entries, String key) {
        String sql = bodies(entries).get(key);
        return sql == null ? "(absent)" : sql.replace("\n", " ");
    }

    private static Set<String> managedTables(List<ConnectionInfo> dbs, List<String> schemas) {
        Set<String> tables = new TreeSet<>();
        for (ConnectionInfo db : dbs) {
            try (Connection c = db.open()) {
                var schema = Inspector.inspect(c, schemas).schema();
                for (Table t : schema.tables()) {
                    tables.add(t.name().schema() + "." + t.name().name());
                }
                // views and materialized views are managed too: their entries, indexes, triggers and comments
                schema.views().forEach(v -> tables.add(v.name().schema() + "." + v.name().name()));
                schema.materializedViews().forEach(v -> tables.add(v.name().schema() + "." + v.name().name()));
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        }
        return tables;
    }

    private static List<String> userSchemas(ConnectionInfo db) {
        try (Connection c = db.open(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT nspname FROM pg_catalog.pg_namespace"
                     + " WHERE nspname !~ '^pg_' AND nspname <> 'information_schema' ORDER BY nspname")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
            }
            return names;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void execute(ConnectionInfo db, String script) throws SQLException {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(script);
        }
    }
}
