package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server started for one run lends the databases its fresh cluster came with before it creates
 * any: they are as empty as a new one, and "dropping" them leaves the cluster alone.
 */
class OneRunServerTest {

    @TempDir
    Path templates;

    /** A close starts a spare copy in the background: it must end before the folder is deleted. */
    @AfterEach
    void spareCopiesMade() throws InterruptedException {
        ClusterTemplate.awaitSpares(templates);
    }

    @Test
    void theMaintenanceAndPristineDatabasesComeFirstThenNewOnes() throws Exception {
        try (PostgresServer server = PostgresServers.forOneRun(
                EmbeddedPostgresLauncher.throwaway(ThrowawayFromTemplateTest.binariesJar(), templates))) {
            ConnectionInfo first = server.createDatabase("dibs_check");
            ConnectionInfo second = server.createDatabase("dibs_scratch");
            ConnectionInfo third = server.createDatabase("dibs_scratch");
            assertThat(first.database()).isEqualTo("postgres");
            assertThat(second.database()).isEqualTo(ClusterTemplate.PRISTINE);
            assertThat(third.database()).startsWith("dibs_scratch_");
            for (ConnectionInfo lent : new ConnectionInfo[] {first, second}) {
                TestDatabase db = new TestDatabase(lent);
                assertThat(db.queryString("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname NOT IN ('pg_catalog', 'information_schema', 'pg_toast')")).as(lent.database()).isEqualTo("0");
                db.execute("CREATE TABLE used (id int)");
            }

            server.dropDatabase(second);
            server.dropDatabase(third);
            TestDatabase admin = new TestDatabase(server.admin());
            assertThat(admin.queryString("SELECT count(*) FROM pg_database WHERE datname = '" + ClusterTemplate.PRISTINE + "'"))
                    .as("a lent database goes with the cluster").isEqualTo("1");
            assertThat(admin.queryString("SELECT count(*) FROM pg_database WHERE datname = '" + third.database() + "'")).isEqualTo("0");
            assertThat(server.createDatabase("again").database()).as("a lent database is not lent twice").startsWith("again_");
        }
    }

    @Test
    void aServerThatOutlivesTheRunIsReturnedAsItIs() throws Exception {
        try (PostgresServer kept = EmbeddedPostgresLauncher.throwaway(ThrowawayFromTemplateTest.binariesJar(), templates)) {
            PostgresServer existing = PostgresServers.existing(kept.admin());
            assertThat(PostgresServers.forOneRun(existing)).isSameAs(existing);
            PostgresServer once = PostgresServers.forOneRun(kept);
            assertThat(once).as("a cluster copied for the run lends").isNotSameAs(kept);
            assertThat(PostgresServers.forOneRun(once)).isSameAs(once);
        }
    }
}
