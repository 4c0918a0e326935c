package dev.dibs.engine.postgres;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stops a PostgreSQL server left running in a persistent data directory by a dibs run that was
 * killed ({@code kill -9}, a crashed IDE): pg_ctl detaches the server, so it outlives the JVM
 * that started it and would make every later start fail with "lock file postmaster.pid already
 * exists".
 *
 * <p>A server is only stopped when nobody holds zonky's lock on the directory (a live dibs run
 * holds it for as long as its server runs) and the pid in {@code postmaster.pid} is a running
 * {@code postgres}. Otherwise nothing happens and the normal start reports the problem.
 */
final class OrphanedPostmaster {
    /** zonky's lock file, held by the JVM whose server uses the directory. */
    private static final String LOCK_FILE = "epg-lock";
    private static final long SHUTDOWN_WAIT_SECONDS = 20;

    private OrphanedPostmaster() {
    }

    /** @return whether a server was found and stopped */
    static boolean stopIfAny(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        Path lockFile = dataDirectory.resolve(LOCK_FILE);
        if (!Files.exists(pidFile) || !Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
             FileLock lock = channel.tryLock()) {
            if (lock == null) {
                return false; // another process runs this server and is alive
            }
            Optional<ProcessHandle> postmaster = postmaster(pidFile);
            if (postmaster.isEmpty()) {
                return false; // a stale pid file: PostgreSQL itself copes with that
            }
            // SIGTERM is PostgreSQL's "smart" shutdown: it waits for sessions, and the sessions
            // of a killed run are gone already.
            postmaster.get().destroy();
            postmaster.get().onExit().get(SHUTDOWN_WAIT_SECONDS, TimeUnit.SECONDS);
            return true;
        } catch (OverlappingFileLockException e) {
            return false; // this JVM runs it
        } catch (Exception e) {
            // Could not tell or could not stop: the start that follows fails with the server's
            // own message, and the caller adds how to fix it by hand.
            return false;
        }
    }

    private static Optional<ProcessHandle> postmaster(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        long pid;
        try {
            pid = Long.parseLong(lines.get(0).trim());
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        // The pid may have been reused by an unrelated process since: check that it is postgres.
        return ProcessHandle.of(pid)
                .filter(ProcessHandle::isAlive)
                .filter(process -> process.info().command()
                        .map(command -> Path.of(command).getFileName().toString().startsWith("postgres"))
                        .orElse(false));
    }
}
