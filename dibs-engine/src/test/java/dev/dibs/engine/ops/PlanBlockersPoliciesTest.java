package dev.dibs.engine.ops;

import static dev.dibs.engine.ops.ReferenceComparisons.compareWith;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy of a managed table that reads a column the plan drops or retypes is the plan's own: it is
 * dropped first and created again after, so it is no warning; a policy dibs does not manage still is.
 */
@WithPostgres
class PlanBlockersPoliciesTest {


    @Test
    void aManagedPolicyThePlanDropsFirstIsNoWarningAndThePlanRuns(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE accounts (id int PRIMARY KEY, balance int, legacy text);
                CREATE POLICY positive ON accounts FOR INSERT WITH CHECK (balance >= 0);
                CREATE POLICY legacy_free ON accounts USING (legacy IS NULL);
                """);

        DriftReport report = compareWith(target, server, """
                CREATE TABLE accounts (id int PRIMARY KEY, balance bigint);
                CREATE POLICY positive ON accounts FOR INSERT WITH CHECK (balance >= 0);
                """);

        assertThat(report.warnings()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT string_agg(polname, ',') FROM pg_policy")).isEqualTo("positive");
    }

    @Test
    void aPolicyDibsDoesNotManageReadingADroppedColumnIsStillNamed(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE TABLE accounts (id int PRIMARY KEY, legacy text);
                CREATE SCHEMA other; -- not compared: its tables and their policies are not dibs's
                CREATE TABLE other.notes (id int);
                CREATE POLICY legacy_free ON other.notes USING (EXISTS (SELECT 1 FROM public.accounts a WHERE a.legacy IS NULL));
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE accounts (id int PRIMARY KEY);");

        assertThat(report.warnings()).singleElement().asString().startsWith(
                "PostgreSQL will refuse \"ALTER TABLE ONLY public.accounts DROP COLUMN legacy\": policy other.notes.legacy_free uses");
    }
}
