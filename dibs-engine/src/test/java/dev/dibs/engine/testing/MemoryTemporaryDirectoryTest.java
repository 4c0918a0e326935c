package dev.dibs.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

@WithPostgres
class MemoryTemporaryDirectoryTest {

    @Test
    void theTestServersClusterIsOnTheMemoryFileSystemWhenTheMachineHasOneWithRoom(PostgresServer server) throws Exception {
        String user = System.getProperty("user.name");
        Path expected = Boolean.parseBoolean(System.getProperty(MemoryTemporaryDirectory.PROPERTY, "true"))
                ? MemoryTemporaryDirectory.choose(Path.of("/dev/shm"), user) : null;
        assertThat(MemoryTemporaryDirectory.chosen()).isEqualTo(expected);
        if (expected == null || System.getenv(PostgresServers.TEST_DATABASE_ENV) != null) {
            return; // nothing moved, or the tests' server is not embedded
        }
        // The shared server's cluster is where the move put it (dibs reads java.io.tmpdir when it makes one).
        try (Connection c = server.admin().open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('data_directory')")) {
            rs.next();
            Path data = Path.of(rs.getString(1));
            assertThat(data).startsWith(expected);
            assertThat(Files.getFileStore(data).type()).isEqualTo("tmpfs");
        }
    }

    @Test
    void aDirectoryOnAnotherFileSystemOrMissingIsNotChosen() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        if (!"tmpfs".equals(Files.getFileStore(target).type())) {
            assertThat(MemoryTemporaryDirectory.choose(target, System.getProperty("user.name"))).isNull();
        }
        assertThat(MemoryTemporaryDirectory.choose(target.resolve("no-such-directory"), "x")).isNull();
    }
}
