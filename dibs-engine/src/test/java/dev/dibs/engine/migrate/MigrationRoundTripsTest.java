package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What one migration costs in round trips to PostgreSQL, counted from the driver's own trace (each
 * round trip ends with a Sync message): a transactional migration of one statement takes three —
 * the query that begins it (transaction id, search_path, lock_timeout), its statement, and the query
 * that records it (with the check owed for its statement and the objects it created) and commits —
 * and the bookkeeping of which migration created each table, column and index grows by no round
 * trip per object.
 */
@WithPostgres
class MigrationRoundTripsTest {

    @TempDir
    Path dir;

    @Test
    void aMigrationOfOneStatementTakesThreeRoundTrips(TestDatabase db) throws Exception {
        // Each run keeps its metadata in a schema of its own, so both pay the same fixed costs (schema, tables, lock, status).
        int few = roundTrips(db, "one", 1);
        int many = roundTrips(db, "eleven", 11);

        assertThat(few).as("the driver's trace shows round trips (Sync)").isPositive();
        assertThat((many - few) / 10.0).as("round trips per migration (1 migration: %d, 11: %d)", few, many).isEqualTo(3.0);
        assertThat(db.queryStrings("SELECT created_by FROM eleven.__dibs_tables WHERE table_name = 't11'")).containsExactly("011_t");
        assertThat(db.queryStrings("SELECT created_by FROM eleven.__dibs_columns WHERE table_name = 't11' ORDER BY column_name"))
                .containsExactly("011_t", "011_t");
        assertThat(db.queryStrings("SELECT created_by FROM eleven.__dibs_indexes WHERE index_name = 't11_pkey'"))
                .containsExactly("011_t");
    }

    /** Runs {@code count} migrations of one CREATE TABLE each, in {@code schema}, as dibs:migrate would (lockTimeout set); counts the round trips. */
    private int roundTrips(TestDatabase db, String schema, int count) {
        List<String> classes = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            classes.add(Migrations.migration(String.format("%03d_t", i), "T" + i,
                    "ctx.execute(\"CREATE TABLE t" + i + " (id bigint PRIMARY KEY, note text)\");"));
        }
        List<Path> cp = Migrations.compile(dir.resolve("m" + count), classes.toArray(String[]::new));
        MigrationRunner runner = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e"))
                .schemas(List.of(schema)).lockTimeout("10s").build();
        Logger driver = Logger.getLogger("org.postgresql");
        Level level = driver.getLevel();
        AtomicInteger syncs = new AtomicInteger();
        Handler counter = new Handler() {
            @Override
            public void publish(LogRecord r) {
                if (r.getMessage() != null && r.getMessage().trim().equals("FE=> Sync")) {
                    syncs.incrementAndGet();
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        driver.setLevel(Level.FINEST);
        driver.addHandler(counter);
        try {
            assertThat(runner.run().applied()).hasSize(count);
        } finally {
            driver.removeHandler(counter);
            driver.setLevel(level);
        }
        return syncs.get();
    }
}
