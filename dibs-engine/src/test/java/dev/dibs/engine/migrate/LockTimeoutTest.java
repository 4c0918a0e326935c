package dev.dibs.engine.migrate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.postgres.LockTimeout;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configured {@code lock_timeout} reaches PostgreSQL as a bound value: a hostile one is refused
 * as an invalid setting and cannot end the statement to run its own SQL.
 */
@WithPostgres
class LockTimeoutTest {

    private static final String HOSTILE = "10s'; DROP TABLE x; --";

    @TempDir
    Path dir;

    private static MigrationRunner runner(TestDatabase db, List<Path> classpath, String lockTimeout) {
        return MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("e"))
                .lockTimeout(lockTimeout).listener(MigrationListener.NONE).build();
    }

    @Test
    void transactionalAndNonTransactionalMigrationsRunUnderTheConfiguredTimeout(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE seen (id text, timeout text)");
        String record = "ctx.execute(\"INSERT INTO seen SELECT ?, current_setting('lock_timeout')\", \"%s\");";
        List<Path> cp = Migrations.compile(dir.resolve("a"),
                Migrations.migration("001_tx", "Tx", record.formatted("001_tx")),
                Migrations.migration("002_plain", "Plain", record.formatted("002_plain"), false));

        runner(db, cp, "7s").run();

        assertThat(db.queryStrings("SELECT id || ' ' || timeout FROM seen ORDER BY id")).containsExactly("001_tx 7s", "002_plain 7s");
    }

    @Test
    void aHostileValueIsRefusedAsAnInvalidSettingInATransactionalMigration(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE x (id int)");
        List<Path> cp = Migrations.compile(dir.resolve("a"), Migrations.migration("001_tx", "Tx", "ctx.execute(\"CREATE TABLE y (id int)\");"));

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, cp, HOSTILE).run());

        assertThat(e.getMessage()).contains("invalid value for parameter \"lock_timeout\"");
        assertThat(db.hasTable("x")).isTrue();
        assertThat(db.hasTable("y")).isFalse();
    }

    @Test
    void aHostileValueIsRefusedAsAnInvalidSettingInANonTransactionalMigration(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE x (id int)");
        List<Path> cp = Migrations.compile(dir.resolve("a"),
                Migrations.migration("001_plain", "Plain", "ctx.execute(\"CREATE TABLE y (id int)\");", false));

        MigrationFailedException e = catchThrowableOfType(MigrationFailedException.class, () -> runner(db, cp, HOSTILE).run());

        assertThat(e.getMessage()).contains("invalid value for parameter \"lock_timeout\"");
        assertThat(db.hasTable("x")).isTrue();
        assertThat(db.hasTable("y")).isFalse();
    }

    @Test
    void aHostileValueIsRefusedAsAnInvalidSettingWhenAPlanIsApplied(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE x (id int)");
        Plan plan = new Plan(List.of(), List.of(new Statement("CREATE TABLE y (id int)", null, Set.of(), TransactionMode.IN_TRANSACTION)),
                List.of());

        SQLException e;
        try (Connection c = db.connect()) {
            e = catchThrowableOfType(SQLException.class, () -> PlanApplier.apply(c, plan, HOSTILE, PlanListener.NONE));
        }

        assertThat(e.getMessage()).contains("invalid value for parameter \"lock_timeout\"");
        assertThat(db.hasTable("x")).isTrue();
        assertThat(db.hasTable("y")).isFalse();
    }

    /**
     * An enum label is added before the plan's transaction, in a statement of its own: it waits for the
     * type's lock as long as the plan's statements would (another session adding a label holds it until
     * it commits), not for ever; the session's own lock_timeout is set again after.
     */
    @Test
    void aLabelAddedBeforeThePlansTransactionWaitsNoLongerThanTheTimeout(TestDatabase db) throws Exception {
        db.execute("CREATE TYPE mood AS ENUM ('calm')");
        Plan plan = new Plan(List.of(), List.of(
                new Statement("ALTER TYPE public.mood ADD VALUE 'glad'", new dev.dibs.engine.diff.SchemaChange.AddEnumValue(
                        new dev.dibs.engine.model.QualifiedName("public", "mood"), "glad", null, null), Set.of(),
                        TransactionMode.BEFORE_TRANSACTION),
                new Statement("CREATE TABLE y (id int)", null, Set.of(), TransactionMode.IN_TRANSACTION)), List.of());
        try (Connection holder = db.connect(); Connection c = db.connect()) {
            holder.setAutoCommit(false);
            try (var st = holder.createStatement()) {
                st.execute("ALTER TYPE public.mood ADD VALUE 'busy'"); // holds the type's lock until it ends
            }
            try (var st = c.createStatement()) {
                st.execute("SET lock_timeout = '42s'");
            }
            long start = System.nanoTime();
            dev.dibs.engine.plan.ApplyException e = catchThrowableOfType(dev.dibs.engine.plan.ApplyException.class,
                    () -> PlanApplier.apply(c, plan, "200ms", PlanListener.NONE));
            assertThat(e.getMessage()).contains("lock timeout", "ADD VALUE 'glad'");
            assertThat(java.time.Duration.ofNanos(System.nanoTime() - start)).isLessThan(java.time.Duration.ofSeconds(20));
            assertThat(LockTimeout.current(c)).isEqualTo("42s");
            holder.rollback();
        }
        assertThat(db.hasTable("y")).isFalse();
        assertThat(db.queryStrings("SELECT unnest(enum_range(NULL::mood))::text")).containsExactly("calm");
    }
}
