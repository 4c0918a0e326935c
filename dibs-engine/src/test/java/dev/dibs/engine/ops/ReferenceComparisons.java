package dev.dibs.engine.ops;

import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;

/** The blockers' tests' comparison: {@code target} against a reference database holding {@code referenceDdl}, dropped after. */
final class ReferenceComparisons {

    private ReferenceComparisons() {
    }

    static DriftReport compareWith(TestDatabase target, PostgresServer server, String referenceDdl) throws SQLException {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            new TestDatabase(reference).execute(referenceDdl);
            return DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
        } finally {
            server.dropDatabase(reference);
        }
    }
}
