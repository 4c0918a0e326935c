package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a cluster template is found, built, rebuilt and raced for, on the file system alone: the
 * initialiser here lays out the files a real initdb would check for (the launcher's tests run the
 * real one, {@link ThrowawayFromTemplateTest}).
 */
class ClusterTemplateTest {

    @TempDir
    Path root;

    private final AtomicInteger builds = new AtomicInteger();

    @Test
    void isBuiltOnceThenReused() throws Exception {
        ClusterTemplate.Template first = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);
        ClusterTemplate.Template second = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        assertThat(builds).hasValue(1);
        assertThat(second).isEqualTo(first);
        assertThat(first.directory()).isEqualTo(root.resolve("pg"));
        assertThat(children(root)).containsExactlyInAnyOrder("bin", "pg");
        assertThat(first.directory().resolve("epg-lock")).as("zonky's lock of the build's server").doesNotExist();
        assertThat(Files.getPosixFilePermissions(root)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(Files.getPosixFilePermissions(first.directory())).isEqualTo(PosixFilePermissions.fromString("rwx------"));
    }

    @Test
    void aTemplateWithoutPgVersionIsRebuiltNotUsed() throws Exception {
        ClusterTemplate.ensure(root, "pg", this::fakeInitdb);
        Files.delete(root.resolve("pg/PG_VERSION"));

        ClusterTemplate.Template rebuilt = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        assertThat(builds).hasValue(2);
        assertThat(rebuilt.directory().resolve("PG_VERSION")).exists();
        assertThat(children(root)).containsExactlyInAnyOrder("bin", "pg");
    }

    @Test
    void aDirectoryWithoutTheMarkerIsRebuiltNotUsed() throws Exception {
        // What a copy or a build stopped half-way would look like, had it been in place.
        Path half = Files.createDirectories(root.resolve("pg/global"));
        Files.writeString(half.resolveSibling("PG_VERSION"), "17");
        Files.writeString(half.resolve("pg_control"), "");

        ClusterTemplate.Template template = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        assertThat(builds).hasValue(1);
        assertThat(template.directory().resolve(ClusterTemplate.MARKER)).exists();
        assertThat(template.directory().resolve("built-by-fake-initdb")).exists();
    }

    @Test
    void aKilledRunsBuildingDirectoryIsNeverUsedAndRemovedOnceOld() throws Exception {
        Path killed = Files.createDirectories(root.resolve(".building-pg-123"));
        fakeInitdb(killed);
        Files.writeString(killed.resolve(ClusterTemplate.MARKER), root.resolve("bin").toString());
        Files.setLastModifiedTime(killed, FileTime.from(Instant.now().minus(2, ChronoUnit.HOURS)));
        Path recent = Files.createDirectories(root.resolve(".building-pg-456"));
        builds.set(0);

        ClusterTemplate.Template template = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        assertThat(builds).hasValue(1);
        assertThat(template.directory()).isEqualTo(root.resolve("pg"));
        // A recent one may be another run's build in progress: left alone.
        assertThat(children(root)).containsExactlyInAnyOrder("bin", "pg", recent.getFileName().toString());
    }

    @Test
    void twoConcurrentBuildsLeaveOneGoodTemplate() throws Exception {
        CountDownLatch bothBuilding = new CountDownLatch(2);
        ClusterTemplate.Initialiser slow = directory -> {
            bothBuilding.countDown();
            try {
                // Both threads must be inside a build at once, or this tests nothing.
                assertThat(bothBuilding.await(10, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IOException(e);
            }
            return fakeInitdb(directory);
        };
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<ClusterTemplate.Template> a = threads.submit(() -> ClusterTemplate.ensure(root, "pg", slow));
            Future<ClusterTemplate.Template> b = threads.submit(() -> ClusterTemplate.ensure(root, "pg", slow));

            assertThat(a.get(20, TimeUnit.SECONDS)).isEqualTo(b.get(20, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
        assertThat(builds).hasValue(2);
        assertThat(children(root)).containsExactlyInAnyOrder("bin", "pg");
        assertThat(ClusterTemplate.read(root.resolve("pg"))).isNotNull();
    }

    @Test
    void aCopyHasEverythingButTheMarkerAndIsPrivate(@TempDir Path data) throws Exception {
        ClusterTemplate.Template template = ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        ClusterTemplate.copyInto(template, data);

        assertThat(data.resolve("PG_VERSION")).hasContent("17");
        assertThat(data.resolve("global/pg_control")).exists();
        assertThat(data.resolve(ClusterTemplate.MARKER)).doesNotExist();
        assertThat(Files.getPosixFilePermissions(data.resolve("global"))).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        assertThat(ClusterTemplate.read(template.directory())).as("the template itself is untouched").isEqualTo(template);
    }

    @Test
    void aTemplateWhoseBinariesAreGoneIsRebuilt() throws Exception {
        ClusterTemplate.ensure(root, "pg", this::fakeInitdb);
        Files.delete(root.resolve("bin/postgres"));

        ClusterTemplate.ensure(root, "pg", this::fakeInitdb);

        assertThat(builds).hasValue(2);
    }

    /** The files {@link ClusterTemplate#read} checks, and a {@code bin/postgres} beside the template root. */
    private Path fakeInitdb(Path directory) throws IOException {
        builds.incrementAndGet();
        Files.writeString(directory.resolve("PG_VERSION"), "17", StandardCharsets.UTF_8);
        Files.createDirectories(directory.resolve("global"));
        Files.writeString(directory.resolve("global/pg_control"), "control");
        Files.writeString(directory.resolve("built-by-fake-initdb"), "");
        Files.writeString(directory.resolve("epg-lock"), "");
        Path bin = Files.createDirectories(root.resolve("bin"));
        if (!Files.exists(bin.resolve("postgres"))) {
            Files.writeString(bin.resolve("postgres"), "");
        }
        return bin;
    }

    private static List<String> children(Path directory) throws IOException {
        try (Stream<Path> list = Files.list(directory)) {
            return list.map(path -> path.getFileName().toString()).toList();
        }
    }
}
