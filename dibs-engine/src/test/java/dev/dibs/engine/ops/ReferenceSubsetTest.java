package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
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

/**
 * A database comparison builds in its scratch database only the reference's tables it needs there
 * (what the plan creates, new tables, differing columns with an expression), with the tables they
 * refer to (without foreign keys of their own) — and still converges: what it copies is
 * PostgreSQL's re-print, so a second comparison finds nothing.
 */
@WithPostgres
class ReferenceSubsetTest {

    private static final int TABLES = 40;

    /** A chain: each table refers to the one before it, with a varchar check PostgreSQL re-prints differently. */
    private static String chain() {
        StringBuilder ddl = new StringBuilder();
        for (int i = 0; i < TABLES; i++) {
            ddl.append("CREATE TABLE t").append(i).append(" (id bigint PRIMARY KEY, status varchar(10) CHECK (status IN ('a', 'b')),")
                    .append(" parent_id bigint").append(i > 0 ? " REFERENCES t" + (i - 1) + " (id)" : "").append(");\n");
        }
        return ddl.toString();
    }

    @Test
    void buildsOnlyTheDifferingTablesAndWhatTheyReferToAndConverges(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(chain());
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(chain());
                s.execute("ALTER TABLE t10 ADD COLUMN kind varchar(5) CONSTRAINT t10_kind_check CHECK (kind IN ('x', 'y'))");
                s.execute("CREATE INDEX t20_status ON t20 (lower(status)) WHERE status = 'a'");
                s.execute("CREATE TABLE fresh (id int PRIMARY KEY, t30_id bigint REFERENCES t30 (id))");
                s.execute("ALTER TABLE t15 ALTER COLUMN status SET DEFAULT 'a'");
                // written from the model, nothing to re-print or hold to the reference: not built
                s.execute("ALTER TABLE t5 ADD COLUMN plain int; ALTER TABLE t25 DROP COLUMN parent_id;"
                        + " ALTER TABLE t35 ALTER COLUMN status SET NOT NULL");
            }
            Inspection current = Inspector.inspect(target.info(), List.of("public"));
            Inspection desired = Inspector.inspect(reference, List.of("public"));
            PlanCreations first = PlanCreations.of(Planner.plan(current.schema(), desired.schema(), RenameHints.none(),
                    PlanOptions.defaults()).changes());

            Schema built = ReferenceSubset.of(current, desired, first);

            assertThat(built.tables()).extracting(t -> t.name().name())
                    .containsExactlyInAnyOrder("t10", "t9", "t20", "t19", "fresh", "t30", "t15", "t14");
            // the tables built only to be referred to come with their key, without foreign keys or checks
            assertThat(built.tables()).filteredOn(t -> t.name().name().equals("t9")).singleElement().satisfies(t -> {
                assertThat(t.foreignKeys()).isEmpty();
                assertThat(t.checks()).isEmpty();
                assertThat(t.primaryKey()).isNotNull();
            });
            assertThat(built.tables()).filteredOn(t -> t.name().name().equals("t10"))
                    .singleElement().satisfies(t -> assertThat(t.foreignKeys()).hasSize(1));

            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server);
            assertThat(report.unreproducible()).isEmpty();
            assertThat(report.warnings()).isEmpty();
            // the new check is copied as PostgreSQL re-prints it, not as the reference printed it
            assertThat(report.plan().toSql()).contains("t10_kind_check");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
            }
            DriftReport again = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server);
            assertThat(again.plan().isEmpty()).isTrue();
            assertThat(again.hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    @Test
    void buildsTheWholeReferenceWhenItNeedsEveryTable(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE TABLE a (id int PRIMARY KEY); CREATE TABLE b (id int PRIMARY KEY);");
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE a (id int PRIMARY KEY, x int); CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);"
                        + " CREATE SEQUENCE owned_one OWNED BY a.x;");
            }
            Inspection current = Inspector.inspect(target.info(), List.of("public"));
            Inspection desired = Inspector.inspect(reference, List.of("public"));
            PlanCreations first = PlanCreations.of(Planner.plan(current.schema(), desired.schema(), RenameHints.none(),
                    PlanOptions.defaults()).changes());
            // the same schema, sequences' owners included
            assertThat(ReferenceSubset.of(current, desired, first)).isSameAs(desired.schema());
        } finally {
            server.dropDatabase(reference);
        }
    }
}
