package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many runners at once on one database: every migration is applied exactly once, and every runner succeeds. */
@WithPostgres
class MigrationConcurrencyTest {

    @TempDir
    Path dir;

    @Test
    void eightThreadsAndThreeProcessesApplyEachMigrationExactlyOnce(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE applied_log (seq serial, id text)");
        List<Path> cp = Migrations.compile(dir, Migrations.logging(12));
        List<Process> processes = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            processes.add(new ProcessBuilder(RunnerMain.command(db.info(), cp)).redirectErrorStream(true).start());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<MigrationReport>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build().run();
            }));
        }
        go.countDown();
        int appliedByThreads = 0;
        for (Future<MigrationReport> run : runs) {
            appliedByThreads += run.get(2, TimeUnit.MINUTES).applied().size();
        }
        pool.shutdown();
        int appliedByProcesses = 0;
        for (Process p : processes) {
            assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.exitValue()).as(out).isZero();
            appliedByProcesses += Integer.parseInt(out.lines().filter(l -> l.startsWith("applied ")).findFirst().orElseThrow()
                    .substring("applied ".length()));
        }
        assertThat(appliedByThreads + appliedByProcesses).isEqualTo(12);
        assertThat(db.queryStrings("SELECT id FROM applied_log ORDER BY seq")).hasSize(12).doesNotHaveDuplicates()
                .isSorted();
        assertThat(db.queryString("SELECT count(*) FROM __dibs_migrations")).isEqualTo("12");
    }
}
