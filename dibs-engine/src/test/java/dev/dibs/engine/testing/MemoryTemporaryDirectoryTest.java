package dev.dibs.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class MemoryTemporaryDirectoryTest {

    private static final String USER = System.getProperty("user.name");

    @Test
    void theTestServersClusterIsWhereTheTemporaryDirectoryWasMoved(PostgresServer server) throws Exception {
        Path chosen = MemoryTemporaryDirectory.chosen();
        boolean enabled = Boolean.parseBoolean(System.getProperty(MemoryTemporaryDirectory.PROPERTY, "true"));
        if (chosen == null) {
            // nothing moved: switched off, or no tmpfs with room here (checked again now, as at the start)
            assertThat(!enabled || MemoryTemporaryDirectory.choose(Path.of("/dev/shm"), USER) == null)
                    .as("a memory file system with room is here, yet the temporary directory did not move").isTrue();
            return;
        }
        assertThat(enabled).isTrue();
        assertThat(Path.of(System.getProperty("java.io.tmpdir"))).isEqualTo(chosen);
        assertThat(Files.getFileStore(chosen).type()).isEqualTo("tmpfs");
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(chosen, USER)).isTrue();
        if (System.getenv(PostgresServers.TEST_DATABASE_ENV) != null) {
            return; // the tests' server is not embedded
        }
        // dibs reads java.io.tmpdir when it makes a cluster: the shared server's went there
        try (Connection c = server.admin().open(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_setting('data_directory')")) {
            rs.next();
            assertThat(Path.of(rs.getString(1))).startsWith(chosen);
        }
    }

    @Test
    void aDirectoryOnAnotherFileSystemOrMissingIsNotChosen() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        if (!"tmpfs".equals(Files.getFileStore(target).type())) {
            assertThat(MemoryTemporaryDirectory.choose(target, USER)).isNull();
        }
        assertThat(MemoryTemporaryDirectory.choose(target.resolve("no-such-directory"), "x")).isNull();
    }

    @Test
    void onlyAPrivateDirectoryOfTheUserItselfIsUsed(@TempDir Path root) throws Exception {
        Path mine = Files.createDirectory(root.resolve("mine"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(mine, USER)).isTrue();
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(mine, USER + "-someone-else")).isFalse();

        Path link = Files.createSymbolicLink(root.resolve("link"), mine);
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(link, USER)).as("a link, even to one of mine").isFalse();

        Path open = Files.createDirectory(root.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(open, USER)).as("writable by others").isFalse();

        Path file = Files.writeString(root.resolve("file"), "");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(file, USER)).as("a file").isFalse();
        assertThat(MemoryTemporaryDirectory.ownedAndPrivate(root.resolve("missing"), USER)).isFalse();
    }
}
