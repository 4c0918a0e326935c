package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

/** A database as the desired state of another: the plan makes the target equal to the reference. */
@WithPostgres
class DatabaseComparisonTest {

    @Test
    void plansTheTargetIntoTheReference(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("""
                    CREATE TABLE users (id int PRIMARY KEY, email text);
                    CREATE VIEW v AS SELECT 1 AS one;
                    CREATE TYPE pair AS (a int);
                    """);
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("""
                        CREATE TYPE mood AS ENUM ('HAPPY');
                        CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL UNIQUE, mood mood);
                        CREATE FUNCTION f() RETURNS int LANGUAGE sql AS 'SELECT 1';
                        """);
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.hasDrift()).isTrue();
            assertThat(report.warnings()).isEmpty();
            assertThat(report.notManaged()).extracting(report::describe).containsExactlyInAnyOrder(
                    "composite type public.pair: only in the database: a integer"); // the function and the view are managed
            assertThat(report.plan().toSql()).contains("DROP VIEW public.v;");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            DriftReport again = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(again.hasDrift()).isFalse();
            assertThat(target.hasTable("users")).isTrue();
            assertThat(target.queryString("SELECT f()")).isEqualTo("1");
            assertThat(target.queryString("SELECT count(*) FROM pg_views WHERE viewname = 'v'")).isEqualTo("0");
            assertThat(target.queryString("SELECT count(*) FROM pg_type WHERE typname = 'pair'")).isEqualTo("1");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** Both databases are read at once; what cannot be read is named, the target first when neither can. */
    @Test
    void saysWhichDatabaseCouldNotBeRead(TestDatabase target) {
        ConnectionInfo wrongTarget = new ConnectionInfo(target.info().url(), target.info().user(), "not-the-password");
        ConnectionInfo wrongReference = new ConnectionInfo(target.info().url(), "no_such_reference_role", "not-the-password");
        assertThatThrownBy(() -> DatabaseComparison.compare(wrongTarget, wrongReference, List.of("public"), PlanOptions.defaults()))
                .hasMessageContaining("as user " + target.info().user() + ": ")
                .hasMessageNotContaining("no_such_reference_role")
                .hasMessageNotContaining("not-the-password");
        assertThatThrownBy(() -> DatabaseComparison.compare(target.info(), wrongReference, List.of("public"), PlanOptions.defaults()))
                .hasMessageContaining("as user no_such_reference_role: ")
                .hasMessageNotContaining("not-the-password");
    }

    /** The reference's triggers are created in the target as the reference printed them, with their state. */
    @Test
    void createsTheReferencesTriggers(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            String ddl = "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;"
                    + " CREATE TABLE t (id int, note text);";
            target.execute(ddl);
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(ddl + " CREATE TRIGGER t_touch BEFORE UPDATE OF note ON t FOR EACH ROW EXECUTE FUNCTION touch();"
                        + " ALTER TABLE t DISABLE TRIGGER t_touch;");
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.warnings()).isEmpty();
            assertThat(report.plan().toSql()).contains(
                    "CREATE TRIGGER t_touch BEFORE UPDATE OF note ON public.t FOR EACH ROW EXECUTE FUNCTION public.touch();",
                    "ALTER TABLE public.t DISABLE TRIGGER t_touch;");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            assertThat(DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults())
                    .hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** Found by migra's "everything" case: a column of an extension's type or a domain is not refused. */
    @Test
    void addsColumnsOfTypesDibsDoesNotManage(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            String types = "CREATE DOMAIN positive AS integer CHECK (VALUE > 0); CREATE TYPE pair AS (a int, b int);";
            target.execute(types + "CREATE TABLE t (id int);");
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(types + "CREATE TABLE t (id int, p positive, q pair[]); CREATE TABLE u (p positive);");
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.plan().toSql()).contains("ADD COLUMN p public.positive", "ADD COLUMN q public.pair[]",
                    "p public.positive");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            assertThat(DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults())
                    .hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** Found by migra's "inherit" and "rls2" cases: a serial column brings its sequence along. */
    @Test
    void createsSerialColumnsWithTheirSequences(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE TABLE t (id int)");
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int, n smallserial);"
                        + " CREATE TABLE \"Serials\" (id serial PRIMARY KEY, big bigserial, label text);");
            }
            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
            assertThat(report.plan().toSql()).contains("ADD COLUMN n smallserial NOT NULL", "id serial NOT NULL",
                    "big bigserial NOT NULL").doesNotContain("nextval");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            assertThat(DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults())
                    .hasDrift()).isFalse();
            assertThat(target.queryString("SELECT pg_get_serial_sequence('public.\"Serials\"', 'big')"))
                    .isEqualTo("public.\"Serials_big_seq\"");
        } finally {
            server.dropDatabase(reference);
        }
    }
}
