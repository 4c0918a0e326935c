package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flyway-style SQL migrations run by dibs beside @Migration classes, on a real PostgreSQL. */
@WithPostgres
class FlywayMigrationsTest {

    @TempDir
    Path dir;

    private static MigrationRunner runner(TestDatabase db, List<Path> classpath, MigrationListener listener, String... locations) {
        MigrationRunner.Builder b = MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e"))
                .lockTimeout("5s").listener(listener);
        if (locations.length > 0) {
            b.flywayLocations(List.of(locations));
        }
        return b.build();
    }

    /** Compiles the classes and writes each {@code path, text} pair as a resource into the classes folder. */
    private List<Path> project(String[] classes, String... resources) throws IOException {
        List<Path> cp = classes.length > 0 ? Migrations.compile(dir.resolve("p"), classes)
                : List.of(Files.createDirectories(dir.resolve("p/classes")), JavaSources.dibsApi());
        for (int i = 0; i < resources.length; i += 2) {
            Path file = cp.get(0).resolve(resources[i]);
            Files.createDirectories(file.getParent());
            Files.writeString(file, resources[i + 1]);
        }
        return cp;
    }

    private static String[] logging(String id, String className) {
        return new String[] {Migrations.migration(id, className, "ctx.execute(\"INSERT INTO applied_log (id) VALUES (?)\", \"" + id + "\");")};
    }

    @Test
    void sqlFilesAndMigrationClassesRunInOneOrderOnceEachRecordedWithFlywaysChecksum(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE applied_log (seq serial, id text)");
        String v1 = "CREATE TABLE users (id bigint PRIMARY KEY);\nINSERT INTO applied_log (id) VALUES ('V1');\n";
        List<Path> cp = project(logging("2_between", "Between"),
                "db/migration/V1__create_users.sql", v1,
                "db/migration/V3__add_email.sql", "ALTER TABLE users ADD COLUMN email text;\r\nINSERT INTO applied_log (id) VALUES ('V3');\r\n",
                "db/migration/sub/V2_5__nested_folder.sql", "INSERT INTO applied_log (id) VALUES ('V2.5');",
                "db/migration/V10__ten.sql", "INSERT INTO applied_log (id) VALUES ('V10');",
                "db/migration/README.md", "not a migration: left alone, as Flyway leaves it");
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
        assertThat(report.applied()).extracting(DiscoveredMigration::id).containsExactly("V1", "2_between", "V2.5", "V3", "V10");
        assertThat(db.queryStrings("SELECT id FROM applied_log ORDER BY seq")).containsExactly("V1", "2_between", "V2.5", "V3", "V10");
        assertThat(events).startsWith("start V1 1/5", "V1 #1 rows=0", "V1 #2 rows=1", "start 2_between 2/5");
        assertThat(db.queryStrings("SELECT id || ' ' || class_name || ' ' || description || ' ' || checksum || ' ' || transactional"
                + " FROM __dibs_migrations WHERE id LIKE 'V%' ORDER BY applied_at, id")).contains(
                "V1 db/migration/V1__create_users.sql create users flyway:" + FlywayChecksum.of(v1) + " true");
        assertThat(db.queryString("SELECT created_by FROM __dibs_tables WHERE table_name = 'users'")).isEqualTo("V1");
        assertThat(db.queryString("SELECT modified_by FROM __dibs_tables WHERE table_name = 'users'")).isEqualTo("V3");

        MigrationReport again = runner(db, cp, MigrationListener.NONE).run();
        assertThat(again.applied()).isEmpty();
        assertThat(again.previouslyApplied()).isEqualTo(5);
        assertThat(db.queryString("SELECT count(*) FROM applied_log")).isEqualTo("5");
        MigrationStatus status = runner(db, cp, MigrationListener.NONE).status();
        assertThat(status.applied()).containsExactly("V1", "2_between", "V2.5", "V3", "V10");
        assertThat(status.pending()).isEmpty();

        Files.writeString(cp.get(0).resolve("db/migration/V3__add_email.sql"), "ALTER TABLE users ADD COLUMN email varchar(200);");
        MigrationStatus edited = runner(db, cp, MigrationListener.NONE).status();
        assertThat(edited.changed()).extracting(DiscoveredMigration::id).containsExactly("V3");
        MigrationException refused = catchThrowableOfType(MigrationException.class, () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(refused.getMessage()).contains("Applied migrations changed since they ran", "V3 (db/migration/V3__add_email.sql)");
    }

    @Test
    void aFailingStatementNamesTheFileItsLineTheStatementAndPostgresAnswer(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[0],
                "db/migration/V1__ok.sql", "CREATE TABLE ok (id int);",
                "db/migration/V2__bad.sql", "-- adds a table\nCREATE TABLE half (id int);\n\nINSERT INTO half (id, nope)\n  VALUES (1, 2);\n",
                "db/migration/V3__later.sql", "CREATE TABLE later (id int);");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage())
                .startsWith("Migration V2 (db/migration/V2__bad.sql) failed at statement 2, line 4 of db/migration/V2__bad.sql:\n"
                        + "  INSERT INTO half (id, nope)\n    VALUES (1, 2)")
                .contains("PostgreSQL said: column \"nope\" of relation \"half\" does not exist", "SQLSTATE 42703")
                .contains("rolled back");
        assertThat(db.hasTable("ok")).isTrue();
        assertThat(db.hasTable("half")).isFalse();
        assertThat(db.hasTable("later")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("V1");
    }

    @Test
    void aFileThatCommitsItselfIsStoppedThereWithAdviceForAFile(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[0],
                "db/migration/V1__commits.sql", "BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;\nCREATE TABLE b (id int);\n");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage())
                .startsWith("Migration V1 (db/migration/V1__commits.sql) failed")
                .contains("Statement 3 ended the migration's transaction")
                .contains("Remove BEGIN, COMMIT and the like from the SQL file: dibs runs each file in its own transaction")
                .doesNotContain("transactional = false");
        assertThat(db.hasTable("b")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).isEmpty();
    }

    @Test
    void badNamesAndAmbiguousVersionsAreOneErrorListingAllAndNothingRuns(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[] {Migrations.migration("7_seven", "Seven", "ctx.execute(\"CREATE TABLE seven (id int)\");"),
                        Migrations.migration("V9", "LooksLikeFlyway", "ctx.execute(\"SELECT 1\");")},
                "db/migration/V1__ok.sql", "CREATE TABLE ok (id int);",
                "db/migration/V1_add.sql", "SELECT 1;",
                "db/migration/v2__lower.sql", "SELECT 1;",
                "db/migration/U3__undo.sql", "SELECT 1;",
                "db/migration/B4__baseline.sql", "SELECT 1;",
                "db/migration/R__views.sql", "CREATE VIEW v AS SELECT 1;",
                "db/migration/V5__a.sql", "SELECT 1;",
                "db/migration/V5.0__b.sql", "SELECT 1;",
                "db/migration/V7__clash.sql", "SELECT 1;",
                "db/migration/V8__x.sql.conf", "executeInTransaction=false");
        Files.write(cp.get(0).resolve("db/migration/V6__latin1.sql"), "SELECT 'Gr\u00fc\u00dfe';".getBytes(StandardCharsets.ISO_8859_1));
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage()).startsWith("The migrations have 10 problems; nothing was run:")
                .contains("db/migration/V1_add.sql: has no \"__\"")
                .contains("db/migration/v2__lower.sql: is not named like a Flyway versioned migration")
                .contains("db/migration/U3__undo.sql: is a Flyway undo migration")
                .contains("db/migration/B4__baseline.sql: is a Flyway baseline migration")
                .contains("db/migration/R__views.sql: is a repeatable Flyway migration", "src/main/resources/dibs/")
                .contains("db/migration/V5.0__b.sql: has the version of db/migration/V5__a.sql (V5 and V5.0 are the same version")
                .contains("db/migration/V7__clash.sql: has version 7, the number that migration 7_seven (e.Seven")
                .contains("db/migration/V8__x.sql.conf: is a Flyway script configuration file")
                .contains("db/migration/V6__latin1.sql: is not UTF-8")
                .contains("e.LooksLikeFlyway: @Migration(\"V9\") has the form of the ids dibs gives Flyway SQL files");
        assertThat(db.hasTable("ok")).isFalse();
        assertThat(db.hasTable("seven")).isFalse();
    }

    @Test
    void placeholdersCopyFromStdinAndMixedTransactionsStopTheRunBeforeAnythingRuns(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[0],
                "db/migration/V1__ok.sql", "CREATE TABLE ok (id int);",
                "db/migration/V2__placeholder.sql", "CREATE TABLE t (id int);\nGRANT SELECT ON t TO ${reader};\n",
                "db/migration/V3__mixed.sql", "CREATE TABLE m (id int);\nCREATE INDEX CONCURRENTLY m_id ON m (id);\n",
                "db/migration/V4__copy.sql", "CREATE TABLE c (id int);\nCOPY c FROM stdin;\n");
        MigrationException e = catchThrowableOfType(MigrationException.class, () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage()).startsWith("Pending SQL migrations cannot run as written; nothing was run:")
                .contains("db/migration/V2__placeholder.sql, line 2: the Flyway placeholder ${reader}")
                .contains("db/migration/V3__mixed.sql, line 2: CREATE INDEX CONCURRENTLY m_id cannot run inside a transaction,"
                        + " but the statement at line 1")
                .contains("db/migration/V4__copy.sql, line 2: COPY … FROM STDIN");
        assertThat(db.hasTable("ok")).isFalse();
    }

    @Test
    void aFileOfOnlyNonTransactionalStatementsRunsOutsideATransactionAsFlywayRunsIt(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[0],
                "db/migration/V1__table.sql", "CREATE TABLE big (id int, name text);",
                "db/migration/V2__index.sql", "CREATE INDEX CONCURRENTLY big_name ON big (name);\n"
                        + "CREATE UNIQUE INDEX CONCURRENTLY big_id ON big (id);\n");
        MigrationReport report = runner(db, cp, MigrationListener.NONE).run();
        assertThat(report.applied()).extracting(DiscoveredMigration::transactional).containsExactly(true, false);
        assertThat(db.queryStrings("SELECT indexname FROM pg_indexes WHERE tablename = 'big' ORDER BY 1"))
                .containsExactly("big_id", "big_name");
        assertThat(db.queryString("SELECT transactional FROM __dibs_migrations WHERE id = 'V2'")).isEqualTo("f");
    }

    @Test
    void aNonTransactionalFileThatFailsKeepsWhatRanIsNotRecordedAndSaysSo(TestDatabase db) throws Exception {
        List<Path> cp = project(new String[0],
                "db/migration/V1__table.sql", "CREATE TABLE big (id int, name text);",
                "db/migration/V2__indexes.sql", "CREATE INDEX CONCURRENTLY big_name ON big (name);\n\n"
                        + "CREATE INDEX CONCURRENTLY big_nope ON big (nope);\n");
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class,
                () -> runner(db, cp, MigrationListener.NONE).run());
        assertThat(e.getMessage())
                .startsWith("Migration V2 (db/migration/V2__indexes.sql) failed at statement 2, line 3 of db/migration/V2__indexes.sql:")
                .contains("PostgreSQL said: column \"nope\" does not exist")
                .contains("This migration is not transactional (a SQL file whose statements all run outside a transaction,"
                        + " as Flyway runs it): the statements before the failing one ran and stay committed");
        assertThat(db.queryStrings("SELECT indexname FROM pg_indexes WHERE tablename = 'big'")).containsExactly("big_name");
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("V1");
    }

    @Test
    void locationsAreClassPathFoldersInFoldersAndJarsAndFilesystemIsRefused(TestDatabase db) throws Exception {
        List<Path> cp = new ArrayList<>(project(new String[0], "sql/one/V1__folder.sql", "CREATE TABLE from_folder (id int);"));
        Path jar = dir.resolve("migrations.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            j.putNextEntry(new JarEntry("sql/two/V2__jar.sql"));
            j.write("CREATE TABLE from_jar (id int);".getBytes(StandardCharsets.UTF_8));
            j.closeEntry();
        }
        cp.add(jar);
        MigrationReport report = runner(db, cp, MigrationListener.NONE, "classpath:sql/one", "/sql/two/").run();
        assertThat(report.applied()).extracting(DiscoveredMigration::describe)
                .containsExactly("V1 (sql/one/V1__folder.sql)", "V2 (sql/two/V2__jar.sql)");
        assertThat(db.hasTable("from_jar")).isTrue();

        MigrationException e = catchThrowableOfType(MigrationException.class,
                () -> runner(db, cp, MigrationListener.NONE, "filesystem:src/main/resources/db/migration", "s3:bucket/x", "../up").run());
        assertThat(e.getMessage()).startsWith("The migrations have 3 problems; nothing was run:")
                .contains("flywayLocations: \"filesystem:src/main/resources/db/migration\" is a folder on disk")
                .contains("flywayLocations: \"s3:bucket/x\" has a prefix dibs does not know")
                .contains("flywayLocations: \"../up\" names no folder inside the class path");
    }
}
