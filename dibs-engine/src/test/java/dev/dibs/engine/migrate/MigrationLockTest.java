package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A runner that cannot get the migration lock in time says who holds it, and applies nothing. */
@WithPostgres
class MigrationLockTest {

    @TempDir
    Path dir;

    @Test
    void aLockHeldTooLongNamesItsHolder(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE applied_log (seq serial, id text)");
        List<Path> cp = Migrations.compile(dir, Migrations.logging(2));
        Properties props = new Properties();
        props.setProperty("user", db.info().user());
        props.setProperty("password", db.info().password());
        props.setProperty("ApplicationName", "deploy-job-42");
        try (Connection holder = new org.postgresql.Driver().connect(db.info().url(), props)) {
            new AdvisoryLock(holder, "public").acquire(Duration.ofSeconds(5), MigrationListener.NONE);
            int pid = holder.unwrap(org.postgresql.PGConnection.class).getBackendPID();
            List<String> waits = new ArrayList<>();

            MigrationException e = catchThrowableOfType(MigrationException.class, () -> MigrationRunner.builder()
                    .database(db.info()).classpath(cp).packages(List.of("e")).lockWait(Duration.ofMillis(400))
                    .listener(new MigrationListener() {
                        @Override
                        public void waitingForLock(String who, Duration waited) {
                            waits.add(who);
                        }
                    }).build().run());

            assertThat(e.getMessage())
                    .startsWith("Another dibs run holds the migration lock and did not release it within PT0.4S (migrationLockWait).")
                    .contains("Holder: pid " + pid + ", user " + db.info().user() + ", application deploy-job-42, from ")
                    .contains("connected since ")
                    .endsWith("then run again.");
            assertThat(waits).isNotEmpty().allSatisfy(w -> assertThat(w).startsWith("pid " + pid + ","));
        }
        assertThat(db.queryString("SELECT count(*) FROM applied_log")).isEqualTo("0");
    }
}
