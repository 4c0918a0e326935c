package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A check or foreign key added to an existing table is added {@code NOT VALID} in the plan's
 * transaction and validated after it commits, on its own: only so does the scan run under
 * {@code VALIDATE}'s lock (which lets reads and writes go on) rather than under the lock the
 * {@code ADD} took, which a transaction holds to its end. A validation that fails leaves the rest
 * committed and the constraint {@code NOT VALID}, and says so.
 */
@WithPostgres
class ValidationsAfterCommitTest {

    @TempDir
    Path dir;

    private static final String BEFORE = """
            CREATE TABLE orgs (id int PRIMARY KEY);
            CREATE TABLE users (id int PRIMARY KEY, org_id int NOT NULL, age int NOT NULL);
            INSERT INTO orgs VALUES (1);
            INSERT INTO users VALUES (1, 1, 30);
            """;

    private static final String[] AFTER = {
        """
        @Table("orgs") public record Org(@Pk int id) {}
        """,
        """
        @Table("users") @Check("age >= 0")
        public record User(@Pk int id, @References("orgs.id") int orgId, int age, @Nullable String note) {}
        """
    };

    private Plan plan(TestDatabase db, PostgresServer server) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        LoadedSchema intent = harness.load(AFTER);
        return Planner.plan(harness.inspect(), Canonicalizer.canonicalize(intent, server), intent.renames(), PlanOptions.defaults(),
                server.majorVersion());
    }

    @Test
    void theValidationsRunLastAndHoldNoLockOfThePlansTransaction(TestDatabase db, PostgresServer server) throws Exception {
        db.execute(BEFORE);
        Plan plan = plan(db, server);
        List<Statement> statements = plan.statements();
        List<Statement> validations = statements.stream().filter(s -> s.mode() == TransactionMode.AFTER_TRANSACTION).toList();
        assertThat(validations).extracting(Statement::sql).containsExactlyInAnyOrder(
                "ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check",
                "ALTER TABLE public.users VALIDATE CONSTRAINT users_org_id_fkey");
        assertThat(statements.subList(statements.size() - 2, statements.size())).isEqualTo(validations);
        assertThat(plan.toSql()).contains("-- after the rest commits, in a transaction of its own: reads every row without"
                + " blocking writes; if it fails, the constraint stays NOT VALID\nALTER TABLE public.users VALIDATE CONSTRAINT");

        // what the applying session holds on users as each statement is about to run
        List<String> held = new ArrayList<>();
        try (Connection c = db.connect(); Connection watch = db.connect()) {
            int pid = SessionLocks.pid(c);
            PlanApplier.apply(c, plan, "5s", new PlanListener() {
                @Override
                public void starting(int number, int total, Statement statement) {
                    held.add(statement.mode() + " " + SessionLocks.on(watch, pid, "public.users"));
                }
            });
        }

        // in the transaction, the ADD CONSTRAINT's locks are held from then on; before each validation, none
        assertThat(held.subList(held.size() - 2, held.size())).containsOnly("AFTER_TRANSACTION []");
        assertThat(held.get(held.size() - 3)).startsWith("IN_TRANSACTION [").contains("AccessExclusiveLock");
        assertThat(db.queryString("SELECT string_agg(conname || ' ' || convalidated, ', ' ORDER BY conname) FROM pg_constraint"
                + " WHERE conrelid = 'public.users'::regclass AND contype IN ('c', 'f')"))
                .isEqualTo("users_age_check true, users_org_id_fkey true");
    }

    @Test
    void aValidationThatFailsLeavesTheRestCommittedAndTheConstraintNotValidAndSaysSo(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute(BEFORE + "INSERT INTO users VALUES (2, 1, -5);"); // breaks the check, not the key
        Plan plan = plan(db, server);

        ApplyException e;
        try (Connection c = db.connect()) {
            e = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE));
        }

        assertThat(e).isNotNull();
        assertThat(e.getMessage()).contains("ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check")
                .contains("The plan's transaction had committed: every statement before this one took effect, and this constraint"
                        + " stays NOT VALID (PostgreSQL checks the rows written from now on, not those already there)")
                .contains("Rows already there break it (new ones cannot): find them and fix or remove them").contains("then apply again: the next plan validates what is left.");
        // the column came, both constraints exist; the check is NOT VALID and refuses new rows that break it
        assertThat(db.queryString("SELECT count(*) FROM pg_attribute WHERE attrelid = 'public.users'::regclass AND attname = 'note'"))
                .isEqualTo("1");
        assertThat(db.queryString("SELECT convalidated::text FROM pg_constraint WHERE conname = 'users_age_check'")).isEqualTo("false");
        Throwable refused = catchThrowableOfType(SQLException.class, () -> db.execute("INSERT INTO users VALUES (3, 1, -1)"));
        assertThat(refused).hasMessageContaining("users_age_check");
    }
}
