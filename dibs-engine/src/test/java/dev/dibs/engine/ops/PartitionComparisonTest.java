package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.diff.PartitioningRefused;
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
 * Partitioned tables from database to database: created with their key and partitions, partitions
 * nobody declared kept and noted, and what PostgreSQL cannot change in place refused before
 * anything runs.
 */
@WithPostgres
class PartitionComparisonTest {

    private static final String EVENTS = "CREATE TABLE events (id bigint NOT NULL, created_at date NOT NULL) ";

    @Test
    void createsExactlyTheReferencesPartitionedTableAndItsPartitions(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE TABLE users (id int PRIMARY KEY)");
            run(reference, "CREATE TABLE users (id int PRIMARY KEY);" + EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');"
                    + "CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');");

            DriftReport report = compare(target, reference);

            assertThat(report.plan().changes()).extracting(c -> c.getClass().getSimpleName() + " " + c.subject())
                    .containsExactly("AddTable table public.events", "AddPartition partition public.events_2024",
                            "AddPartition partition public.events_2025");
            assertThat(report.plan().toSql()).contains(") PARTITION BY RANGE (created_at);",
                    "CREATE TABLE public.events_2024 PARTITION OF public.events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');");
            assertThat(report.notManaged()).as("partitions of a managed table are modelled, not notes").isEmpty();
            apply(target, report);
            assertThat(target.queryString("SELECT pg_get_partkeydef('events'::regclass)")).isEqualTo("RANGE (created_at)");
            assertThat(target.queryStrings("SELECT c.relname || ' ' || pg_get_expr(c.relpartbound, c.oid) FROM pg_inherits i"
                    + " JOIN pg_class c ON c.oid = i.inhrelid WHERE i.inhparent = 'events'::regclass ORDER BY 1"))
                    .containsExactly("events_2024 FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                            "events_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')");
            assertThat(compare(target, reference).hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    @Test
    void keepsAndNotesPartitionsTheReferenceLacksAndNotesIndexesOfOnePartition(TestDatabase target, PostgresServer server)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            String events = EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');";
            target.execute(events + "CREATE TABLE events_p2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2025-02-01');"
                    + "CREATE INDEX events_2024_only ON events_2024 (id);"
                    + "INSERT INTO events VALUES (1, '2025-01-15');");
            run(reference, events);

            DriftReport report = compare(target, reference);

            assertThat(report.hasDrift()).as("the partition only the target has is not dropped").isFalse();
            assertThat(report.notManaged()).extracting(report::describe).containsExactlyInAnyOrder(
                    "partition public.events_p2025: only in the database: partition of public.events FOR VALUES FROM ('2025-01-01')"
                            + " TO ('2025-02-01'), not declared: dibs keeps it and never drops it",
                    "partition index public.events_2024_only: only in the database: CREATE INDEX events_2024_only ON"
                            + " public.events_2024 USING btree (id)");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * Sub-partitions are copied with their keys, parents first; a partition in another schema (and
     * what is below it) is not modelled and noted; one nobody declared below a partitioned partition
     * is kept and noted under its parent.
     */
    @Test
    void copiesSubPartitionsAndNotesPartitionsInAnotherSchema(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            String events = EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')"
                    + " PARTITION BY LIST (id);";
            target.execute("CREATE SCHEMA app;" + events
                    + "CREATE TABLE events_2024_9 PARTITION OF events_2024 FOR VALUES IN (9);");
            run(reference, "CREATE SCHEMA app;" + events
                    + "CREATE TABLE events_2024_1 PARTITION OF events_2024 FOR VALUES IN (1) PARTITION BY HASH (id);"
                    + "CREATE TABLE events_2024_1_a PARTITION OF events_2024_1 FOR VALUES WITH (MODULUS 1, REMAINDER 0);"
                    + "CREATE TABLE app.events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01')"
                    + " PARTITION BY LIST (id);"
                    + "CREATE TABLE events_2025_1 PARTITION OF app.events_2025 FOR VALUES IN (1);");

            DriftReport report = DatabaseComparison.compare(target.info(), reference, List.of("public", "app"),
                    PlanOptions.defaults());

            assertThat(report.warnings()).isEmpty();
            assertThat(report.plan().toSql()).contains(
                    "CREATE TABLE public.events_2024_1 PARTITION OF public.events_2024 FOR VALUES IN ('1') PARTITION BY HASH (id);\n"
                            + "-- hazards: ACQUIRES_ACCESS_EXCLUSIVE_LOCK\n"
                            + "CREATE TABLE public.events_2024_1_a PARTITION OF public.events_2024_1 FOR VALUES WITH (modulus 1, remainder 0);")
                    .doesNotContain("events_2025");
            assertThat(report.notManaged()).extracting(report::describe).containsExactlyInAnyOrder(
                    "partition app.events_2025: only in the reference: partition of public.events FOR VALUES FROM ('2025-01-01') TO"
                            + " ('2026-01-01')",
                    "partition public.events_2025_1: only in the reference: partition of app.events_2025 FOR VALUES IN ('1')",
                    "partitioning app.events_2025: only in the reference: PARTITION BY LIST (id)",
                    "partition public.events_2024_9: only in the database: partition of public.events_2024 FOR VALUES IN ('9'),"
                            + " not declared: dibs keeps it and never drops it");
            apply(target, report);
            assertThat(target.queryStrings("SELECT c.relname || ' of ' || i.inhparent::regclass || ' ' || pg_get_expr(c.relpartbound, c.oid)"
                    + " || COALESCE(' BY ' || pg_get_partkeydef(c.oid), '') FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid"
                    + " WHERE c.relname LIKE 'events_2024%' ORDER BY 1"))
                    .containsExactly("events_2024 of events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') BY LIST (id)",
                            "events_2024_1 of events_2024 FOR VALUES IN ('1') BY HASH (id)",
                            "events_2024_1_a of events_2024_1 FOR VALUES WITH (modulus 1, remainder 0)",
                            "events_2024_9 of events_2024 FOR VALUES IN ('9')");
            assertThat(compare(target, reference).hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * Dropping a partitioned partition takes what is below it along: a partition in another schema
     * (not modelled) and a view over a partition below it are in the way, said before anything runs.
     */
    @Test
    void aPartitionInAnotherSchemaOrAViewBelowADroppedPartitionIsInTheWay(TestDatabase target, PostgresServer server)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute("CREATE SCHEMA archive;" + EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01') PARTITION BY LIST (id);"
                    + "CREATE TABLE events_2024_1 PARTITION OF events_2024 FOR VALUES IN (1);"
                    + "CREATE TABLE archive.events_2024_2 PARTITION OF events_2024 FOR VALUES IN (2);"
                    + "CREATE VIEW archive.ones AS SELECT id FROM events_2024_1;");
            run(reference, EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (id);"
                    + "CREATE TABLE events_2024_1 PARTITION OF events_2024 FOR VALUES IN (1);");

            DriftReport report = compare(target, reference);

            assertThat(report.plan().toSql()).contains("DROP TABLE public.events_2024;");
            assertThat(report.refusals()).containsExactlyInAnyOrder("The plan drops table public.events_2024 (\"ALTER TABLE"
                    + " public.events DETACH PARTITION public.events_2024\" and the DROP TABLE after it), and PostgreSQL would drop"
                    + " partition archive.events_2024_2 with it: that partition is below it in another schema, so dibs does not"
                    + " manage it and never drops it. Detach it first (ALTER TABLE … DETACH PARTITION archive.events_2024_2 on the"
                    + " table it is a partition of), or move it into schema public and declare it; then plan again. As it is,"
                    + " the plan must not run.",
                    "PostgreSQL will refuse \"ALTER TABLE public.events DETACH PARTITION public.events_2024\": view archive.ones (on the"
                            + " partition public.events_2024_1) uses table public.events_2024, and dibs does not manage it. Drop or change it first (by hand, or in a"
                            + " migration), then plan again; as it is, the plan fails there and is rolled back.");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * Dropping a partitioned table drops its partitions and what belongs to any of them: a policy of
     * the table reading one of its partitions is no blocker.
     */
    @Test
    void whatBelongsToADroppedPartitionedTableOrItsPartitionsIsNoBlocker(TestDatabase target, PostgresServer server)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (id);"
                    + "CREATE TABLE events_2024_1 PARTITION OF events_2024 FOR VALUES IN (1);"
                    + "ALTER TABLE events ENABLE ROW LEVEL SECURITY;"
                    + "CREATE POLICY mine ON events USING (id IN (SELECT id FROM events_2024_1));");

            DriftReport report = compare(target, reference);

            assertThat(report.plan().toSql()).contains("DROP TABLE public.events;");
            assertThat(report.refusals()).isEmpty();
            apply(target, report);
            assertThat(target.queryString("SELECT count(*) FROM pg_class WHERE relname LIKE 'events%'")).isEqualTo("0");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** A partition declared otherwise would take one nobody declared with it: refused, naming both. */
    @Test
    void refusesToDropAPartitionWithOneNobodyDeclaredBelowIt(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2024-07-01') PARTITION BY LIST (id);"
                    + "CREATE TABLE events_2024_7 PARTITION OF events_2024 FOR VALUES IN (7);");
            run(reference, EVENTS + "PARTITION BY RANGE (created_at);"
                    + "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (id);");

            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> compare(target, reference));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("dibs cannot create partition public.events_2024 of public.events again as"
                    + " declared: dropping it would drop the partition public.events_2024_7 below it, which no declaration names")
                    .contains("nothing was planned", "ALTER TABLE public.events_2024 DETACH PARTITION public.events_2024_7");
        } finally {
            server.dropDatabase(reference);
        }
    }

    @Test
    void refusesAChangedPartitionKeyBeforeAnythingRuns(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(EVENTS + "PARTITION BY RANGE (created_at)");
            run(reference, EVENTS + "PARTITION BY LIST (id)");

            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> compare(target, reference));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("dibs cannot change the partitioning of table public.events: the database has it"
                    + " PARTITION BY RANGE (created_at), the desired state PARTITION BY LIST (id).")
                    .contains("nothing was planned", "create a table under another name", "rename the new table to events");
        } finally {
            server.dropDatabase(reference);
        }
    }

    @Test
    void refusesTurningAPlainTableIntoAPartitionedOneAndBack(TestDatabase target, PostgresServer server) throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(EVENTS + "; CREATE TABLE logs (id int) PARTITION BY HASH (id)");
            run(reference, EVENTS + "PARTITION BY RANGE (created_at)");

            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> compare(target, reference));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("table public.events: the database has it not partitioned, the desired state"
                    + " PARTITION BY RANGE (created_at)");

            run(reference, "DROP TABLE events; " + EVENTS + "; CREATE TABLE logs (id int)");
            target.execute("DROP TABLE events; " + EVENTS);
            e = catchThrowableOfType(PartitioningRefused.class, () -> compare(target, reference));
            assertThat(e).isNotNull();
            assertThat(e.getMessage()).contains("table public.logs: the database has it PARTITION BY HASH (id), the desired"
                    + " state not partitioned");
        } finally {
            server.dropDatabase(reference);
        }
    }

    /** A partition renamed in the reference keeps its bound: the undeclared old one would overlap the new one. */
    @Test
    void refusesADeclaredPartitionOverlappingAnUndeclaredOneWithTheSameBound(TestDatabase target, PostgresServer server)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            String bound = " PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')";
            target.execute(EVENTS + "PARTITION BY RANGE (created_at); CREATE TABLE events_old" + bound);
            run(reference, EVENTS + "PARTITION BY RANGE (created_at); CREATE TABLE events_2024" + bound);

            PartitioningRefused e = catchThrowableOfType(PartitioningRefused.class, () -> compare(target, reference));

            assertThat(e).isNotNull();
            assertThat(e.getMessage()).startsWith("dibs cannot create partition public.events_2024 of public.events")
                    .contains("the partition public.events_old already has that bound",
                            "ALTER TABLE public.events_old RENAME TO events_2024");
        } finally {
            server.dropDatabase(reference);
        }
    }

    private static DriftReport compare(TestDatabase target, ConnectionInfo reference) {
        return DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults());
    }

    private static void apply(TestDatabase target, DriftReport report) throws Exception {
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
    }

    private static void run(ConnectionInfo db, String sql) throws Exception {
        try (Connection c = db.open(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
