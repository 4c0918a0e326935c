package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same {@code V…__….sql} files on dibs's class path ({@code db/migration}) that Flyway 13.12.0
 * applied from a folder: dibs runs only what Flyway did not, compares checksums with Flyway's and
 * reads baselines and repairs as Flyway does.
 */
@WithPostgres
class FlywayTakeoverFilesTest {

    @TempDir
    Path dir;

    private static final String HISTORY = "SELECT installed_rank || ' ' || coalesce(version, '-') || ' ' || type || ' ' || success"
            + " FROM flyway_schema_history ORDER BY installed_rank";

    /** A project whose classes folder holds {@code db/migration/V<n>__step_<n>.sql}; returns its class path. */
    private List<Path> project(int... versions) throws Exception {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        FlywayHistoryTest.files(classes.resolve("db/migration"), versions);
        return List.of(classes, JavaSources.dibsApi());
    }

    private static Path migrations(List<Path> classpath) {
        return classpath.get(0).resolve("db/migration");
    }

    private static MigrationRunner runner(TestDatabase db, List<Path> classpath) {
        return MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e")).lockTimeout("5s").build();
    }

    @Test
    void onlyTheFileFlywayDidNotApplyRunsRecordedWithFlywaysChecksum(TestDatabase db) throws Exception {
        List<Path> cp = project(1, 2, 3);
        Flyway f = FlywayHistoryTest.flyway(db, migrations(cp)).target("2").load();
        f.migrate();
        int v3 = Flyway.configure().dataSource(db.info().url(), db.info().user(), db.info().password())
                .locations("filesystem:" + migrations(cp)).load().info().pending()[0].getChecksum();
        List<String> before = db.queryStrings(HISTORY);
        MigrationStatus status = runner(db, cp).status();
        assertThat(status.applied()).containsExactly("V1", "V2");
        assertThat(status.fromFlyway()).containsExactly("V1", "V2");
        assertThat(status.pending()).extracting(DiscoveredMigration::id).containsExactly("V3");
        assertThat(status.missing()).isEmpty();
        MigrationReport report = runner(db, cp).run();
        assertThat(report.applied()).extracting(DiscoveredMigration::id).containsExactly("V3");
        assertThat(db.hasTable("t3")).isTrue();
        assertThat(db.queryStrings("SELECT id || ' ' || checksum FROM __dibs_migrations")).containsExactly("V3 flyway:" + v3);
        assertThat(db.queryStrings(HISTORY)).isEqualTo(before);
        assertThat(runner(db, cp).status().pending()).isEmpty();
    }

    @Test
    void aFileEditedAfterFlywayAppliedItStopsTheRunAsFlywayWouldSay(TestDatabase db) throws Exception {
        List<Path> cp = project(1, 2);
        Flyway f = FlywayHistoryTest.flyway(db, migrations(cp)).load();
        f.migrate();
        Files.writeString(migrations(cp).resolve("V2__step_2.sql"), "CREATE TABLE t2 (id bigint PRIMARY KEY);\n");
        Files.writeString(migrations(cp).resolve("V3__step_3.sql"), "CREATE TABLE t3 (id int);\n");
        String flywaySays;
        try {
            f.validate();
            throw new AssertionError("Flyway validated an edited file");
        } catch (RuntimeException e) {
            flywaySays = e.getMessage();
        }
        String mismatch = flywaySays.substring(flywaySays.indexOf("Migration checksum mismatch for migration version 2"),
                flywaySays.indexOf("schema history.") + "schema history.".length());
        assertThat(runner(db, cp).status().changed()).extracting(DiscoveredMigration::id).containsExactly("V2");
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, cp).run());
        assertThat(e.getMessage()).startsWith("Flyway's history stops this run; nothing was run:\n" + mismatch);
        assertThat(db.hasTable("t3")).isFalse();
    }

    @Test
    void versionsUpToAFlywayBaselineCountAsApplied(TestDatabase db) throws Exception {
        List<Path> cp = project(1, 2, 3);
        Flyway f = FlywayHistoryTest.flyway(db, migrations(cp)).baselineVersion("2").load();
        f.baseline();
        f.migrate();
        assertThat(db.queryStrings(HISTORY)).containsExactly("1 2 BASELINE true", "2 3 SQL true");
        MigrationStatus status = runner(db, cp).status();
        assertThat(status.applied()).containsExactly("V1", "V2", "V3");
        assertThat(status.fromFlyway()).containsExactlyInAnyOrder("V1", "V2", "V3");
        assertThat(status.pending()).isEmpty();
        assertThat(runner(db, cp).run().applied()).isEmpty();
        assertThat(db.hasTable("t1")).isFalse();
    }

    @Test
    void aVersionRepairMarkedDeletedIsPendingWhenItsFileIsBack(TestDatabase db) throws Exception {
        List<Path> cp = project(1, 2, 3);
        Path flywayFolder = FlywayHistoryTest.files(dir.resolve("flyway"), 1, 2, 3);
        FlywayHistoryTest.flyway(db, flywayFolder).load().migrate();
        Files.delete(flywayFolder.resolve("V2__step_2.sql"));
        FlywayHistoryTest.flyway(db, flywayFolder).load().repair();
        db.execute("DROP TABLE t2");
        MigrationStatus status = runner(db, cp).status();
        assertThat(status.applied()).containsExactly("V1", "V3");
        assertThat(status.pending()).extracting(DiscoveredMigration::id).containsExactly("V2");
        runner(db, cp).run();
        assertThat(db.hasTable("t2")).isTrue();
    }
}
