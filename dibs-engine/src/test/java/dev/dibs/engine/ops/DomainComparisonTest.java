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
}
