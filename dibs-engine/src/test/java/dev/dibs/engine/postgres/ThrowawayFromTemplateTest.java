package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throwaway servers from a binaries jar start from a copy of a cluster template instead of their
 * own initdb, and stay as isolated as before: own cluster, own password.
 *
 * <p>initdb gives every cluster a random system identifier ({@code pg_control_system()}), so two
 * servers with the same one are copies of one initdb: that, not timing, shows initdb did not run.
 */
class ThrowawayFromTemplateTest {

    @TempDir
    Path templates;

    @Test
    void theSecondThrowawayIsACopyNotANewInitdbAndBothAreIsolated() throws Exception {
        Path jar = binariesJar();
        try (PostgresServer first = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            Path template = onlyTemplate();
            Object templateInode = Files.readAttributes(template, "unix:ino").get("ino");
            try (PostgresServer second = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
                assertThat(systemIdentifier(second)).isEqualTo(systemIdentifier(first));
                assertThat(onlyTemplate()).isEqualTo(template);
                assertThat(Files.readAttributes(template, "unix:ino").get("ino")).as("not rebuilt").isEqualTo(templateInode);

                // Own password each, never the other's.
                assertThat(second.admin().password()).isNotEqualTo(first.admin().password());
                ConnectionInfo withFirstsPassword = new ConnectionInfo(second.admin().url(), "postgres", first.admin().password());
                assertThatThrownBy(() -> PostgresServers.existing(withFirstsPassword).close())
                        .isInstanceOf(DatabaseUnavailableException.class);
                ConnectionInfo noPassword = new ConnectionInfo(second.admin().url(), "postgres", null);
                assertThatThrownBy(() -> PostgresServers.existing(noPassword).close())
                        .isInstanceOf(DatabaseUnavailableException.class);

                // Own cluster each: what one creates, the other does not see.
                new TestDatabase(first.admin()).execute("CREATE TABLE only_in_first (id int)");
                ConnectionInfo scratch = first.createDatabase("only_first");
                TestDatabase other = new TestDatabase(second.admin());
                assertThat(other.hasTable("only_in_first")).isFalse();
                assertThat(other.queryString("SELECT count(*) FROM pg_database WHERE datname = '" + scratch.database() + "'"))
                        .isEqualTo("0");
            }
        }
        try (PostgresServer third = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            assertThat(new TestDatabase(third.admin()).hasTable("only_in_first")).as("the template is never written to").isFalse();
        }
    }

    @Test
    void aDamagedTemplateIsRebuiltByTheNextThrowaway() throws Exception {
        Path jar = binariesJar();
        String before;
        try (PostgresServer first = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            before = systemIdentifier(first);
        }
        Files.delete(onlyTemplate().resolve("PG_VERSION"));

        try (PostgresServer next = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            assertThat(systemIdentifier(next)).as("a new initdb").isNotEqualTo(before);
            assertThat(new TestDatabase(next.admin()).queryString("SELECT 1")).isEqualTo("1");
        }
        assertThat(onlyTemplate().resolve("PG_VERSION")).exists();
    }

    @Test
    void twoThrowawaysStartingAtOnceShareOneNewTemplate() throws Exception {
        Path jar = binariesJar();
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<PostgresServer> a = threads.submit(() -> EmbeddedPostgresLauncher.throwaway(jar, templates));
            Future<PostgresServer> b = threads.submit(() -> EmbeddedPostgresLauncher.throwaway(jar, templates));
            try (PostgresServer one = a.get(120, TimeUnit.SECONDS); PostgresServer two = b.get(120, TimeUnit.SECONDS)) {
                assertThat(new TestDatabase(one.admin()).queryString("SELECT 1")).isEqualTo("1");
                assertThat(new TestDatabase(two.admin()).queryString("SELECT 1")).isEqualTo("1");
                assertThat(one.admin().password()).isNotEqualTo(two.admin().password());
            }
        } finally {
            threads.shutdownNow();
        }
        Path template = onlyTemplate();
        assertThat(ClusterTemplate.read(template)).isNotNull();
        try (PostgresServer later = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            assertThat(later.majorVersion()).isEqualTo(EmbeddedVersion.MAJOR);
            assertThat(onlyTemplate()).isEqualTo(template);
        }
    }

    @Test
    void closingDeletesTheCopyButNotTheTemplate() throws Exception {
        Path data;
        try (PostgresServer server = EmbeddedPostgresLauncher.throwaway(binariesJar(), templates)) {
            data = Path.of(new TestDatabase(server.admin()).queryString("SHOW data_directory"));
            assertThat(data).exists();
            assertThat(data).isNotEqualTo(onlyTemplate());
        }
        assertThat(data).doesNotExist();
        assertThat(ClusterTemplate.read(onlyTemplate())).isNotNull();
    }

    @Test
    void aSessionLeftOpenDoesNotHoldUpTheStop() throws Exception {
        Path data;
        Connection forgotten;
        PostgresServer server = EmbeddedPostgresLauncher.throwaway(binariesJar(), templates);
        data = Path.of(new TestDatabase(server.admin()).queryString("SHOW data_directory"));
        forgotten = server.admin().open();
        try {
            long start = System.nanoTime();
            server.close();
            // A smart shutdown would wait for the session (10 s, then the server is killed).
            assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            assertThat(data).doesNotExist();
            assertThat(forgotten.isValid(1)).isFalse();
        } finally {
            forgotten.close();
        }
    }

    private static String systemIdentifier(PostgresServer server) throws Exception {
        return new TestDatabase(server.admin()).queryString("SELECT system_identifier FROM pg_control_system()");
    }

    /** The one template under the root, and nothing else (no building or damaged leftovers). */
    private Path onlyTemplate() throws Exception {
        try (Stream<Path> children = Files.list(templates)) {
            var all = children.toList();
            assertThat(all).hasSize(1);
            return all.get(0);
        }
    }

    /** The binaries jar of this machine's platform on the test class path (the build's version). */
    static Path binariesJar() throws Exception {
        String artifact = EmbeddedBinaries.forThisMachine("").artifactId();
        for (URL url : Collections.list(ThrowawayFromTemplateTest.class.getClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String path = url.getPath();
            int bang = path.indexOf("!/");
            if (url.getProtocol().equals("jar") && bang > 0) {
                Path jar = Path.of(new URL(path.substring(0, bang)).toURI());
                if (jar.getFileName().toString().matches(artifact + "-\\d.*\\.jar")) {
                    return jar;
                }
            }
        }
        throw new AssertionError("no " + artifact + " jar on the test class path");
    }
}
