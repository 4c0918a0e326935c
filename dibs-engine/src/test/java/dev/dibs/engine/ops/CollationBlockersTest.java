package dev.dibs.engine.ops;

import static dev.dibs.engine.ops.ReferenceComparisons.compareWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
 * A collation the plan drops is dropped after what the compared schemas use it for; what dibs does not
 * manage (a table of another schema, an inheritance child) still using it makes PostgreSQL refuse the
 * drop: said before anything runs, naming the user — and proven right by applying the plan anyway.
 */
@WithPostgres
class CollationBlockersTest {


    @Test
    void aCollationAnotherSchemasTableUsesIsRefusedBeforeAnythingRuns(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');
                CREATE TABLE versions (id integer PRIMARY KEY, tag text COLLATE numeric);
                CREATE SCHEMA archive;
                CREATE TABLE archive.versions (id integer, tag text COLLATE public.numeric);
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE versions (id integer PRIMARY KEY, tag text);");

        assertThat(report.refusals()).containsExactly("PostgreSQL will refuse \"DROP COLLATION public.\"numeric\"\": column tag"
                + " of table archive.versions uses it, which dibs does not manage. Change it to another collation or drop it first"
                + " (by hand, or in a migration), or keep the collation declared, then plan again; as it is, the plan fails there"
                + " and is rolled back.");
        try (Connection c = target.connect()) {
            assertThatThrownBy(() -> PlanApplier.apply(c, report.plan(), null, PlanListener.NONE))
                    .hasMessageContaining("DROP COLLATION").hasMessageContaining("depend");
        }
    }

    /** The managed table's column, which the plan moves off it first, blocks nothing: the plan applies. */
    @Test
    void aCollationOnlyManagedTablesUseIsDroppedAfterThem(TestDatabase target, PostgresServer server) throws Exception {
        target.execute("""
                CREATE COLLATION numeric (provider = icu, locale = 'en-u-kn-true');
                CREATE TABLE versions (id integer PRIMARY KEY, tag text COLLATE numeric);
                CREATE INDEX versions_tag ON versions ((lower(tag) COLLATE numeric));
                """);

        DriftReport report = compareWith(target, server, "CREATE TABLE versions (id integer PRIMARY KEY, tag text);");

        assertThat(report.refusals()).isEmpty();
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(target.queryString("SELECT count(*) FROM pg_collation WHERE collname = 'numeric' AND collnamespace = 'public'::regnamespace"))
                .isEqualTo("0");
    }
}
