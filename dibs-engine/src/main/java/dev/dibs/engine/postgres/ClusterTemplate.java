package dev.dibs.engine.postgres;

import dev.dibs.engine.naming.Identifiers;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
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
    /**
     * Written last: a template directory without it is incomplete and rebuilt. It holds the binaries
     * directory, on its second line how many files the template has, itself included (a spare copy
     * is checked against it), and on its third a random value of this build.
     */
    static final String MARKER = "dibs-template.ok";
    /** Raise when what a template holds changes, so older templates are not used. */
    private static final int FORMAT = 5;
    /**
     * A database the template holds besides initdb's, never connected to: a second untouched database for a
     * run, without a {@code CREATE DATABASE} (see {@link OneRunServer}).
     */
    static final String PRISTINE = "dibs_pristine";
    /** Beside a template, a copy of it made in the background for the next run to take. */
    private static final String SPARE = ".spare";
    /**
     * Written last into a spare, once its superuser has the password in
     * {@link EmbeddedPostgresLauncher#PASSWORD_FILE}: how many files the spare holds, itself included.
     */
    static final String SPARE_READY = "dibs-spare.ok";
    /** The statement single-user mode runs on a spare (its password in it): deleted once run. */
    private static final String SPARE_STATEMENT = "dibs-spare-password.sql";
    /** A spare being made more recently than this is left to finish rather than started again. */
    private static final Duration SPARE_IN_PROGRESS = Duration.ofMinutes(1);
    /** A spare being made for longer than this was abandoned: its copying process was killed. */
    private static final Duration SPARE_ABANDONED = Duration.ofMinutes(10);
    /** The shell that starts a spare copy in the background ends at once; this long at most is waited for it. */
    private static final Duration WAIT_FOR_SHELL = Duration.ofSeconds(5);
    /** How long a run waits for a spare being made before it copies the template itself. */
    private static final Duration AWAIT_SPARE = Duration.ofSeconds(3);
    private static final Path NICE = Path.of("/usr/bin/nice");
    /** Files this large (the 16 MB WAL segment, mostly zeros after initdb) are copied without their zeros. */
    private static final long SPARSE_FROM = 1024 * 1024;
    private static final String BUILDING = ".building-";
    private static final String DAMAGED = ".damaged-";
    private static final String BUILDING_SPARE = BUILDING + "spare-";
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
                EmbeddedPostgresLauncher.temporaryDirectory().resolve("embedded-pg").toString());
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
            // the third line tells this build from any other: a spare copied from an earlier one is not taken
            Files.writeString(building.resolve(MARKER), binaries + "\n" + (countFiles(building) + 1) + "\n" + Passwords.random() + "\n",
                    StandardCharsets.UTF_8);
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
     * Moves the spare copy of {@code template} (made by {@link #prepareSpare}) to {@code dataDirectory},
     * which must not exist yet, when there is one, and returns the password its superuser already
     * has; null when there is none (or it is on another file system), and the caller copies. The
     * move is a rename: when two runs take it at once, one gets it.
     */
    static String takeSpare(Template template, Path dataDirectory) {
        Path spare = spareOf(template);
        if (!Files.isDirectory(spare) && !awaitSpareBeingMade(template)) {
            return null;
        }
        try {
            Files.move(spare, dataDirectory, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            return null; // another run took it, or it is on another file system
        }
        // A spare holds the marker only when the script checked the copy complete, and the ready file
        // once its password was set; the marker must be this template's (whose marker has its own
        // random build line: not one rebuilt since), and the copy still complete (a cleaner of
        // temporary files may have pruned it since).
        try {
            Path marker = dataDirectory.resolve(MARKER);
            Path ready = dataDirectory.resolve(SPARE_READY);
            if (Files.isRegularFile(marker) && Files.isRegularFile(ready)
                    && Files.readString(marker, StandardCharsets.UTF_8).equals(Files.readString(template.directory().resolve(MARKER),
                    StandardCharsets.UTF_8))
                    && countFiles(dataDirectory) == Long.parseLong(Files.readString(ready, StandardCharsets.UTF_8).trim())) {
                String password = Files.readString(dataDirectory.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE),
                        StandardCharsets.UTF_8).trim();
                SingleUserPassword.statement(password); // only what Passwords.random gives
                Files.delete(ready);
                Files.delete(marker);
                return password;
            }
        } catch (IOException | RuntimeException e) {
            // below
        }
        deleteTree(dataDirectory); // not this template's complete copy: never started
        return null;
    }

    /**
     * Starts copying {@code template} into a spare for the next run, in a process that outlives this
     * JVM (the copy is most of a throwaway server's start on a slow file system, and the next run
     * only renames it), unless a spare is there or being made. The copy is made under a building name
     * and renamed to the spare's only when it is complete: {@code cp} succeeded and the copy has as
     * many files as the template's marker says (a template deleted while it was copied, by a cleaner
     * of temporary files, gives a copy with files missing and no error). Then single-user mode gives
     * its superuser a new random password (which the next run would otherwise wait for), kept in the
     * copy's {@link EmbeddedPostgresLauncher#PASSWORD_FILE} as a running copy keeps it, and the copy's
     * file count is written last. GNU {@code cp}, {@code find} and {@code mv} do it; where they are
     * missing or fail, nothing is left and runs copy as before. Paths travel as arguments, never as
     * part of the script; the password only in files readable by their owner.
     *
     * @return the building directory, gone once the copy is the spare or was given up; null when no copy was started
     */
    static Path prepareSpare(Template template) {
        if (!System.getProperty("os.name", "").startsWith("Linux") || !Files.isExecutable(Path.of("/bin/sh"))) {
            return null;
        }
        Path spare = spareOf(template);
        Path root = template.directory().getParent();
        String prefix = BUILDING_SPARE + template.directory().getFileName() + "-";
        removeAbandonedSpares(root, prefix);
        if (Files.exists(spare) || beingMade(root, prefix, true)) {
            return null;
        }
        // The copy runs in a background job of a shell that ends at once: a child process still running
        // when this JVM exits holds the exit up (by 0.3 s: the JVM waits for the thread reaping it).
        // After "shift 4", "$@" is single-user mode's command; $4 is how many files the copy must hold: the
        // template's and the two written here beforehand (the password and the statement), counted in Java
        // so that the script does no arithmetic on what a file says. Whatever fails in the inner subshell,
        // even a fatal shell error, the outer one deletes the copy.
        String script = "( (b=$2 s=$3 && cp -a --sparse=always -- \"$1/.\" \"$b\" && touch -- \"$b\"" // cp -a gave it the template's old time
                + " && [ \"$(find \"$b\" -type f | wc -l)\" -eq \"$4\" ]"
                + " && shift 4 && \"$@\" <\"$b/" + SPARE_STATEMENT + "\" && rm -f -- \"$b/" + SPARE_STATEMENT + "\""
                + " && echo $(($(find \"$b\" -type f | wc -l) + 1)) >\"$b/" + SPARE_READY + "\""
                + " && mv -T -- \"$b\" \"$s\") || rm -rf -- \"$2\") </dev/null >/dev/null 2>&1 &";
        Path building = null;
        try {
            // made here, so that it is there (and no second copy starts) from the moment this returns
            building = Files.createDirectory(root.resolve(prefix + Passwords.random()));
            setPrivate(building, "rwx------");
            String password = Passwords.random();
            Files.move(EmbeddedPostgresLauncher.writePrivateTempFile(building, password),
                    building.resolve(EmbeddedPostgresLauncher.PASSWORD_FILE), StandardCopyOption.ATOMIC_MOVE);
            Files.move(EmbeddedPostgresLauncher.writePrivateTempFile(building, SingleUserPassword.statement(password)),
                    building.resolve(SPARE_STATEMENT), StandardCopyOption.ATOMIC_MOVE);
            List<String> command = new ArrayList<>();
            if (Files.isExecutable(NICE)) {
                // a run that starts meanwhile comes first: the copy is for later
                command.addAll(List.of(NICE.toString(), "-n", "10"));
            }
            command.addAll(List.of("/bin/sh", "-c", script, "dibs-spare", template.directory().toString(), building.toString(),
                    spare.toString(), String.valueOf(fileCount(template.directory().resolve(MARKER)) + 2)));
            command.addAll(SingleUserPassword.command(template.binaries(), building, SingleUserPassword.major(template.directory())));
            Process shell = ServerEnvironment.clean(new ProcessBuilder(command))
                    .redirectInput(Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(Redirect.DISCARD)
                    .redirectErrorStream(true)
                    .start();
            shell.waitFor(WAIT_FOR_SHELL.toMillis(), TimeUnit.MILLISECONDS);
            return building;
        } catch (IOException | RuntimeException e) {
            if (building != null) {
                deleteTree(building); // no shell: the next run copies, as without spares
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return building;
        }
    }

    /**
     * For tests that delete the templates' folder: waits until no spare copy is being made under
     * {@code root} (at most a minute).
     */
    static void awaitSpares(Path root) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> children = Files.list(root)) {
                if (children.noneMatch(child -> child.getFileName().toString().startsWith(BUILDING_SPARE))) {
                    return;
                }
            } catch (IOException e) {
                return;
            }
            Thread.sleep(20);
        }
    }

    /**
     * When the spare is being made (the run before this one ended a moment ago), waits for it a
     * little rather than copying the template a second time alongside: true once it is there.
     */
    private static boolean awaitSpareBeingMade(Template template) {
        Path root = template.directory().getParent();
        String prefix = BUILDING_SPARE + template.directory().getFileName() + "-";
        long deadline = System.nanoTime() + AWAIT_SPARE.toNanos();
        while (beingMade(root, prefix, false) && System.nanoTime() < deadline) {
            if (Files.isDirectory(spareOf(template))) {
                return true;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return Files.isDirectory(spareOf(template));
    }

    private static Path spareOf(Template template) {
        return template.directory().resolveSibling(template.directory().getFileName() + SPARE);
    }

    /** Spare copies of a killed copying process (a stopped container, a reboot): none takes this long. */
    private static void removeAbandonedSpares(Path root, String prefix) {
        Instant before = Instant.now().minus(SPARE_ABANDONED);
        try (Stream<Path> children = Files.list(root)) {
            children.filter(child -> child.getFileName().toString().startsWith(prefix))
                    .filter(child -> modifiedBefore(child, before))
                    .forEach(ClusterTemplate::deleteTree);
        } catch (IOException | UncheckedIOException e) {
            // leftovers only take space
        }
    }

    /** The number of files the marker says the template has. */
    private static long fileCount(Path marker) throws IOException {
        List<String> lines = Files.readAllLines(marker, StandardCharsets.UTF_8);
        return lines.size() < 2 ? -1 : Long.parseLong(lines.get(1).trim());
    }

    /** Whether a spare is being made under {@code root}; {@code whenUnknown} when the folder cannot be listed. */
    private static boolean beingMade(Path root, String prefix, boolean whenUnknown) {
        Instant recent = Instant.now().minus(SPARE_IN_PROGRESS);
        try (Stream<Path> children = Files.list(root)) {
            return children.anyMatch(child -> child.getFileName().toString().startsWith(prefix) && !modifiedBefore(child, recent));
        } catch (IOException | UncheckedIOException e) {
            return whenUnknown;
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
            Path binaries = Path.of(rs.getString(1));
            statement.execute("CREATE DATABASE " + Identifiers.quote(PRISTINE) + " TEMPLATE template0");
            return binaries;
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
            Path binaries = Path.of(Files.readString(marker, StandardCharsets.UTF_8).lines().findFirst().orElse("").trim());
            return Files.isRegularFile(SingleUserPassword.postgres(binaries)) ? new Template(directory, binaries) : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    private static long countFiles(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).count();
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
