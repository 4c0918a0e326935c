package dev.dibs.engine.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * An initialised, stopped cluster kept once per binaries jar, copied into the new data directory of
 * each throwaway server instead of running initdb there: initdb is most of a throwaway's start-up
 * (half a second to seconds), a copy is a few tens of milliseconds.
 *
 * <p>Isolation is kept: a server only ever runs on its own copy, never on the template. The
 * template's superuser password was random and forgotten once it was built (it is stored nowhere),
 * and each copy gets a new random password in single-user mode before its server accepts any
 * connection ({@link SingleUserPassword}).
 *
 * <p>A template is built in a directory of its own and renamed into place only when complete, with
 * a marker file written last; a directory without the marker (a killed run's) is never used. Two
 * runs that build at once race on the rename: one wins, the other uses the winner's and deletes
 * its own.
 */
final class ClusterTemplate {
    /** Written last: a template directory without it is incomplete and rebuilt. */
    static final String MARKER = "dibs-template.ok";
    /** Raise when what a template holds changes, so older templates are not used. */
    private static final int FORMAT = 2;
    /** Files this large (the 16 MB WAL segment, mostly zeros after initdb) are copied without their zeros. */
    private static final long SPARSE_FROM = 1024 * 1024;
    private static final String BUILDING = ".building-";
    private static final String DAMAGED = ".damaged-";
    /** A building directory this old belongs to a killed run: no live build takes that long. */
    private static final Duration ABANDONED = Duration.ofHours(1);

    /** Initialises a cluster in an empty directory and stops its server; returns its binaries directory. */
    @FunctionalInterface
    interface Initialiser {
        Path initialise(Path directory) throws IOException;
    }

    /** A complete template: its data directory, and the {@code bin} directory of its PostgreSQL. */
    record Template(Path directory, Path binaries) {
    }

    private ClusterTemplate() {
    }

    /** Beside zonky's unpacked binaries ({@code ot.epg.working-dir}, by default {@code <tmp>/embedded-pg}). */
    static Path defaultRoot() {
        String zonky = System.getProperty("ot.epg.working-dir",
                Path.of(System.getProperty("java.io.tmpdir"), "embedded-pg").toString());
        return Path.of(zonky, "dibs-templates");
    }

    /** The directory name of the template for a binaries jar: its name, and what identifies this copy of it. */
    static String nameFor(Path jar) throws IOException {
        Path absolute = jar.toAbsolutePath().normalize();
        String identity = FORMAT + "|" + absolute + "|" + Files.size(absolute) + "|" + Files.getLastModifiedTime(absolute).toMillis();
        String file = absolute.getFileName().toString().replaceAll("\\.jar$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return file + "-" + sha256(identity).substring(0, 12);
    }

    /** The template {@code name} under {@code root}: the complete one there, else one built now by {@code initialiser}. */
    static Template ensure(Path root, String name, Initialiser initialiser) throws IOException {
        Path target = root.resolve(name);
        Template existing = read(target);
        if (existing != null) {
            return existing;
        }
        createPrivateDirectories(root);
        removeAbandoned(root);
        if (Files.exists(target)) {
            moveAsideAndDelete(root, target);
        }
        Path building = Files.createTempDirectory(root, BUILDING + name + "-");
        try {
            Path binaries = initialiser.initialise(building);
            for (String leftover : List.of("epg-lock", "postmaster.opts", "postmaster.pid")) {
                Files.deleteIfExists(building.resolve(leftover));
            }
            Files.writeString(building.resolve(MARKER), binaries.toString(), StandardCharsets.UTF_8);
            try {
                Files.move(building, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException e) {
                // Another run renamed its template into place first: use that one.
                Template winner = read(target);
                if (winner == null) {
                    throw e;
                }
                return winner;
            }
            Template built = read(target);
            if (built == null) {
                throw new IOException("the cluster template " + target + " is incomplete right after it was built");
            }
            return built;
        } finally {
            deleteTree(building);
        }
    }

    /**
     * initdb into {@code directory} for a template, then a start and a clean stop
     * (zonky has no initdb alone). The superuser gets a random password that is never stored, and
     * pg_hba requires it from the first start: nobody can connect to the template's server but
     * this method, and nobody can log in to a copy until it gets its own password.
     *
     * @return the directory of the PostgreSQL executables, as the server itself reports it
     */
    static Path initdb(Path directory, Path binariesJar, Path log) throws IOException {
        String password = Passwords.random();
        Path passwordInput = EmbeddedPostgresLauncher.writePrivateTempFile(null, password);
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setPGStartupWait(EmbeddedPostgresLauncher.STARTUP_WAIT)
                .setOutputRedirector(Redirect.appendTo(log.toFile()))
                .setErrorRedirector(Redirect.appendTo(log.toFile()))
                .setConnectConfig("password", password)
                .setDataDirectoryCustomizer(dataDirectory -> EmbeddedPostgresLauncher.writeHba(dataDirectory.toPath()))
                .setLocaleConfig("locale", "C")
                .setLocaleConfig("pwfile", passwordInput.toString())
                // The default 16 MB WAL segment is kept, though a smaller one would copy faster:
                // CREATE DATABASE logs the whole template database, which then fits in the segment
                // the copy already has instead of making new ones (two databases per replay).
                .setPgBinaryResolver(JarBinaries.resolver(binariesJar))
                .start();
             Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery(SqlResources.load(ClusterTemplate.class, "bindir"))) {
            if (!rs.next()) {
                throw new IOException("the template's server did not report its BINDIR");
            }
            return Path.of(rs.getString(1));
        } catch (SQLException e) {
            throw new IOException("could not read the template's server: " + e.getMessage(), e);
        } finally {
            EmbeddedPostgresLauncher.deleteQuietly(passwordInput);
        }
    }

    /** Copies the template's cluster into {@code dataDirectory} (existing, empty), private to its owner. */
    static void copyInto(Template template, Path dataDirectory) throws IOException {
        Path from = template.directory();
        Files.walkFileTree(from, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
                Path to = dataDirectory.resolve(from.relativize(dir).toString());
                if (!dir.equals(from)) {
                    Files.createDirectory(to);
                }
                setPrivate(to, "rwx------");
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                if (!file.getParent().equals(from) || !file.getFileName().toString().equals(MARKER)) {
                    Path to = dataDirectory.resolve(from.relativize(file).toString());
                    if (attributes.size() >= SPARSE_FROM) {
                        SparseCopy.copy(file, to);
                    } else {
                        Files.copy(file, to, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The template in {@code directory} when it is complete and its binaries are there; null otherwise. */
    static Template read(Path directory) {
        Path marker = directory.resolve(MARKER);
        if (!Files.isRegularFile(marker) || !Files.isRegularFile(directory.resolve("PG_VERSION"))
                || !Files.isRegularFile(directory.resolve("global").resolve("pg_control"))) {
            return null;
        }
        try {
            Path binaries = Path.of(Files.readString(marker, StandardCharsets.UTF_8).trim());
            return Files.isRegularFile(SingleUserPassword.postgres(binaries)) ? new Template(directory, binaries) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** A damaged template is renamed first, so no other run starts copying it while it is deleted. */
    private static void moveAsideAndDelete(Path root, Path target) throws IOException {
        Path aside = root.resolve(DAMAGED + target.getFileName() + "-" + Passwords.random());
        try {
            Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return; // another run moved it first
        }
        deleteTree(aside);
    }

    /** Building directories of killed runs, and damaged templates a killed run did not finish deleting. */
    private static void removeAbandoned(Path root) {
        Instant before = Instant.now().minus(ABANDONED);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(child -> child.getFileName().toString().startsWith(BUILDING)
                            || child.getFileName().toString().startsWith(DAMAGED))
                    .filter(child -> modifiedBefore(child, before))
                    .forEach(ClusterTemplate::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // Leftovers only take space; they are never used.
        }
    }

    private static boolean modifiedBefore(Path path, Instant instant) {
        try {
            FileTime modified = Files.getLastModifiedTime(path);
            return modified.toInstant().isBefore(instant);
        } catch (IOException e) {
            return false;
        }
    }

    private static void createPrivateDirectories(Path root) throws IOException {
        Files.createDirectories(root);
        setPrivate(root, "rwx------");
    }

    private static void setPrivate(Path path, String permissions) throws IOException {
        try {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        } catch (UnsupportedOperationException e) {
            // Not POSIX (Windows): the user's temporary directory is private already.
        }
    }

    static void deleteTree(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    // A leftover in the temporary directory is harmless.
                }
            });
        } catch (IOException | UncheckedIOException e) {
            // As above.
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
