package dev.dibs.maven;

import dev.dibs.engine.migrate.DiscoveredMigration;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.ReportWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.apache.maven.plugin.logging.Log;

/** Streams migration progress to the Maven log as it happens, and keeps it for {@code target/dibs/migrate.log}. */
final class ProgressLog implements MigrationListener, AutoCloseable {

    private static final Duration HEARTBEAT = Duration.ofSeconds(30);

    private final Log log;
    private final StringBuilder file = new StringBuilder();
    private long lastLockNotice;
    /** What runs now and since when, for the heartbeat; null between migrations. */
    private volatile String running;
    private volatile long runningSince;
    /** Whether the log already ends with a failed migration, so the run's end is not written twice. */
    private boolean failed;
    private final java.util.concurrent.ScheduledExecutorService heartbeat =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "dibs-heartbeat");
                t.setDaemon(true);
                return t;
            });

    ProgressLog(Log log) {
        this(log, HEARTBEAT);
    }

    /** @param every how often a migration still running says so */
    ProgressLog(Log log, Duration every) {
        this.log = log;
        // Long statements (a big backfill, an index build) show that they are alive.
        heartbeat.scheduleAtFixedRate(this::beat, every.toMillis(), every.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** One heartbeat: says what still runs, if anything (never between "done" and the next migration). */
    synchronized void beat() {
        String now = running;
        if (now != null) {
            info("    still running " + now + " (" + (System.nanoTime() - runningSince) / 1_000_000_000L + " s)");
        }
    }

    @Override
    public void close() {
        heartbeat.shutdownNow();
    }

    private synchronized void info(String text) {
        String line = Printable.escape(text); // one log line each, whatever a migration id or message holds
        log.info("dibs: " + line);
        file.append(Instant.now()).append("  ").append(line).append('\n');
    }

    synchronized void warn(String text) {
        String line = Printable.escape(text);
        log.warn("dibs: " + line);
        file.append(Instant.now()).append("  WARNING ").append(line).append('\n');
    }

    void write(Path path) {
        ReportWriter.atomically(path, file.toString());
    }

    @Override
    public void waitingForLock(String holder, Duration waited) {
        if (System.nanoTime() - lastLockNotice > 5_000_000_000L) {
            lastLockNotice = System.nanoTime();
            info("waiting " + waited.toSeconds() + " s for the migration lock held by " + holder);
        }
    }

    @Override
    public void planned(int applied, int pending) {
        info(applied + " migrations applied before, " + pending + " pending");
    }

    @Override
    public synchronized void migrationStarted(DiscoveredMigration m, int number, int total) {
        info("[" + number + "/" + total + "] " + m.id() + (m.transactional() ? "" : " (not transactional)"));
        runningSince = System.nanoTime();
        running = m.id();
    }

    @Override
    public void statement(DiscoveredMigration m, int index, String sql, long rows, Duration took) {
        info("    #" + index + " " + took.toMillis() + " ms, " + rows + " rows: " + abbreviate(sql));
    }

    @Override
    public void backfillBatch(DiscoveredMigration m, int batch, long rows, long total, Duration took) {
        info("    backfill batch " + batch + ": " + rows + " rows in " + took.toMillis() + " ms (" + total + " so far)");
    }

    @Override
    public void log(DiscoveredMigration m, String message) {
        info("    " + message);
    }

    @Override
    public synchronized void migrationFinished(DiscoveredMigration m, Duration took) {
        running = null;
        info("    done in " + took.toMillis() + " ms");
    }

    /**
     * The log ends with the failure as the build reports it: the migration, the statement, what
     * PostgreSQL said and what it reports of the rollback. The console gets one line here, since
     * Maven prints the whole message once as the build failure.
     */
    @Override
    public synchronized void migrationFailed(DiscoveredMigration m, String message) {
        running = null;
        failed = true;
        log.error("dibs:     " + Printable.escape(m.id()) + " failed after " + (System.nanoTime() - runningSince) / 1_000_000 + " ms");
        file.append(Instant.now()).append("  FAILED ").append(Printable.lines(message).replace("\n", "\n    ")).append('\n');
    }

    /** The run stopped before or between migrations (the lock wait ran out, a changed migration, …): the log says why. */
    synchronized void stopped(String message) {
        if (!failed) {
            file.append(Instant.now()).append("  STOPPED ").append(Printable.lines(String.valueOf(message)).replace("\n", "\n    "))
                    .append('\n');
        }
    }

    @Override
    public void warning(String message) {
        warn(message);
    }

    private static String abbreviate(String sql) {
        String flat = sql.strip().replaceAll("\\s+", " ");
        return flat.length() > 120 ? flat.substring(0, 117) + "..." : flat;
    }
}
