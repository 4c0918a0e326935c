package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.WithPostgres;
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
 * migra's peer-suite "b" databases imported: every one whose managed objects are tables and enum
 * types (the rest need the SQL-file half of the import) round-trips to no difference, or is refused
 * naming what records cannot say. The tally is printed for the closing note.
 */
@WithPostgres
class ImportPeerSuiteTest {

    private static final Path CASES = Path.of(System.getProperty("dibs.test.peerSuites", "src/test/peer-suites"), "migra");

    @TempDir
    Path dir;

    @Test
    void peerSuiteDatabasesOfTablesAndEnumsRoundTrip(PostgresServer server) throws Exception {
        Map<String, String> tally = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        List<Path> cases;
        try (Stream<Path> list = Files.list(CASES)) {
            cases = list.filter(p -> Files.exists(p.resolve("b.sql"))).sorted().toList();
        }
        assertThat(cases).hasSizeGreaterThan(20);
        for (Path c : cases) {
            String name = c.getFileName().toString();
            ConnectionInfo db = server.createDatabase("imp_peer");
            try {
                try (Connection conn = db.open(); Statement s = conn.createStatement()) {
                    s.execute(Files.readString(c.resolve("b.sql"), StandardCharsets.UTF_8));
                } catch (SQLException e) {
                    tally.put(name, "not run: b.sql does not load here: " + e.getMessage().lines().findFirst().orElse(""));
                    continue;
                }
                List<String> schemas = userSchemas(db);
                Schema inspected = Inspector.inspect(db, schemas).schema();
                boolean tablesAndEnumsOnly = inspected.sequences().isEmpty() && inspected.domains().isEmpty()
                        && inspected.routines().isEmpty() && inspected.triggers().isEmpty() && inspected.views().isEmpty()
                        && inspected.materializedViews().isEmpty() && inspected.policies().isEmpty()
                        && inspected.extensions().isEmpty();
                String outcome;
                try {
                    RoundTrip.Result result = RoundTrip.run(db, schemas, server, dir.resolve(name));
                    outcome = result.empty() ? "round trip: no difference" : "DIFFERS: " + result.explain();
                } catch (ImportException e) {
                    outcome = "refused: " + String.join("; ", e.problems());
                } catch (RuntimeException e) {
                    outcome = "FAILED: " + e.getMessage();
                }
                if (!tablesAndEnumsOnly && !outcome.startsWith("round trip") && !outcome.startsWith("refused")) {
                    outcome = "needs the SQL-file half: " + outcome.lines().findFirst().orElse("");
                } else if (!outcome.startsWith("round trip") && !outcome.startsWith("refused")) {
                    wrong.add(name + ": " + outcome);
                }
                tally.put(name, outcome);
            } finally {
                server.dropDatabase(db);
            }
        }
        tally.forEach((k, v) -> System.out.println("import peer-suite " + k + ": " + v.lines().findFirst().orElse("")));
        assertThat(wrong).isEmpty();
        assertThat(tally.values()).anyMatch(v -> v.startsWith("round trip"));
    }

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
