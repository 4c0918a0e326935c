package dev.dibs.engine.plan;

import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What does not fit a plan case under {@code plan-cases/} (see {@link PlanCasesTest}): a statement
 * that fails while applying (concurrent index builds: {@link ConcurrentIndexTest}).
 */
@WithPostgres
class ConstraintPlanTest {

    @TempDir
    Path dir;

    @Test
    void aFailingStatementRollsEverythingBackAndSaysWhatPostgresSaid(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int); INSERT INTO t VALUES (1, 5), (2, 5)");
        PlanHarness harness = new PlanHarness(db, server, dir);
        var intent = harness.load("@Table(\"t\") public record T(@Pk int id, @Nullable @Unique Integer a, @Nullable String b) {}");
        Plan plan = Planner.plan(harness.inspect(), dev.dibs.engine.canonical.Canonicalizer.canonicalize(intent, server),
                intent.renames());
        try (Connection c = db.connect()) {
            ApplyException e = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE));
            assertThat(e.getMessage()).contains("statement 2 of 2 failed (unique public.t.t_a_key)")
                    .contains("ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE (a)")
                    .contains("PostgreSQL said: could not create unique index \"t_a_key\"")
                    .contains("SQLSTATE 23505").contains("The transaction was rolled back: none of the plan's other statements took effect.");
        }
        assertThat(db.queryStrings("SELECT column_name FROM information_schema.columns WHERE table_name = 't'"))
                .containsExactlyInAnyOrder("id", "a");
    }

    /** PostgreSQL's detail quotes rows: a value holding a line feed is indented under its label, never a line of its own. */
    @Test
    void whatPostgresSaysOfARowStaysUnderItsLabel(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a text); INSERT INTO t VALUES (1, E'x\\n[INFO] BUILD SUCCESS'),"
                + " (2, E'x\\n[INFO] BUILD SUCCESS')");
        PlanHarness harness = new PlanHarness(db, server, dir);
        var intent = harness.load("@Table(\"t\") public record T(@Pk int id, @Nullable @Unique String a) {}");
        Plan plan = Planner.plan(harness.inspect(), dev.dibs.engine.canonical.Canonicalizer.canonicalize(intent, server),
                intent.renames());
        try (Connection c = db.connect()) {
            ApplyException e = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE));
            assertThat(e.getMessage()).contains("  detail: Key (a)=(x\n    [INFO] BUILD SUCCESS) is duplicated.");
            assertThat(e.getMessage().lines()).noneMatch(line -> line.startsWith("[INFO]"));
        }
    }

    /**
     * A foreign key from an integer column to a bigint key, as databases whose ids were widened have
     * it: PostgreSQL accepts it, so the Java schema declares it too (with a warning), and the plan
     * builds it and converges.
     */
    @Test
    void aForeignKeyAcrossIntegerWidthsIsDeclaredWithAWarningAndBuilt(TestDatabase db, PostgresServer server) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        String[] classes = {"@Table(\"orgs\") public record Org(@Pk long id) {}",
                "@Table(\"members\") public record Member(@Pk long id, @References(\"orgs.id\") int orgId) {}"};
        assertThat(harness.load(classes).warnings()).singleElement().asString().isEqualTo("e.Member.orgId: @References(\"orgs.id\"):"
                + " column \"org_id\" is integer but public.orgs.id is bigint. PostgreSQL accepts such a foreign key, comparing"
                + " across the two types; give both columns one type, unless the database has them so.");
        Plan plan = harness.migrate(classes);
        assertThat(PlanHarness.sql(plan)).contains("ALTER TABLE public.members ADD CONSTRAINT members_org_id_fkey FOREIGN KEY"
                + " (org_id) REFERENCES public.orgs (id)");
        assertThat(db.queryString("SELECT format_type(a.atttypid, a.atttypmod) FROM pg_attribute a"
                + " WHERE a.attrelid = 'members'::regclass AND a.attname = 'org_id'")).isEqualTo("integer");
    }

    /**
     * {@code @Identity(sequence)}: a new table's identity starts where it says, and changed options
     * are altered in place (the value the sequence reached kept), converging both times.
     */
    @Test
    void identitySequenceOptionsAreCreatedAndAlteredInPlace(TestDatabase db, PostgresServer server) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        Plan created = harness.migrate("@Table(\"invoices\") public record Invoice(@Pk @Identity(sequence = \"START WITH 1000 MAXVALUE 99999\") long id) {}");
        assertThat(PlanHarness.sql(created)).anySatisfy(sql -> assertThat(sql).startsWith("CREATE TABLE public.invoices")
                .contains("id bigint GENERATED BY DEFAULT AS IDENTITY (MAXVALUE 99999 START WITH 1000) NOT NULL"))
                .noneSatisfy(sql -> assertThat(sql).startsWith("ALTER SEQUENCE"));
        db.execute("INSERT INTO invoices DEFAULT VALUES");
        assertThat(db.queryString("SELECT id FROM invoices")).isEqualTo("1000");
        assertThat(db.queryString("SELECT seqstart || ' ' || seqmax || ' ' || seqincrement FROM pg_sequence"
                + " WHERE seqrelid = 'invoices_id_seq'::regclass")).isEqualTo("1000 99999 1");

        Plan plan = harness.migrate("@Table(\"invoices\") public record Invoice(@Pk @Identity(sequence = \"START WITH 1000 INCREMENT BY 10 CACHE 20\") long id) {}");
        assertThat(PlanHarness.sql(plan)).singleElement().asString().startsWith("ALTER TABLE public.invoices ALTER COLUMN id SET ")
                .contains("INCREMENT BY 10", "START WITH 1000", "CACHE 20", "MAXVALUE 9223372036854775807").doesNotContain("RESTART");
        db.execute("INSERT INTO invoices DEFAULT VALUES");
        assertThat(db.queryStrings("SELECT id FROM invoices ORDER BY id")).containsExactly("1000", "1010");

        // counting down from the default start (-1): created so, then its increment altered in place
        harness.migrate("@Table(\"invoices\") public record Invoice(@Pk @Identity(sequence = \"START WITH 1000 INCREMENT BY 10 CACHE 20\") long id) {}",
                "@Table(\"credits\") public record Credit(@Pk @Identity(sequence = \"INCREMENT BY -1\") long id) {}");
        db.execute("INSERT INTO credits DEFAULT VALUES");
        assertThat(db.queryString("SELECT id FROM credits")).isEqualTo("-1");
        harness.migrate("@Table(\"invoices\") public record Invoice(@Pk @Identity(sequence = \"START WITH 1000 INCREMENT BY 10 CACHE 20\") long id) {}",
                "@Table(\"credits\") public record Credit(@Pk @Identity(sequence = \"INCREMENT BY -5\") long id) {}");
        db.execute("INSERT INTO credits DEFAULT VALUES");
        assertThat(db.queryStrings("SELECT id FROM credits ORDER BY id DESC")).containsExactly("-1", "-6");
    }
}
