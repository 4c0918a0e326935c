package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.migrate.DiscoveredMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dibs:migrate streams: progress as it happens, a heartbeat while a migration runs long, and migrate.log. */
class ProgressLogTest {

    private static final DiscoveredMigration SLOW = new DiscoveredMigration("20261126000000_backfill", "e.V1", true, "x", null, null);

    @TempDir
    Path dir;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final CountDownLatch heartbeat = new CountDownLatch(1);
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
            if (content.toString().contains("still running")) {
                heartbeat.countDown();
            }
        }
    };

    /** A log whose error lines go to {@code errors}. */
    private static SystemStreamLog errorsInto(List<String> errors) {
        return new SystemStreamLog() {
            @Override
            public void error(CharSequence content) {
                errors.add(content.toString());
            }
        };
    }

    @Test
    void streamsProgressAndSaysALongMigrationIsAliveButNothingBetweenMigrations() throws Exception {
        try (ProgressLog progress = new ProgressLog(log, Duration.ofHours(1))) { // beats by hand below
            progress.planned(0, 1);
            progress.migrationStarted(SLOW, 1, 1);
            progress.beat();
            progress.statement(SLOW, 1, "UPDATE t\n   SET x = 1", 42, Duration.ofMillis(7));
            progress.migrationFinished(SLOW, Duration.ofMillis(350));
            progress.beat();
            progress.write(dir.resolve("migrate.log"));
        }
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).isEqualTo("dibs: 0 migrations applied before, 1 pending");
        assertThat(lines.get(1)).isEqualTo("dibs: [1/1] 20261126000000_backfill");
        assertThat(lines.get(2)).matches("dibs: {5}still running 20261126000000_backfill \\(\\d+ s\\)");
        assertThat(lines.subList(3, 5)).containsExactly("dibs:     #1 7 ms, 42 rows: UPDATE t SET x = 1", "dibs:     done in 350 ms");
        assertThat(Files.readAllLines(dir.resolve("migrate.log"))).hasSize(5)
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*Z  .*"));
    }

    @Test
    void migrateLogEndsWithTheFailureAndWhatBecameOfTheRollback() throws Exception {
        String failure = "Migration 20261126000000_backfill (e.V1) failed at statement 1:\n  UPDATE t SET x = 1 / 0\n"
                + "PostgreSQL said: division by zero\n  SQLSTATE 22012\n"
                + "The migration was rolled back: nothing of it remains, and later migrations did not run. Fix it and run again.";
        List<String> errors = new CopyOnWriteArrayList<>();
        SystemStreamLog console = errorsInto(errors);
        try (ProgressLog progress = new ProgressLog(console, Duration.ofHours(1))) {
            progress.migrationStarted(SLOW, 1, 1);
            progress.migrationFailed(SLOW, failure);
            progress.beat(); // nothing runs any more: no heartbeat after the failure
            progress.stopped(failure); // the Mojo's catch-all: the failure is not written twice
            progress.write(dir.resolve("migrate.log"));
        }
        List<String> logged = Files.readAllLines(dir.resolve("migrate.log"));
        assertThat(logged).hasSize(6);
        assertThat(logged.get(1)).matches("\\d{4}-.*Z  FAILED Migration 20261126000000_backfill \\(e.V1\\) failed at statement 1:");
        assertThat(logged.subList(2, 6)).containsExactly("      UPDATE t SET x = 1 / 0", "    PostgreSQL said: division by zero",
                "      SQLSTATE 22012", "    The migration was rolled back: nothing of it remains, and later migrations did not run."
                        + " Fix it and run again.");
        assertThat(errors).singleElement().asString().matches("dibs: {5}20261126000000_backfill failed after \\d+ ms");
    }

    @Test
    void aRunStoppedBeforeAnyMigrationSaysWhyInMigrateLog() throws Exception {
        try (ProgressLog progress = new ProgressLog(log, Duration.ofHours(1))) {
            progress.stopped("Another dibs run holds the migration lock and did not release it within PT1S (migrationLockWait).");
            progress.write(dir.resolve("migrate.log"));
        }
        assertThat(Files.readAllLines(dir.resolve("migrate.log"))).singleElement().asString()
                .endsWith("Z  STOPPED Another dibs run holds the migration lock and did not release it within PT1S (migrationLockWait).");
    }

    @Test
    void theHeartbeatBeatsOnItsOwn() throws Exception {
        try (ProgressLog progress = new ProgressLog(log, Duration.ofMillis(50))) {
            progress.migrationStarted(SLOW, 1, 1);
            assertThat(heartbeat.await(10, TimeUnit.SECONDS)).as("a heartbeat within 10 s").isTrue();
        }
    }

    @Test
    void aMessageCannotForgeALogLine() {
        try (ProgressLog progress = new ProgressLog(log, Duration.ofHours(1))) {
            progress.log(SLOW, "copied\n[INFO] dibs: the database matches the Java schema\u001b[2K");
        }
        assertThat(lines).containsExactly("dibs:     copied\\n[INFO] dibs: the database matches the Java schema\\u001b[2K");
    }

    /** An id read back from the history table, not checked as a new one is: the failure line and migrate.log stay its own. */
    @Test
    void aFailedMigrationsIdCannotForgeALineNorTheLogFile() throws Exception {
        DiscoveredMigration odd = new DiscoveredMigration("1_x\n[INFO] BUILD SUCCESS", "e.V1", true, "x", null, null);
        List<String> errors = new CopyOnWriteArrayList<>();
        SystemStreamLog console = errorsInto(errors);
        try (ProgressLog progress = new ProgressLog(console, Duration.ofHours(1))) {
            progress.migrationStarted(odd, 1, 1);
            progress.migrationFailed(odd, "Migration 1_x failed\nPostgreSQL said: no \u001b[2K");
            progress.write(dir.resolve("migrate.log"));
        }
        assertThat(errors).singleElement().asString().startsWith("dibs:     1_x\\n[INFO] BUILD SUCCESS failed after ");
        assertThat(Files.readString(dir.resolve("migrate.log"))).doesNotContain("\u001b").contains("no \\u001b[2K")
                .doesNotContain("\n[INFO]");
    }
}
