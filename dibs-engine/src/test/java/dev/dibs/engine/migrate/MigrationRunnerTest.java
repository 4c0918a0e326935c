package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class MigrationRunnerTest {

    /** The version Maven built the engine as (passed by Surefire): the rows must carry it, not a string kept by hand. */
    private static final String BUILT = System.getProperty("dibs.test.projectVersion");


    @TempDir
    Path dir;

    private MigrationRunner runner(TestDatabase db, List<Path> classpath, MigrationListener listener) {
        return MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e"))
                .lockTimeout("5s").listener(listener).build();
    }

    @Test
    void appliesPendingMigrationsInIdOrderOnceAndRecordsThem(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE applied_log (seq serial, id text)");
        List<Path> cp = Migrations.compile(dir.resolve("a"), Migrations.logging(3));
        List<String> events = new ArrayList<>();
        MigrationListener listener = new MigrationListener() {
            @Override
            public void migrationStarted(DiscoveredMigration m, int number, int total) {
                events.add("start " + m.id() + " " + number + "/" + total);
            }

            @Override
            public void statement(DiscoveredMigration m, int index, String sql, long rows, Duration took) {
                events.add(m.id() + " #" + index + " rows=" + rows);
            }
        };
        MigrationReport report = runner(db, cp, listener).run();
        assertThat(report.applied()).extracting(DiscoveredMigration::id).containsExactly("001_step", "002_step", "003_step");
        assertThat(events).startsWith("start 001_step 1/3", "001_step #1 rows=1", "001_step #2 rows=0", "start 002_step 2/3");
        assertThat(db.queryStrings("SELECT id FROM applied_log ORDER BY seq")).containsExactly("001_step", "002_step", "003_step");
        assertThat(db.queryStrings("SELECT id || ' ' || class_name || ' ' || applied_by || ' ' || dibs_version || ' ' || source_file"
                + " || ':' || source_line || ' ' || (execution_ms >= 0) || ' ' || length(checksum) FROM __dibs_migrations ORDER BY id"))
                .containsExactly("001_step e.Step1 " + db.info().user() + " " + BUILT + " e/Step1.java:4 true 64",
                        "002_step e.Step2 " + db.info().user() + " " + BUILT + " e/Step2.java:4 true 64",
                        "003_step e.Step3 " + db.info().user() + " " + BUILT + " e/Step3.java:4 true 64");
        MigrationReport again = runner(db, cp, MigrationListener.NONE).run();
        assertThat(again.applied()).isEmpty();
        assertThat(again.previouslyApplied()).isEqualTo(3);
        assertThat(db.queryString("SELECT count(*) FROM applied_log")).isEqualTo("3");
    }

    @Test
    void aFailingMigrationRollsBackNamesItselfAndStopsTheRun(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir.resolve("a"),
                Migrations.migration("001_ok", "Ok", "ctx.execute(\"CREATE TABLE ok (id int)\");"),
                Migrations.migration("002_bad", "Bad", """
                        ctx.execute("CREATE TABLE half (id int)");
                        ctx.execute("INSERT INTO half (id, nope) VALUES (1, 2)");
                        """),
                Migrations.migration("003_later", "Later", "ctx.execute(\"CREATE TABLE later (id int)\");"));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage())
                .startsWith("Migration 002_bad (e.Bad, e/Bad.java:4:1) failed at statement 2:")
                .contains("INSERT INTO half (id, nope) VALUES (1, 2)")
                .contains("PostgreSQL said: column \"nope\" of relation \"half\" does not exist")
                .contains("SQLSTATE 42703")
                .contains("at character 23: \n    INSERT INTO half (id, nope) VALUES (1, 2)\n    " + " ".repeat("INSERT INTO half (id, ".length()) + "^")
                .contains("rolled back");
        assertThat(db.hasTable("ok")).isTrue();
        assertThat(db.hasTable("half")).isFalse();
        assertThat(db.hasTable("later")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void aChangedAppliedMigrationStopsTheRunAndStatusListsIt(TestDatabase db) throws Exception {
        List<Path> v1 = Migrations.compile(dir.resolve("v1"),
                Migrations.migration("001_a", "A", "ctx.execute(\"CREATE TABLE a (id int)\");"),
                Migrations.migration("002_gone", "Gone", "ctx.execute(\"CREATE TABLE gone (id int)\");"));
        runner(db, v1, MigrationListener.NONE).run();
        List<Path> v2 = Migrations.compile(dir.resolve("v2"),
                Migrations.migration("001_a", "A", "ctx.execute(\"CREATE TABLE a (id bigint)\");"),
                Migrations.migration("003_new", "New", "ctx.execute(\"CREATE TABLE new_one (id int)\");"));
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, v2, MigrationListener.NONE).run());
        assertThat(e.getMessage()).startsWith("Applied migrations changed since they ran; nothing was run")
                .contains("001_a (e.A, e/A.java:4:1)");
        assertThat(db.hasTable("new_one")).isFalse();
        MigrationStatus status = runner(db, v2, MigrationListener.NONE).status();
        assertThat(status.applied()).containsExactly("001_a", "002_gone");
        assertThat(status.changed()).extracting(DiscoveredMigration::id).containsExactly("001_a");
        assertThat(status.pending()).extracting(DiscoveredMigration::id).containsExactly("003_new");
        assertThat(status.missing()).containsExactly("002_gone");
    }

    @Test
    void invalidMigrationClassesAreAllReportedBeforeAnythingRuns(TestDatabase db) {
        List<Path> cp = Migrations.compile(dir.resolve("a"),
                Migrations.migration("001_a", "A", ""),
                Migrations.migration("001_a", "Twin", ""),
                "@Migration(\"002_b\") public final class NotOne { }",
                "@Migration(\"003_c\") public final class NeedsArg implements DibsMigration {"
                        + " public NeedsArg(int x) {} public void migrate(MigrationContext c) {} }");
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage()).startsWith("The migrations have 3 problems; nothing was run:")
                .contains("the migration id \"001_a\" is also the id of e.")
                .contains("e.NotOne: is annotated @Migration but does not implement dev.dibs.DibsMigration.")
                .contains("e.NeedsArg: has no public no-argument constructor.");
    }

    @Test
    void backfillsRepeatUntilNoRowIsTouched(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, done boolean NOT NULL DEFAULT false);"
                + " INSERT INTO items SELECT g, false FROM generate_series(1, 25) g");
        List<Path> cp = Migrations.compile(dir.resolve("a"), Migrations.migration("001_fill", "Fill", """
                long rows = ctx.backfill("UPDATE items SET done = true WHERE id IN (SELECT id FROM items WHERE NOT done LIMIT 10)");
                ctx.log("filled " + rows);
                """));
        List<String> batches = new ArrayList<>();
        runner(db, cp, new MigrationListener() {
            @Override
            public void backfillBatch(DiscoveredMigration m, int batch, long rows, long total, Duration took) {
                batches.add(batch + ":" + rows + "/" + total);
            }

            @Override
            public void log(DiscoveredMigration m, String message) {
                batches.add(message);
            }
        }).run();
        assertThat(batches).containsExactly("1:10/10", "2:10/20", "3:5/25", "4:0/25", "filled 25");
        assertThat(db.queryString("SELECT count(*) FROM items WHERE done")).isEqualTo("25");
    }

    @Test
    void nonTransactionalMigrationsRunConcurrentIndexBuildsAndSayHowToRecover(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int)");
        List<Path> ok = Migrations.compile(dir.resolve("ok"), Migrations.migration("001_idx", "Idx",
                "ctx.execute(\"CREATE INDEX CONCURRENTLY t_a_idx ON t (a)\");", false));
        runner(db, ok, MigrationListener.NONE).run();
        assertThat(db.queryStrings("SELECT indexname FROM pg_indexes WHERE tablename = 't' ORDER BY 1")).containsExactly("t_a_idx", "t_pkey");
        List<Path> bad = Migrations.compile(dir.resolve("bad"), Migrations.migration("001_idx", "Idx",
                "ctx.execute(\"CREATE INDEX CONCURRENTLY t_a_idx ON t (a)\");", false),
                Migrations.migration("002_half", "Half", """
                        ctx.execute("CREATE TABLE stays (id int)");
                        ctx.execute("CREATE INDEX CONCURRENTLY nope_idx ON nope (a)");
                        """, false));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, bad, MigrationListener.NONE).run());
        assertThat(e.getMessage()).contains("002_half").contains("is not transactional").contains("starts it again from the beginning");
        assertThat(db.hasTable("stays")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_idx");
    }
}
