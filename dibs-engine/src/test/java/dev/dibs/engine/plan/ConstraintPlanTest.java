package dev.dibs.engine.plan;

import static dev.dibs.engine.render.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.render.Hazard.INDEX_BUILD;
import static dev.dibs.engine.render.Hazard.VALIDATES_EXISTING_ROWS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.render.PlanOptions;
import dev.dibs.engine.render.TransactionMode;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@WithPostgres
class ConstraintPlanTest {

    @TempDir
    Path dir;

    @Test
    void addsKeysChecksAndForeignKeysToExistingTablesSafely(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE orgs (id int NOT NULL, code text NOT NULL);
                CREATE TABLE users (id int PRIMARY KEY, org_id int NOT NULL, age int NOT NULL);
                INSERT INTO orgs VALUES (1, 'a'); INSERT INTO users VALUES (1, 1, 30);
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("orgs") public record Org(@Pk int id, @Unique String code) {}
                """, """
                @Table("users") @Check("age >= 0")
                public record User(@Pk int id, @References("orgs.id") int orgId, int age) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE public.orgs ADD CONSTRAINT orgs_pkey PRIMARY KEY (id)",
                "ALTER TABLE public.orgs ADD CONSTRAINT orgs_code_key UNIQUE (code)",
                "ALTER TABLE public.users ADD CONSTRAINT users_age_check CHECK ((age >= 0)) NOT VALID",
                "ALTER TABLE public.users VALIDATE CONSTRAINT users_age_check",
                "ALTER TABLE public.users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES public.orgs (id) NOT VALID",
                "ALTER TABLE public.users VALIDATE CONSTRAINT users_org_id_fkey");
        assertThat(plan.statements().get(0).hazards()).containsExactlyInAnyOrder(INDEX_BUILD, VALIDATES_EXISTING_ROWS,
                ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        assertThat(plan.statements().get(4).hazards()).isEmpty();
        assertThat(plan.statements().get(5).hazards()).containsExactly(VALIDATES_EXISTING_ROWS);
    }

    @Test
    void changedDefinitionsUnderTheSameNameAreReplaced(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE p (id int PRIMARY KEY);
                CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL, p_id int NOT NULL,
                    CONSTRAINT t_rule CHECK (a > 0), CONSTRAINT t_pair UNIQUE (a),
                    CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES p (id));
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("@Table(\"p\") public record P(@Pk int id) {}", """
                @Table("t")
                @Check(name = "t_rule", value = "a > 1")
                @UniqueConstraint(name = "t_pair", columns = "a, b")
                public record T(@Pk int id, int a, int b,
                    @References(value = "p.id", onDelete = Action.CASCADE, name = "t_p") int pId) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactly(
                "ALTER TABLE public.t DROP CONSTRAINT t_p",
                "ALTER TABLE public.t DROP CONSTRAINT t_pair",
                "ALTER TABLE public.t DROP CONSTRAINT t_rule",
                "ALTER TABLE public.t ADD CONSTRAINT t_pair UNIQUE (a, b)",
                "ALTER TABLE public.t ADD CONSTRAINT t_rule CHECK ((a > 1)) NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT t_rule",
                "ALTER TABLE public.t ADD CONSTRAINT t_p FOREIGN KEY (p_id) REFERENCES public.p (id) ON DELETE CASCADE NOT VALID",
                "ALTER TABLE public.t VALIDATE CONSTRAINT t_p");
    }

    @Test
    void equalDefinitionsUnderAnotherNameAreRenamed(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE t (id int CONSTRAINT t_key PRIMARY KEY, a int NOT NULL CONSTRAINT t_a_unique UNIQUE,
                    CONSTRAINT positive CHECK (a > 0));
                CREATE INDEX t_by_a ON t (a DESC);
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("""
                @Table("t") @Check("a > 0") @Index(columns = "a DESC")
                public record T(@Pk int id, @Unique int a) {}
                """);
        assertThat(PlanHarness.sql(plan)).containsExactlyInAnyOrder(
                "ALTER TABLE public.t RENAME CONSTRAINT t_key TO t_pkey",
                "ALTER TABLE public.t RENAME CONSTRAINT t_a_unique TO t_a_key",
                "ALTER TABLE public.t RENAME CONSTRAINT positive TO t_a_check",
                "ALTER INDEX public.t_by_a RENAME TO t_a_idx");
    }

    @Test
    void validatesConstraintsLeftNotValid(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("""
                CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL);
                ALTER TABLE t ADD CONSTRAINT t_a_check CHECK (a > 0) NOT VALID;
                """);
        Plan plan = new PlanHarness(db, server, dir).migrate("@Table(\"t\") @Check(\"a > 0\") public record T(@Pk int id, int a) {}");
        assertThat(PlanHarness.sql(plan)).containsExactly("ALTER TABLE public.t VALIDATE CONSTRAINT t_a_check");
    }

    @Test
    void indexesOnExistingTablesCanBeBuiltConcurrentlyButNotInOneTransaction(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL)");
        PlanHarness harness = new PlanHarness(db, server, dir).options(new PlanOptions(true, true));
        var intent = harness.load("@Table(\"t\") @Index(columns = \"a\") public record T(@Pk int id, int a) {}");
        Plan plan = Planner.plan(harness.inspect(), dev.dibs.engine.canonical.Canonicalizer.canonicalize(intent, server),
                intent.renames(), new PlanOptions(true, true));
        assertThat(plan.statements()).singleElement().satisfies(s -> {
            assertThat(s.sql()).isEqualTo("CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)");
            assertThat(s.mode()).isEqualTo(TransactionMode.OUTSIDE_TRANSACTION);
            assertThat(s.hazards()).containsExactly(INDEX_BUILD);
        });
        try (Connection c = db.connect()) {
            IllegalArgumentException e = catchThrowableOfType(IllegalArgumentException.class,
                    () -> PlanApplier.apply(c, plan, null, PlanListener.NONE));
            assertThat(e.getMessage()).contains("cannot be applied in one transaction").contains("transactional = false");
        }
        assertThat(db.queryStrings("SELECT indexname FROM pg_indexes WHERE tablename = 't'")).containsExactly("t_pkey");
    }

    @Test
    void aFailingStatementRollsEverythingBackAndSaysWhatPostgresSaid(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, NULL)");
        PlanHarness harness = new PlanHarness(db, server, dir);
        var intent = harness.load("@Table(\"t\") public record T(@Pk int id, int a, @Nullable String b) {}");
        Plan plan = Planner.plan(harness.inspect(), dev.dibs.engine.canonical.Canonicalizer.canonicalize(intent, server),
                intent.renames());
        try (Connection c = db.connect()) {
            ApplyException e = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE));
            assertThat(e.getMessage()).contains("statement 2 of 2 failed (column public.t.a)")
                    .contains("ALTER TABLE public.t ALTER COLUMN a SET NOT NULL")
                    .contains("PostgreSQL said: column \"a\" of relation \"t\" contains null values")
                    .contains("SQLSTATE 23502").contains("rolled back");
        }
        assertThat(db.queryStrings("SELECT column_name FROM information_schema.columns WHERE table_name = 't'"))
                .containsExactlyInAnyOrder("id", "a");
    }
}
