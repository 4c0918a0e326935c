package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Recording a migration as applied is one transaction: the row, the objects' metadata and the caller's own work. */
@WithPostgres
class AppliedWithoutRunningTest {

    @Test
    void whenTheCallersWorkFailsNothingIsRecorded(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text)");
        DiscoveredMigration baseline = new DiscoveredMigration("20261201000000_baseline", "e.Baseline", true, "x", null, null);

        Throwable e = catchThrowable(() -> AppliedWithoutRunning.record(db.info(), List.of("public"), Duration.ofSeconds(5),
                MigrationListener.NONE, baseline, null, applied -> { }, () -> {
                    throw new IllegalStateException("the migration's file could not be written");
                }));

        assertThat(e).hasMessageContaining("the migration's file could not be written");
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).isEmpty();
        assertThat(db.queryStrings("SELECT table_name FROM __dibs_tables")).as("the objects' metadata, rolled back with the row")
                .isEmpty();
    }
}
