package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two tests, the same steps, in either order: if they shared a database, the second would find
 * the first one's table. The second also sees that the first one's database was dropped.
 */
@WithPostgres
class DatabaseIsolationTest {
    private static final List<String> EARLIER = new ArrayList<>();

    @Test
    void firstTest(TestDatabase db, PostgresServer server) throws SQLException {
        createProbeInAnEmptyDatabase(db, server);
    }

    @Test
    void secondTest(TestDatabase db, PostgresServer server) throws SQLException {
        createProbeInAnEmptyDatabase(db, server);
    }

    private static synchronized void createProbeInAnEmptyDatabase(TestDatabase db, PostgresServer server)
            throws SQLException {
        assertThat(db.hasTable("probe")).isFalse();
        assertThat(EARLIER).doesNotContain(db.name());
        for (String earlier : EARLIER) {
            assertThat(ScratchDatabasesTest.exists(server, earlier)).as("dropped after its test: " + earlier).isFalse();
        }

        db.execute("CREATE TABLE probe (id int PRIMARY KEY); INSERT INTO probe VALUES (1), (2);");

        assertThat(db.hasTable("probe")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM probe ORDER BY id")).containsExactly("1", "2");
        EARLIER.add(db.name());
    }
}
