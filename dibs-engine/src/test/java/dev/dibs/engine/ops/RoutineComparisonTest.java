package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Functions are part of what a database comparison makes equal, with what calls them. */
@WithPostgres
class RoutineComparisonTest {

    /** A check and an index calling a function the same plan creates are not refused for want of it. */
    @Test
    void aFunctionThePlanCreatesIsNotMissingForTheCheckAndIndexCallingIt(TestDatabase target, PostgresServer server)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("""
                        CREATE FUNCTION positive(x integer) RETURNS boolean LANGUAGE sql IMMUTABLE RETURN x > 0;
                        CREATE TABLE t (id int PRIMARY KEY, a integer NOT NULL CHECK (positive(a)));
                        CREATE INDEX t_positive ON t (positive(a));
                        """);
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.warnings()).isEmpty();
            assertThat(report.plan().toSql()).contains("CREATE OR REPLACE FUNCTION public.positive(x integer)");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            assertThat(DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults()).hasDrift())
                    .isFalse();
            assertThat(target.queryString("SELECT positive(2)")).isEqualTo("t");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * PostgreSQL prints a BEGIN ATOMIC body parsed from its own print otherwise ({@code SELECT 'x'::text}
     * comes back {@code SELECT 'x'::text AS text}): the plan writes the reference's function as the
     * scratch database re-prints it, so a second comparison finds nothing instead of replacing it again
     * and again; the reference's own routines, where the target holds them already, stay as they are.
     */
    @Test
    void aBeginAtomicBodyCopiedFromTheReferenceIsNotReplacedAgain(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int PRIMARY KEY, note text)");
                s.execute("CREATE FUNCTION label() RETURNS text LANGUAGE sql STABLE BEGIN ATOMIC SELECT 'x'; SELECT 'y' || (SELECT count(*) FROM"
                        + " public.t); END");
            }
            DriftReport first = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, first.plan(), null, PlanListener.NONE);
            }
            DriftReport second = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(second.plan().toSql()).as("the second plan").isEmpty();
            assertThat(target.queryString("SELECT label()")).isEqualTo("y0");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * A trigger dibs does not manage (an inheritance child's) keeps its function: the drop is refused
     * before anything runs, naming it. A trigger of a managed table is dropped first, and one of a
     * managed view goes with its view: neither is an obstacle.
     */
    @Test
    void aFunctionAnUnmanagedTriggerUsesIsNotDroppedBehindItsBack(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("""
                    CREATE TABLE t (id int PRIMARY KEY);
                    CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                    CREATE TRIGGER t_touch BEFORE UPDATE ON t FOR EACH ROW EXECUTE FUNCTION touch();
                    CREATE VIEW v AS SELECT id FROM t;
                    CREATE TRIGGER v_touch INSTEAD OF INSERT ON v FOR EACH ROW EXECUTE FUNCTION touch();
                    -- a child of a table outside the compared schemas is not managed (one of t would be, and dropped)
                    CREATE SCHEMA outside;
                    CREATE TABLE outside.base (id int);
                    CREATE TABLE child () INHERITS (outside.base);
                    CREATE TRIGGER child_touch BEFORE UPDATE ON child FOR EACH ROW EXECUTE FUNCTION touch();
                    """);
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int PRIMARY KEY)");
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.warnings()).singleElement().asString().startsWith("PostgreSQL will refuse \"DROP FUNCTION public.touch()\":"
                    + " trigger child_touch on table child uses it, and dibs does not manage it.");
            assertThat(report.plan().toSql()).contains("DROP TRIGGER t_touch ON public.t").contains("DROP VIEW public.v")
                    .doesNotContain("v_touch");
        } finally {
            server.dropDatabase(reference);
        }
    }
}
