package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** MigrationRunner on databases Flyway 13.12.0 migrated: nothing Flyway applied runs again, and Flyway's table stays as it was. */
@WithPostgres
class FlywayTakeoverTest {

    @TempDir
    Path dir;

    private static final String HISTORY = "SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || type || ' '"
            + " || coalesce(checksum::text, '-') || ' ' || success FROM flyway_schema_history ORDER BY installed_rank";

    private static MigrationRunner runner(TestDatabase db, List<Path> classpath) {
        return MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e")).lockTimeout("5s").build();
    }

    private List<Path> dibsMigration() {
        return Migrations.compile(dir.resolve("dibs"), Migrations.migration("20261201000000_more", "More",
                "ctx.execute(\"CREATE TABLE t9 (id int PRIMARY KEY)\");"));
    }

    @Test
    void theFirstRunAfterFlywayRunsOnlyWhatFlywayDidNotAndNeverWritesItsTable(TestDatabase db) throws Exception {
        FlywayHistoryTest.flyway(db, FlywayHistoryTest.files(dir.resolve("sql"), 1, 2)).load().migrate();
        List<String> before = db.queryStrings(HISTORY);
        MigrationRunner runner = runner(db, dibsMigration());
        MigrationStatus status = runner.status();
        assertThat(status.applied()).containsExactly("V1", "V2");
        assertThat(status.fromFlyway()).containsExactly("V1", "V2");
        assertThat(status.pending()).extracting(DiscoveredMigration::id).containsExactly("20261201000000_more");
        assertThat(status.refusals()).isEmpty();
        MigrationReport report = runner.run();
        assertThat(report.applied()).extracting(DiscoveredMigration::id).containsExactly("20261201000000_more");
        assertThat(report.previouslyApplied()).isEqualTo(2);
        assertThat(db.hasTable("t9")).isTrue();
        assertThat(db.queryStrings(HISTORY)).isEqualTo(before);
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("20261201000000_more");
        MigrationStatus after = runner.status();
        assertThat(after.applied()).containsExactly("V1", "V2", "20261201000000_more"); // in MigrationOrder
        assertThat(after.pending()).isEmpty();
    }

    @Test
    void aFailedFlywayRowStopsTheRunBeforeAnythingRuns(TestDatabase db) throws Exception {
        FlywayHistoryTest.flyway(db, FlywayHistoryTest.files(dir.resolve("sql"), 1)).load().migrate();
        // a failed row as Flyway writes one where it keeps them (Flyway 13 keeps none on PostgreSQL)
        db.execute("INSERT INTO flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by,"
                + " execution_time, success) VALUES (2, '2', 'half done', 'SQL', 'V2__half_done.sql', 5, 'me', 3, false)");
        MigrationRunner runner = runner(db, dibsMigration());
        assertThat(runner.status().refusals()).singleElement().asString().contains("Detected failed migration to version 2 (half done)");
        assertThatThrownBy(runner::run).isInstanceOf(MigrationException.class)
                .hasMessageStartingWith("Flyway's history stops this run; nothing was run:\nDetected failed migration to version 2"
                        + " (half done).\nPlease remove any half-completed changes then run repair to fix the schema history.");
        assertThat(db.hasTable("t9")).isFalse();
        assertThat(db.queryString("SELECT count(*) FROM __dibs_migrations")).isEqualTo("0");
    }

    @Test
    void flywayTableNamesAnotherHistoryTable(TestDatabase db) throws Exception {
        FlywayHistoryTest.flyway(db, FlywayHistoryTest.files(dir.resolve("sql"), 1)).table("deploys").load().migrate();
        assertThat(runner(db, dibsMigration()).status().fromFlyway()).isEmpty();
        MigrationStatus status = MigrationRunner.builder().database(db.info()).classpath(dibsMigration()).packages(List.of("e"))
                .flywayTable("deploys").build().status();
        assertThat(status.fromFlyway()).containsExactly("V1");
    }

    private static FlywayHistory read(TestDatabase db) throws Exception {
        return FlywayHistoryTest.read(db, null, List.of("public"));
    }

    @Test
    void anAppliedFlywayJavaMigrationIsFineAPendingOneStopsMigrate(TestDatabase db) throws Exception {
        List<Path> applied = FlywayFixtures.javaMigrations(dir.resolve("j1"), "V1__Java_one");
        try (URLClassLoader loader = new URLClassLoader(new URL[] {applied.get(0).toUri().toURL()}, getClass().getClassLoader())) {
            Flyway.configure(loader).dataSource(db.info().url(), db.info().user(), db.info().password()).locations("classpath:e")
                    .load().migrate();
        }
        assertThat(db.queryStrings(HISTORY)).containsExactly("1 1 JDBC - true");
        assertThat(FlywayJavaMigrations.find(applied, List.of("e"))).extracting(DiscoveredMigration::id, DiscoveredMigration::className)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("V1", "e.V1__Java_one"));
        // without flyway-core on the class path nothing is looked for (and nothing could be found)
        assertThat(FlywayJavaMigrations.flywayOn(applied)).isTrue();
        assertThat(FlywayJavaMigrations.flywayOn(applied.subList(0, applied.size() - 1))).isFalse();
        assertThat(FlywayJavaMigrations.find(applied.subList(0, applied.size() - 1), List.of("e"))).isEmpty();
        MigrationStatus status = runner(db, applied).status();
        assertThat(status.applied()).containsExactly("V1");
        assertThat(status.missing()).isEmpty();
        assertThat(status.pending()).isEmpty();
        assertThat(runner(db, applied).run().applied()).isEmpty();
        // rewritten as a SQL file of its version (what dibs:check asks for), it stays applied: nothing to compare it with
        Map<String, String> rewritten = read(db).appliedWith(List.of(FlywayHistoryTest.file("1", 77)));
        assertThat(rewritten).containsExactly(Map.entry("V1", "flyway:77"));

        List<Path> withPending = FlywayFixtures.javaMigrations(dir.resolve("j2"), "V1__Java_one", "V2__Java_two");
        MigrationRunner runner = runner(db, withPending);
        assertThat(runner.status().refusals()).singleElement().asString().contains("e.V2__Java_two");
        assertThatThrownBy(runner::run).isInstanceOf(MigrationException.class)
                .hasMessageContaining("Flyway Java migration e.V2__Java_two (V2) is pending, and dibs does not run Flyway Java migrations");
        assertThat(db.hasTable("java_v2__java_two")).isFalse();
    }
}
