package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * dibs:migrate's check after migrating, with the Java schema built on the scratch server while the
 * migrations run: it sees the database as the migrations left it, and an extension a migration
 * created is there when the Java schema needs it.
 */
@WithPostgres
class DriftAheadTest {

    @TempDir
    Path dir;

    private LoadedSchema load(String source) {
        List<Path> classpath = JavaSources.compile(dir, Map.of("f/User.java", source));
        return IntentLoader.builder().classpath(classpath).packages(List.of("f")).load();
    }

    private static ScratchServers.Factory kept(PostgresServer server) {
        return ScratchServers.Factory.always(() -> server);
    }

    @Test
    void seesTheDatabaseAsTheCallersWorkLeftIt(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, String email) {}
                """);
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)
                .ready()) {
            db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)");
            DriftReport report = ahead.detect(PlanOptions.defaults());
            assertThat(report.hasDrift()).isFalse();
        }
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)) {
            db.execute("ALTER TABLE users DROP COLUMN email");
            assertThat(ahead.detect(PlanOptions.defaults()).plan().toSql()).contains("ADD COLUMN email text NOT NULL");
        }
    }

    /**
     * dibs:migrate starts reading the database once the last migration committed, while it writes
     * its own rows: the check compares what that reading found (a change made after it is not
     * seen), and a reading begun and never taken is waited for when the goal ends, its connections
     * closed.
     */
    @Test
    void aReadingStartedAfterTheMigrationsIsTheOneCompared(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, String email) {}
                """);
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL)");
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)) {
            ahead.startReading();
            ahead.startReading(); // a second call starts nothing: the first reading is the one waited for below
            ahead.readingDone();
            db.execute("ALTER TABLE users DROP COLUMN email");
            assertThat(ahead.detect(PlanOptions.defaults()).hasDrift()).as("compared as read, before the change").isFalse();
        }
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)) {
            assertThat(ahead.detect(PlanOptions.defaults()).plan().toSql()).as("read by detect itself")
                    .contains("ADD COLUMN email text NOT NULL");
        }
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)) {
            ahead.startReading(); // closed without detect
        }
        db.assertNoDibsConnectionLeft();
    }

    /** The first build fails for want of citext; a migration creates it meanwhile; the check builds again and finds nothing. */
    @Test
    void anExtensionCreatedMeanwhileIsUsed(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, @Column(type = "extensions.citext") String email) {}
                """);
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)
                .ready()) {
            db.execute("CREATE SCHEMA extensions; CREATE EXTENSION citext SCHEMA extensions;"
                    + " CREATE TABLE users (id bigint PRIMARY KEY, email extensions.citext NOT NULL)");
            DriftReport report = ahead.detect(PlanOptions.defaults());
            assertThat(report.hasDrift()).isFalse();
            assertThat(report.unreproducible()).isEmpty();
        }
    }

    /**
     * The head start runs beside the migrations: it reads no object a migration's transaction holds
     * or drops (a whole inspection would wait on the view's lock, then fail on the dropped view).
     */
    @Test
    void readsNothingAMigrationHoldsOrDrops(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, String email) {}
                """);
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, email text NOT NULL); CREATE VIEW v AS SELECT id FROM users");
        try (Connection migration = db.connect()) {
            migration.setAutoCommit(false);
            try (Statement s = migration.createStatement()) {
                s.execute("DROP VIEW v");
            }
            DriftDetector.Ahead ahead = assertTimeoutPreemptively(Duration.ofSeconds(60),
                    () -> DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES).ready());
            try (ahead) {
                migration.commit();
                DriftReport report = ahead.detect(PlanOptions.defaults());
                assertThat(report.hasDrift()).isFalse();
                assertThat(report.notManaged()).isEmpty();
            }
        }
    }

    /** Without the extension, the refusal of the Java schema's build is the check's answer, as without the head start. */
    @Test
    void aRefusalStillFailsTheCheck(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, @Column(type = "extensions.citext") String email) {}
                """);
        Throwable direct = catchThrowable(
                () -> DriftDetector.detect(intent, db.info(), kept(server), PlanOptions.defaults()));
        assertThat(direct).isNotNull().hasMessageContaining("citext");
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(intent, db.info(), kept(server), Inspector.HISTORY_TABLES)) {
            assertThatThrownBy(() -> ahead.detect(PlanOptions.defaults()))
                    .isInstanceOf(direct.getClass()).hasMessageContaining("citext");
        }
    }
}
