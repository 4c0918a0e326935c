package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runner killed in the middle of a migration leaves no trace of it: the next run applies it cleanly. */
@WithPostgres
class MigrationKillTest {

    @TempDir
    Path dir;

    @Test
    void killedMidMigrationLeavesNoTrace(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE applied_log (seq serial, id text)");
        List<Path> cp = Migrations.compile(dir,
                Migrations.migration("001_first", "First", "ctx.execute(\"INSERT INTO applied_log (id) VALUES ('001_first')\");"),
                Migrations.migration("002_slow", "Slow", """
                        ctx.execute("INSERT INTO applied_log (id) VALUES ('002_slow')");
                        ctx.execute("CREATE TABLE slow_table (id int)");
                        if (System.getProperty("dibs.test.fast") == null) {
                            ctx.log("sleeping");
                            System.in.read(); // killed here, inside the open transaction: the test never writes to stdin
                        }
                        """));
        Process child = new ProcessBuilder(RunnerMain.command(db.info(), cp)).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals("log sleeping")) {
                // wait until the slow migration is inside its transaction
            }
            assertThat(line).isEqualTo("log sleeping");
            assertThat(db.queryString("SELECT count(*) FROM pg_stat_activity WHERE state = 'idle in transaction'")).isEqualTo("1");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_first");
        assertThat(db.hasTable("slow_table")).isFalse();

        System.setProperty("dibs.test.fast", "true");
        try {
            MigrationReport report = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e"))
                    .lockWait(java.time.Duration.ofSeconds(30)).build().run();
            assertThat(report.applied()).extracting(DiscoveredMigration::id).containsExactly("002_slow");
        } finally {
            System.clearProperty("dibs.test.fast");
        }
        assertThat(db.queryStrings("SELECT id FROM applied_log ORDER BY seq")).containsExactly("001_first", "002_slow");
        assertThat(db.hasTable("slow_table")).isTrue();
    }
}
