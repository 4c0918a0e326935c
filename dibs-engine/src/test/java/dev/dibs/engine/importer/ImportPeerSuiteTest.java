package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every migra peer-suite "b" database imported whole (records and {@code dibs/*.sql} files): each
 * round-trips to no difference, or is refused naming the objects no record or file can declare.
 * Anything else (a difference, a crash, a refusal naming nothing) is wrong and fails the test. The
 * tally is printed and written to {@code target/peer-suite/import.md} for the issue's closing note.
 */
@WithPostgres
class ImportPeerSuiteTest {

    private static final Path CASES = Path.of(System.getProperty("dibs.test.peerSuites", "src/test/peer-suites"), "migra");
    /** The role migra's own harness creates before loading its fixtures (see MigraPeerSuiteTest). */
    private static final String ROLE = "schemainspect_test_role";

    private enum Kind { ROUND_TRIP, REFUSED, WRONG }

    private record Outcome(Kind kind, String detail) {
    }

    @TempDir
    Path dir;

    @Test
    void everyPeerSuiteDatabaseRoundTripsOrIsRefusedNamingWhy(PostgresServer server) throws Exception {
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES)) {
            cases = list.filter(p -> Files.exists(p.resolve("b.sql"))).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(20);
        try (Connection c = server.admin().open(); Statement s = c.createStatement()) { // roles are the server's: once
            s.execute("DO $$BEGIN CREATE ROLE " + ROLE + "; EXCEPTION WHEN duplicate_object THEN NULL; END$$");
        }
        long started = System.nanoTime();
        Map<String, Outcome> tally = new TreeMap<>();
        for (Path c : cases) {
            tally.put(c.getFileName().toString(), importCase(c, server));
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        String report = report(tally, millis);
        System.out.println(report);
        Path out = Path.of("target", "peer-suite", "import.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report, StandardCharsets.UTF_8);

        assertThat(tally.entrySet().stream().filter(e -> e.getValue().kind() == Kind.WRONG)
                .map(e -> e.getKey() + ": " + e.getValue().detail()).toList()).as("wrong cases").isEmpty();
        assertThat(tally.values()).anyMatch(o -> o.kind() == Kind.ROUND_TRIP);
    }

    private Outcome importCase(Path c, PostgresServer server) throws IOException {
        String name = c.getFileName().toString();
        ConnectionInfo db = server.createDatabase("imp_peer");
        try {
            try (Connection conn = db.open(); Statement s = conn.createStatement()) {
                s.execute(Files.readString(c.resolve("b.sql"), StandardCharsets.UTF_8));
            } catch (SQLException e) {
                return new Outcome(Kind.WRONG, "b.sql does not load here: " + e.getMessage());
            }
            List<String> schemas = userSchemas(db);
            try {
                RoundTrip.Result result = RoundTrip.run(db, schemas, server, dir.resolve(name));
                return result.empty() ? new Outcome(Kind.ROUND_TRIP, "no difference") : new Outcome(Kind.WRONG, result.explain());
            } catch (ImportRefusedException e) {
                // a refusal must name what it refuses: every line an object, none of them blank
                boolean named = !e.objects().isEmpty() && e.objects().stream().noneMatch(String::isBlank)
                        && e.objects().stream().allMatch(o -> e.getMessage().contains(o));
                return named ? new Outcome(Kind.REFUSED, String.join(" / ", e.objects()))
                        : new Outcome(Kind.WRONG, "refused without naming the objects: " + e.getMessage());
            } catch (RuntimeException e) {
                return new Outcome(Kind.WRONG, "the import failed: " + e);
            }
        } catch (SQLException e) {
            return new Outcome(Kind.WRONG, "cannot read the schemas: " + e.getMessage());
        } finally {
            server.dropDatabase(db);
        }
    }

    private static String report(Map<String, Outcome> tally, long millis) {
        long roundTrips = tally.values().stream().filter(o -> o.kind() == Kind.ROUND_TRIP).count();
        long refused = tally.values().stream().filter(o -> o.kind() == Kind.REFUSED).count();
        long wrong = tally.values().stream().filter(o -> o.kind() == Kind.WRONG).count();
        StringBuilder b = new StringBuilder("dibs:import of the migra peer-suite \"b\" databases: ").append(tally.size())
                .append(" cases, ").append(roundTrips).append(" round trip with no difference, ").append(refused)
                .append(" refused naming the cause, ").append(wrong).append(" wrong; ").append(millis).append(" ms\n\n")
                .append("| case | result | detail |\n|---|---|---|\n");
        tally.forEach((name, o) -> b.append("| ").append(name).append(" | ").append(o.kind().name().toLowerCase().replace('_', ' '))
                .append(" | ").append(o.detail().replace("|", "\\|").replaceAll("\\s+", " ")).append(" |\n"));
        return b.toString();
    }

    /** The schemas of the database, but the system's and those an extension made for itself. */
    private static List<String> userSchemas(ConnectionInfo db) throws SQLException {
        List<String> schemas = new ArrayList<>();
        try (Connection c = db.open(); Statement s = c.createStatement();
             var rs = s.executeQuery("SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%'"
                     + " AND nspname <> 'information_schema' AND NOT EXISTS (SELECT 1 FROM pg_extension x"
                     + " WHERE x.extnamespace = pg_namespace.oid AND nspname <> 'public') ORDER BY nspname")) {
            while (rs.next()) {
                schemas.add(rs.getString(1));
            }
        }
        return schemas;
    }
}
