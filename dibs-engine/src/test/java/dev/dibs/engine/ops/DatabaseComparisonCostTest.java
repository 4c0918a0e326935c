package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

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

/**
 * What the scratch build of a database comparison costs: nothing when the databases' models are
 * equal (no scratch database is made), one build of the reference when they differ. Prints the
 * times for a few hundred tables (documented in plans-and-hazards.md).
 */
@WithPostgres
class DatabaseComparisonCostTest {

    private static final int TABLES = 300;

    private static String tables(boolean withExtra) {
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < TABLES; i++) {
            ddl.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, code varchar(20) NOT NULL UNIQUE,")
                    .append(" status varchar(10) CHECK (status IN ('a', 'b')), parent_id bigint")
                    .append(i > 0 ? " REFERENCES t" + (i - 1) + " (id)" : "").append(", made timestamptz DEFAULT now()")
                    .append(withExtra ? ", extra int" : "").append(");\n")
                    .append("CREATE INDEX ON t").append(i).append(" (lower(code)) WHERE status = 'a';\n");
        }
        return ddl.toString();
    }

    @Test
    void scratchBuildOnlyWhenTheDatabasesDiffer(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(tables(false));
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(tables(false));
            }
            long start = System.nanoTime();
            DriftReport equal = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> {
                        throw new AssertionError("equal models need no scratch database");
                    });
            long equalMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(equal.hasDrift()).isFalse();

            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                for (int i = 0; i < TABLES; i++) {
                    s.addBatch("ALTER TABLE t" + i + " ADD COLUMN extra int");
                }
                s.executeBatch();
            }
            start = System.nanoTime();
            DriftReport differing = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server);
            long differingMillis = (System.nanoTime() - start) / 1_000_000;
            assertThat(differing.plan().changes()).hasSize(TABLES);
            assertThat(differing.unreproducible()).isEmpty();
            System.out.println("database comparison of " + TABLES + " tables: equal " + equalMillis + " ms (no scratch database),"
                    + " one column added per table " + differingMillis + " ms (with the scratch build)");
        } finally {
            server.dropDatabase(reference);
        }
    }
}
