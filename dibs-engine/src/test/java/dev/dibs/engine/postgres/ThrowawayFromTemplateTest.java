package dev.dibs.engine.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import java.net.URL;
import java.sql.Connection;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
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

    /** A close starts a spare copy in the background: it must end before the folder is deleted. */
    @AfterEach
    void spareCopiesMade() throws InterruptedException {
        ClusterTemplate.awaitSpares(templates);
    }

    @Test
    void theSecondThrowawayIsACopyNotANewInitdbAndBothAreIsolated() throws Exception {
        Path jar = binariesJar();
        try (PostgresServer first = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            Path template = onlyTemplate();
            Object templateInode = Files.readAttributes(template, "unix:ino").get("ino");
            try (PostgresServer second = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
                assertThat(systemIdentifier(second)).isEqualTo(systemIdentifier(first));
                // started by dibs from its own binaries, copy or not: what they print can be reused between
                // runs, known before a server starts (then none need start)
                assertThat(first.identity()).startsWith("throwaway embedded PostgreSQL from "
                        + jar.getFileName().toString().replaceAll("\\.jar$", "") + "-")
                        .isEqualTo(PostgresServers.throwawayIdentity(jar))
                        .isEqualTo(RunningPostgresServer.throwawayIdentity(template.getFileName().toString()));
                assertThat(second.identity()).isEqualTo(first.identity());
                assertThat(onlyTemplate()).isEqualTo(template);
                assertThat(Files.readAttributes(template, "unix:ino").get("ino")).as("not rebuilt").isEqualTo(templateInode);

                // Own password each, never the other's.
                assertThat(second.admin().password()).isNotEqualTo(first.admin().password());
                refusesSignIn(second, first.admin().password());
                refusesSignIn(second, null);

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

    @Test
    void theNextThrowawayTakesTheSpareCopyMadeAfterTheLastOneWithItsOwnPassword() throws Exception {
        Path jar = binariesJar();
        String first;
        String firstPassword;
        try (PostgresServer server = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            first = systemIdentifier(server);
            firstPassword = server.admin().password();
            new TestDatabase(server.admin()).execute("CREATE TABLE only_in_first (id int)");
        }
        Path spare = awaitSpare();
        assertThat(spare.resolve(ClusterTemplate.MARKER)).as("checked complete").exists();
        assertThat(spare.resolve(ClusterTemplate.SPARE_READY)).as("its password set").exists();
        try (Stream<Path> files = Files.list(spare)) {
            assertThat(files.map(f -> f.getFileName().toString())).as("the statement that set it deleted")
                    .noneMatch(name -> name.endsWith(".sql") || name.startsWith("dibs-pw-"));
        }
        Path passwordFile = spare.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE);
        assertThat(Files.getPosixFilePermissions(passwordFile)).containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        String sparePassword = Files.readString(passwordFile).trim();
        Object spareInode = Files.readAttributes(spare, "unix:ino").get("ino");

        try (PostgresServer next = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            Path data = Path.of(new TestDatabase(next.admin()).queryString("SHOW data_directory"));
            assertThat(Files.readAttributes(data, "unix:ino").get("ino")).as("the spare, renamed").isEqualTo(spareInode);
            assertThat(data.resolve(ClusterTemplate.MARKER)).doesNotExist();
            assertThat(systemIdentifier(next)).as("a copy of the template").isEqualTo(first);
            assertThat(new TestDatabase(next.admin()).hasTable("only_in_first")).isFalse();
            assertThat(data.resolve(ClusterTemplate.SPARE_READY)).doesNotExist();
            // the password given to the spare when it was made: the start did not wait for single-user mode
            assertThat(next.admin().password()).isEqualTo(sparePassword).isNotEqualTo(firstPassword);
            refusesSignIn(next, firstPassword);
            String verifier = new TestDatabase(next.admin()).queryString("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'");
            assertThat(verifier).startsWith(next.majorVersion() >= 16 ? "SCRAM-SHA-256$1:" : "SCRAM-SHA-256$4096:");
        }
    }

    @Test
    void aSpareWhosePasswordCannotBeSetIsDeletedNotLeftHalfMade() throws Exception {
        Path spare = spareAfterOneThrowaway();
        ClusterTemplate.deleteTree(spare);
        ClusterTemplate.Template template = ClusterTemplate.read(onlyTemplate());
        // single-user mode cannot run: no postgres where the template says its binaries are
        Path building = ClusterTemplate.prepareSpare(new ClusterTemplate.Template(template.directory(), templates.resolve("no-bin")));
        assertThat(building).as("started").isNotNull();
        ClusterTemplate.awaitSpares(templates);
        assertThat(building).as("the copy, its password and its statement deleted").doesNotExist();
        assertThat(spare).doesNotExist();
    }

    @Test
    void aSpareWithoutItsPasswordSetIsThrownAwayNotStarted() throws Exception {
        Path spare = spareAfterOneThrowaway();
        ClusterTemplate.Template template = ClusterTemplate.read(onlyTemplate());
        // as an earlier dibs made its spares: checked complete, but no password given
        Files.delete(spare.resolve(ClusterTemplate.SPARE_READY));
        assertThat(ClusterTemplate.takeSpare(template, templates.resolve("a"))).isNull();
        assertThat(templates.resolve("a")).doesNotExist();
        assertThat(spare).doesNotExist();
    }

    @Test
    void aCopyWithFilesMissingNeverBecomesTheSpare() throws Exception {
        Path spare = spareAfterOneThrowaway();
        ClusterTemplate.deleteTree(spare);
        // as if a file went missing while the template was copied: the copy has one file fewer than the marker says
        Path marker = onlyTemplate().resolve(ClusterTemplate.MARKER);
        List<String> lines = Files.readAllLines(marker);
        Files.write(marker, List.of(lines.get(0), String.valueOf(Long.parseLong(lines.get(1)) + 1)));

        Path building = ClusterTemplate.prepareSpare(ClusterTemplate.read(onlyTemplate()));
        assertThat(building).as("started").isNotNull();
        ClusterTemplate.awaitSpares(templates);
        assertThat(building).as("the incomplete copy removed").doesNotExist();
        assertThat(templates.resolve(onlyTemplate().getFileName() + ".spare")).doesNotExist();
    }

    @Test
    void aSpareWithoutItsMarkerIsThrownAwayNotStarted() throws Exception {
        Path jar = binariesJar();
        Path spare = spareAfterOneThrowaway();
        Files.delete(spare.resolve(ClusterTemplate.MARKER));
        Files.delete(spare.resolve("base").resolve("1").resolve("PG_VERSION"));

        try (PostgresServer next = EmbeddedPostgresLauncher.throwaway(jar, templates)) {
            assertThat(new TestDatabase(next.admin()).queryString("SELECT 1")).isEqualTo("1");
            Path data = Path.of(new TestDatabase(next.admin()).queryString("SHOW data_directory"));
            assertThat(data.resolve("base").resolve("1").resolve("PG_VERSION")).as("copied from the template").exists();
        }
    }

    @Test
    void onlyACompleteSpareOfThisBuildOfTheTemplateIsTaken() throws Exception {
        Path spare = spareAfterOneThrowaway();
        ClusterTemplate.Template template = ClusterTemplate.read(onlyTemplate());

        // as if the template had been rebuilt since: its build line differs from the one the spare copied
        Path marker = template.directory().resolve(ClusterTemplate.MARKER);
        List<String> lines = Files.readAllLines(marker);
        Files.write(marker, List.of(lines.get(0), lines.get(1), "another-build"));
        assertThat(ClusterTemplate.takeSpare(template, templates.resolve("a"))).as("another build's spare").isNull();
        assertThat(templates.resolve("a")).doesNotExist();
        assertThat(spare).doesNotExist();

        assertThat(ClusterTemplate.prepareSpare(template)).isNotNull();
        ClusterTemplate.awaitSpares(templates);
        Files.delete(spare.resolve("PG_VERSION").resolveSibling("postgresql.auto.conf")); // pruned since it was made
        assertThat(ClusterTemplate.takeSpare(template, templates.resolve("b"))).as("a spare with a file missing").isNull();
        assertThat(templates.resolve("b")).doesNotExist();

        assertThat(ClusterTemplate.prepareSpare(template)).isNotNull();
        ClusterTemplate.awaitSpares(templates);
        String password = Files.readString(spare.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE)).trim();
        assertThat(ClusterTemplate.takeSpare(template, templates.resolve("c"))).as("a complete spare of this build").isEqualTo(password);
        assertThat(templates.resolve("c").resolve("PG_VERSION")).exists();
        assertThat(templates.resolve("c").resolve(ClusterTemplate.MARKER)).doesNotExist();
        assertThat(spare).doesNotExist();
        ClusterTemplate.deleteTree(templates.resolve("c"));
    }

    @Test
    void theSuperuserPasswordOfAThrowawayTakesOneScramRound() throws Exception {
        try (PostgresServer server = EmbeddedPostgresLauncher.throwaway(binariesJar(), templates)) {
            String verifier = new TestDatabase(server.admin()).queryString("SELECT rolpassword FROM pg_authid WHERE rolname = 'postgres'");
            assertThat(verifier).startsWith(server.majorVersion() >= 16 ? "SCRAM-SHA-256$1:" : "SCRAM-SHA-256$4096:");
        }
    }

    /** Runs one throwaway server (it answers) and closes it: the spare copy its close made, once it is there. */
    private Path spareAfterOneThrowaway() throws Exception {
        try (PostgresServer server = EmbeddedPostgresLauncher.throwaway(binariesJar(), templates)) {
            assertThat(new TestDatabase(server.admin()).queryString("SELECT 1")).isEqualTo("1");
        }
        return awaitSpare();
    }

    /** The spare copy the last close started making, once it is there (at most a minute). */
    private Path awaitSpare() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
        while (System.nanoTime() < deadline) {
            try (Stream<Path> children = Files.list(templates)) {
                var spare = children.filter(c -> c.getFileName().toString().endsWith(".spare")).findFirst();
                if (spare.isPresent()) {
                    return spare.get();
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no spare copy of the template within a minute: " + Files.list(templates).toList());
    }

    /** The superuser of {@code server} cannot sign in with {@code password} (null: none). */
    private static void refusesSignIn(PostgresServer server, String password) {
        ConnectionInfo other = new ConnectionInfo(server.admin().url(), "postgres", password);
        assertThatThrownBy(() -> PostgresServers.existing(other).close()).isInstanceOf(DatabaseUnavailableException.class);
    }

    private static String systemIdentifier(PostgresServer server) throws Exception {
        return new TestDatabase(server.admin()).queryString("SELECT system_identifier FROM pg_control_system()");
    }

    /**
     * The one template under the root, and nothing else (no building or damaged leftovers) but its
     * spare copy, made or being made for the next run.
     */
    private Path onlyTemplate() throws Exception {
        try (Stream<Path> children = Files.list(templates)) {
            var all = children.filter(c -> !c.getFileName().toString().endsWith(".spare")
                    && !c.getFileName().toString().startsWith(".building-spare-")).toList();
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
