package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.migrate.DiscoveredMigration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What dibs:migrate streams: progress as it happens, a heartbeat while a migration runs long, and migrate.log. */
class ProgressLogTest {

    @TempDir
    Path dir;

    private final List<String> lines = new CopyOnWriteArrayList<>();
    private final SystemStreamLog log = new SystemStreamLog() {
        @Override
        public void info(CharSequence content) {
            lines.add(content.toString());
        }
    };

    @Test
    void aLongMigrationSaysItIsAliveAndTheQuietOnesDoNot() throws Exception {
        DiscoveredMigration slow = new DiscoveredMigration("20261126000000_backfill", "e.V1", true, "x", null, null);
        try (ProgressLog progress = new ProgressLog(log, Duration.ofMillis(100))) {
            progress.planned(0, 1);
            progress.migrationStarted(slow, 1, 1);
            long until = System.nanoTime() + 5_000_000_000L;
            while (lines.stream().noneMatch(l -> l.contains("still running")) && System.nanoTime() < until) {
                Thread.sleep(10); // a condition, polled: the heartbeat comes within about 100 ms
            }
            progress.statement(slow, 1, "UPDATE t\n   SET x = 1", 42, Duration.ofMillis(7));
            progress.migrationFinished(slow, Duration.ofMillis(350));
            int afterFinish = lines.size();
            Thread.sleep(300); // three heartbeat periods with nothing running
            assertThat(lines).hasSize(afterFinish);
            progress.write(dir.resolve("migrate.log"));
        }
        assertThat(lines).first().isEqualTo("dibs: 0 migrations applied before, 1 pending");
        assertThat(lines).contains("dibs: [1/1] 20261126000000_backfill", "dibs:     #1 7 ms, 42 rows: UPDATE t SET x = 1",
                "dibs:     done in 350 ms");
        assertThat(lines).anyMatch(l -> l.matches("dibs: {5}still running 20261126000000_backfill \\(\\d+ s\\)"));
        assertThat(Files.readAllLines(dir.resolve("migrate.log"))).hasSameSizeAs(lines)
                .allMatch(l -> l.matches("\\d{4}-\\d\\d-\\d\\dT.*Z  .*"));
    }
}
