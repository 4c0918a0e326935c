package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.diff.DomainRefused;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Domains between two databases where PostgreSQL cannot follow: refused before anything runs, naming what uses the domain. */
@WithPostgres
class DomainComparisonTest {

    private static void run(ConnectionInfo db, String sql) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void refusesANewBaseTypeWhileAColumnKeepsUsingTheDomain(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE DOMAIN code AS varchar(10) CHECK (VALUE <> ''); CREATE TABLE items (id int, code code);"
                    + " INSERT INTO items VALUES (1, 'a')");
            run(reference, "CREATE DOMAIN code AS text CHECK (VALUE <> ''); CREATE TABLE items (id int, code code);");

            DomainRefused e = catchThrowableOfType(DomainRefused.class,
                    () -> DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults()));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("dibs cannot change the domain public.code from character varying(10) to text:"
                    + " PostgreSQL cannot alter a domain's base type or collation in place, and the domain cannot be dropped and"
                    + " created again while column public.items.code uses it; so nothing was planned.");
            assertThat(target.queryString("SELECT pg_catalog.format_type(typbasetype, typtypmod) FROM pg_type WHERE typname = 'code'"))
                    .isEqualTo("character varying(10)");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** A function's argument or a view's column of a domain the plan drops: said before anything runs, naming them. */
    @Test
    void aDomainObjectsDibsDoesNotManageUseBlocksItsDrop(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE DOMAIN positive AS integer CHECK (VALUE > 0); CREATE DOMAIN unused AS text;"
                    + " CREATE TABLE t (id int, p positive);"
                    + " CREATE FUNCTION twice(v positive) RETURNS integer LANGUAGE sql AS 'SELECT v * 2';"
                    + " CREATE VIEW ones AS SELECT 1::positive AS one;");
            run(reference, "CREATE TABLE t (id int);");

            var report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());

            assertThat(report.plan().toSql()).contains("DROP DOMAIN public.positive", "DROP DOMAIN public.unused");
            assertThat(report.warnings()).filteredOn(w -> w.contains("domain")).singleElement().asString().isEqualTo(
                    // the function is managed: the plan drops it before the domain
                    "PostgreSQL will refuse \"DROP DOMAIN public.positive\": column one of view ones,"
                    + " view ones use the domain public.positive, and dibs does not manage them. Drop or change them first (by hand, or in a"
                    + " migration), then plan again; as it is, the plan fails there and is rolled back.");
        } finally {
            server.dropDatabase(reference);
        }
    }
}
