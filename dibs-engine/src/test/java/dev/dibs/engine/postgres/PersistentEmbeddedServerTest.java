package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dev database's server: its own embedded cluster in a directory, kept across runs. */
class PersistentEmbeddedServerTest {

    /**
     * One test, because every step needs the cluster the step before left behind (and each new
     * cluster costs an initdb).
     */
    @Test
    void keepsDataAcrossRunsEvenWhenARunWasKilled(@TempDir Path target) throws Exception {
        Path data = target.resolve("dibs/postgres");

        long start = System.nanoTime();
        try (PostgresServer first = PostgresServers.embedded(data)) {
            System.out.println("embedded start with initdb took "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms: " + first.description());
            assertThat(first.majorVersion()).isEqualTo(EmbeddedVersion.MAJOR);
            // a kept cluster may have been changed by hand, an existing server is anyone's: nothing they print is reused
            assertThat(first.identity()).isNull();
            assertThat(PostgresServers.existing(first.admin()).identity()).isNull();
            assertThat(first.description())
                    .matches("embedded PostgreSQL " + EmbeddedVersion.MAJOR + "\\.\\d+ on port \\d+, data in .*")
                    .contains(data.toString())
                    .doesNotContain(first.admin().password());
            assertRequiresItsPasswordAndOneUser(first, data);
            new TestDatabase(first.admin()).execute(
                    "CREATE TABLE kept (id int PRIMARY KEY, note text); INSERT INTO kept VALUES (1, 'survives');");
        }
        assertThat(target.resolve("dibs/postgres.log")).exists();

        // A run that is killed leaves its server running: pg_ctl detached it from the JVM.
        long orphan = startInAJvmThenKillIt(data);
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive)).as("server outlived its JVM").hasValue(true);

        start = System.nanoTime();
        try (PostgresServer next = PostgresServers.embedded(data)) {
            System.out.println("embedded restart after a killed run took "
                    + Duration.ofNanos(System.nanoTime() - start).toMillis() + " ms");
            TestDatabase db = new TestDatabase(next.admin());
            assertThat(db.queryString("SELECT note FROM kept WHERE id = 1")).isEqualTo("survives");
            assertThat(db.queryString("SELECT note FROM survivor")).isEqualTo("written by the killed run");
        }
        assertThat(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false)).isFalse();
    }

    @Test
    void refusesADirectoryWithAClusterItDidNotCreate(@TempDir Path target) throws Exception {
        Path data = Files.createDirectories(target.resolve("foreign"));
        Files.writeString(data.resolve("postgresql.conf"), "# someone else's cluster\n");

        assertThatThrownBy(() -> PostgresServers.embedded(data).close())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("did not create")
                .hasMessageContaining("Delete that directory");
    }


    private static void assertRequiresItsPasswordAndOneUser(PostgresServer server, Path data) throws Exception {
        ConnectionInfo admin = server.admin();
        Path passwordFile = data.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE);
        assertThat(admin.password()).isNotBlank();
        assertThat(Files.readString(passwordFile).trim()).isEqualTo(admin.password());
        assertThat(Files.getPosixFilePermissions(passwordFile))
                .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

        // zonky's own default would be "trust": anyone on the machine could sign in as superuser.
        for (String password : new String[] {null, "not-the-password"}) {
            ConnectionInfo intruder = new ConnectionInfo(admin.url(), admin.user(), password);
            assertThatThrownBy(() -> PostgresServers.existing(intruder).close())
                    .isInstanceOf(DatabaseUnavailableException.class)
                    .hasMessageContaining("password");
        }

        // Two servers on one data directory would corrupt it.
        assertThatThrownBy(() -> PostgresServers.embedded(data).close())
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("Could not start the embedded PostgreSQL (data directory " + data)
                .hasMessageContaining("is using it");
    }

    /** Starts the server in a child JVM that writes a row, kills that JVM, returns the server's pid. */
    private static long startInAJvmThenKillIt(Path data) throws Exception {
        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), KilledRunServer.class.getName(), data.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(child.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals("ready")) {
                // skip whatever else the child prints
            }
            assertThat(line).as("child started its server").isEqualTo("ready");
        } finally {
            child.destroyForcibly().waitFor();
        }
        return Long.parseLong(Files.readAllLines(data.resolve("postmaster.pid")).get(0).trim());
    }
}
