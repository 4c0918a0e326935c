package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A transactional migration cannot leave its transaction, and when it fails dibs says what
 * PostgreSQL reports of the rollback — also when the migration ended its transaction itself or
 * the connection was lost.
 */
@WithPostgres
class MigrationTransactionTest {

    @TempDir
    Path dir;
    private int runs;

    private MigrationFailedException fail(TestDatabase db, MigrationListener listener, String body) {
        List<Path> cp = Migrations.compile(dir.resolve("run" + ++runs), Migrations.migration("001_ok", "Ok", "ctx.execute(\"CREATE TABLE ok (id int)\");"),
                Migrations.migration("002_x", "X", body));
        return catchThrowableOfType(MigrationFailedException.class, () -> MigrationRunner.builder().database(db.info())
                .classpath(cp).packages(List.of("e")).listener(listener).build().run());
    }

    @ParameterizedTest
    @ValueSource(strings = {"COMMIT", "END", "select 1; commit", "COMMIT AND CHAIN", "commit; begin"})
    void sqlThatCommitsStopsTheMigrationAndTheMessageSaysWhatRemains(String sql, TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.execute("%s");
                ctx.execute("CREATE TABLE second_half (id int)");
                """.formatted(sql));
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed at statement 2:\n  " + sql)
                .contains("dibs refused: Statement 2 ended the migration's transaction")
                .contains("Statements 1–2 of migration 002_x were committed by the migration itself; they remain."
                        + " No __dibs_migrations row was written")
                .doesNotContain("nothing of it remains");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.hasTable("second_half")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    /**
     * A last statement that commits and opens another transaction in its place leaves the driver in
     * a transaction: found by id in the query that records the migration, which dibs then rolls back
     * with the row it wrote, instead of committing it.
     */
    @ParameterizedTest
    @ValueSource(strings = {"COMMIT AND CHAIN", "commit; begin"})
    void aLastStatementThatCommitsAndChainsIsFoundWhenTheMigrationIsRecorded(String sql, TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.execute("%s");
                """.formatted(sql));
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed at statement 2:\n  " + sql)
                .contains("dibs refused: Statement 2 ended the migration's transaction")
                .contains("Statements 1–2 of migration 002_x were committed by the migration itself; they remain.");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void sqlThatRollsBackStopsTheMigrationAndNothingBeforeItRemains(TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.execute("ABORT");
                ctx.execute("CREATE TABLE second_half (id int)");
                """);
        assertThat(e.getMessage()).contains("dibs refused: Statement 2 ended the migration's transaction")
                .contains("PostgreSQL reports it aborted, so nothing it ran inside that transaction remains");
        assertThat(db.hasTable("first_half")).isFalse();
        assertThat(db.hasTable("second_half")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void prepareTransactionFailsHereAndIsRolledBack(TestDatabase db) throws Exception {
        // The test server has max_prepared_transactions = 0, so PostgreSQL refuses it and the rollback is proven.
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.execute("PREPARE TRANSACTION 'dibs_test'");
                """);
        assertThat(e.getMessage()).contains("failed at statement 2").contains("The migration was rolled back: nothing of it remains");
        assertThat(db.hasTable("first_half")).isFalse();
    }

    @Test
    void jdbcCallsThatEndTheTransactionAreRefusedAndRolledBack(TestDatabase db) throws Exception {
        for (String call : List.of("commit()", "rollback()", "setAutoCommit(true)", "close()")) {
            MigrationFailedException e = fail(db, MigrationListener.NONE, """
                    ctx.execute("CREATE TABLE first_half (id int)");
                    ctx.connection().%s;
                    """.formatted(call));
            assertThat(e.getMessage()).as(call).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed after statement 1, which completed")
                    .contains("dibs refused: The migration called Connection." + call.replaceAll("\\(.*", "()"))
                    .contains("The migration was rolled back: nothing of it remains");
            assertThat(db.hasTable("first_half")).as(call).isFalse();
        }
    }

    @Test
    void aCommitThatFailsItsStatementIsStillFoundByState(TestDatabase db) throws Exception {
        // The driver runs the COMMIT, then complains that it returned no rows: the failure is the driver's, the commit real.
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.query("COMMIT");
                """);
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed at statement 2:\n  COMMIT")
                .contains("Migration 002_x committed its own transaction (in one of statements 1–2, or through ctx.connection())")
                .doesNotContain("nothing of it remains");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void savepointsAndPlainJdbcInsideTheTransactionStillWork(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, Migrations.migration("001_sp", "Sp", """
                ctx.execute("CREATE TABLE kept (id int PRIMARY KEY)");
                java.sql.Savepoint sp = ctx.connection().setSavepoint();
                try {
                    ctx.execute("INSERT INTO kept VALUES (1), (1)");
                } catch (java.sql.SQLException duplicate) {
                    ctx.connection().rollback(sp);
                }
                try (java.sql.Statement s = ctx.connection().createStatement()) {
                    s.execute("INSERT INTO kept VALUES (2)");
                }
                ctx.execute("INSERT INTO kept VALUES (3)");
                """));
        MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build().run();
        assertThat(db.queryStrings("SELECT id::text FROM kept ORDER BY id")).containsExactly("2", "3");
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_sp");
    }

    @Test
    void aCommitThroughPlainJdbcIsFoundByStateWhenTheMigrationFailsLater(TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                try (java.sql.Statement s = ctx.connection().createStatement()) {
                    s.execute("COMMIT");
                }
                throw new IllegalStateException("boom");
                """);
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed after statement 1, which completed")
                .contains("The migration threw java.lang.IllegalStateException: boom")
                .contains("Migration 002_x committed its own transaction (in one of statements 1–1, or through ctx.connection()):"
                        + " what it ran before that commit remains. No __dibs_migrations row");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void aCommitThroughPlainJdbcIsFoundByStateWhenTheMigrationReturns(TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, MigrationListener.NONE, """
                ctx.execute("CREATE TABLE first_half (id int)");
                try (java.sql.Statement s = ctx.connection().createStatement()) {
                    s.execute("COMMIT");
                }
                """);
        assertThat(e.getMessage()).contains("dibs refused: SQL the migration ran through ctx.connection() ended the migration's transaction")
                .contains("committed its own transaction (in one of statements 1–1, or through ctx.connection()): what it ran"
                        + " before that commit remains.");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    /** Terminates the runner's backend from another connection (as an operator or a failover would) after statement 1 of 002_x. */
    private static MigrationListener killerAfterFirstStatement(TestDatabase db) {
        return new MigrationListener() {
            @Override
            public void statement(DiscoveredMigration m, int index, String sql, long rows, Duration took) {
                if (m.id().equals("002_x") && index == 1) {
                    try {
                        // pg_terminate_backend(pid, timeout) waits until the backend is gone.
                        db.execute("SELECT pg_terminate_backend(pid, 10000) FROM pg_stat_activity"
                                + " WHERE datname = current_database() AND application_name = 'dibs' AND pid <> pg_backend_pid()");
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                }
            }
        };
    }

    @Test
    void aConnectionLostMidMigrationNamesTheStatementAndTheProvenRollback(TestDatabase db) throws Exception {
        MigrationFailedException e = fail(db, killerAfterFirstStatement(db), """
                ctx.execute("CREATE TABLE first_half (id int)");
                ctx.execute("CREATE TABLE second_half (id int)");
                """);
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed at statement 2:\n  CREATE TABLE second_half")
                .contains("The connection to PostgreSQL was lost; asked over a new connection, PostgreSQL reports the migration's"
                        + " transaction aborted. The migration was rolled back: nothing of it remains")
                .doesNotContain("ConnectionInfo[");
        assertThat(db.hasTable("first_half")).isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    @Test
    void aConnectionLostInANonTransactionalMigrationSaysWhatIsUnknown(TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir, Migrations.migration("001_ok", "Ok", "ctx.execute(\"CREATE TABLE ok (id int)\");"),
                Migrations.migration("002_x", "X", """
                        ctx.execute("CREATE TABLE first_half (id int)");
                        ctx.execute("CREATE TABLE second_half (id int)");
                        """, false));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> MigrationRunner.builder()
                .database(db.info()).classpath(cp).packages(List.of("e")).listener(killerAfterFirstStatement(db)).build().run());
        assertThat(e.getMessage()).startsWith("Migration 002_x (e.X, e/X.java:4:1) failed at statement 2:\n  CREATE TABLE second_half")
                .contains("The connection to PostgreSQL was lost during statement 2: whether that statement itself committed is unknown."
                        + " This migration is not transactional");
        assertThat(db.hasTable("first_half")).isTrue();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).containsExactly("001_ok");
    }

    /** Its history row would be written in the open transaction and lost with it when the connection closes. */
    @ParameterizedTest
    @ValueSource(strings = {"ctx.execute(\"BEGIN\");", "ctx.connection().setAutoCommit(false);"})
    void aNonTransactionalMigrationThatLeavesATransactionOpenIsRefusedNotRecorded(String opens, TestDatabase db) throws Exception {
        List<Path> cp = Migrations.compile(dir.resolve("open" + ++runs), Migrations.migration("001_open", "Open",
                "ctx.execute(\"CREATE TABLE before_it (id int)\");\n" + opens + "\nctx.execute(\"CREATE TABLE inside_it (id int)\");",
                false));
        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> MigrationRunner.builder()
                .database(db.info()).classpath(cp).packages(List.of("e")).build().run());

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("returned with a transaction still open").contains("rolled that transaction back");
        assertThat(db.hasTable("before_it")).as("committed before the transaction was opened").isTrue();
        assertThat(db.hasTable("inside_it")).as("rolled back with the open transaction").isFalse();
        assertThat(db.queryStrings("SELECT id FROM __dibs_migrations")).as("not recorded as applied").isEmpty();
    }
}
