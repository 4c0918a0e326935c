package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;

/**
 * Inspecting on two connections that share one exported snapshot reads exactly what one connection
 * reads, in one snapshot; falls back to one connection when a second or the export is refused; and
 * whichever connection fails, the caller gets that failure and no connection is left open.
 */
@WithPostgres
class InspectorTwoConnectionsTest {

    private static final List<String> SCHEMAS = List.of("public", "app");

    private static Inspection onOneConnection(TestDatabase db) throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, SCHEMAS);
        }
    }

    private static Inspection onTwoConnections(ConnectionInfo info, int[] used, SecondConnection.AfterImport afterImport) {
        return Inspector.inspect(info, SCHEMAS, 1, n -> used[0] = n, afterImport);
    }

    private static int pid(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT pg_backend_pid()")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /**
     * The inspection's first connection once it waits for a lock (the second signs in and imports
     * beside it, so it has gone on with its own queries); fails after five seconds.
     */
    private static String firstWaitingForALock(TestDatabase db, int blockerPid, int secondPid) throws SQLException {
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (System.nanoTime() < deadline) {
            String pid = db.queryString("SELECT pid FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND application_name = 'dibs' AND wait_event_type = 'Lock'"
                    + " AND pid NOT IN (pg_backend_pid(), " + blockerPid + ", " + secondPid + ")");
            if (pid != null) {
                return pid;
            }
            try {
                Thread.sleep(10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("interrupted", e);
            }
        }
        throw new AssertionError("the first connection never waited for the lock");
    }

    private static boolean backendAlive(TestDatabase db, int pid) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE pid = ?")) {
            ps.setInt(1, pid);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    @Test
    void readsWhatOneConnectionReads(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL + "; CREATE VIEW v AS SELECT 1 AS one;");
        Inspection one = onOneConnection(db);
        int[] used = new int[1];
        Inspection two = onTwoConnections(db.info(), used, SecondConnection.AfterImport.NOTHING);
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(two.schema().tables()).isNotEmpty();
        assertThat(two).isEqualTo(one);
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void whatTheSecondHasNotTakenYetIsReadByTheFirst(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL + """
                ; CREATE VIEW public.v AS SELECT 1 AS one;
                CREATE SEQUENCE public.numbers START 5;
                CREATE DOMAIN public.positive AS int CONSTRAINT positive_check CHECK (VALUE > 0);
                CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER touched BEFORE UPDATE ON public.people FOR EACH ROW EXECUTE FUNCTION public.touch();
                ALTER TABLE public.people ENABLE ROW LEVEL SECURITY;
                CREATE POLICY own ON public.people USING (true);
                """);
        Inspection one = onOneConnection(db);
        assertThat(one.schema().triggers()).as("the fixture has every kind of the smaller reads").isNotEmpty();
        assertThat(one.schema().policies()).isNotEmpty();
        int[] used = new int[1];
        // the second stays away until the first has long read its own share and every smaller read
        Inspection two = onTwoConnections(db.info(), used, second -> LockSupport.parkNanos(TimeUnit.SECONDS.toNanos(1)));
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(two).isEqualTo(one);
        db.assertNoDibsConnectionLeft();
    }

    /** What a test does while the inspection's first connection waits for a lock, given both backends' pids. */
    private interface WhileHeld {
        void run(String firstPid, int secondPid) throws Exception;
    }

    /**
     * Inspects on two connections while another transaction holds {@code catalog} locked, telling
     * {@code ranOn} which connection ran each smaller read; once the first connection waits for the
     * lock, runs {@code whileHeld}, then releases the lock and returns the inspection.
     */
    private static Inspection heldUpBy(TestDatabase db, String catalog, List<String> ranOn, int[] used, WhileHeld whileHeld)
            throws Exception {
        int[] secondPid = new int[1];
        try (Connection blocker = db.connect(); Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE pg_catalog." + catalog + " IN ACCESS EXCLUSIVE MODE");
            java.util.concurrent.FutureTask<Inspection> reading = new java.util.concurrent.FutureTask<>(() -> Inspector.inspect(
                    db.info(), SCHEMAS, 1, n -> used[0] = n, second -> secondPid[0] = pid(second),
                    (connection, read) -> ranOn.add(connection + " " + read)));
            Thread thread = new Thread(reading, "inspection under test");
            thread.start();
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (secondPid[0] == 0 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            whileHeld.run(firstWaitingForALock(db, pid(blocker), secondPid[0]), secondPid[0]);
            blocker.rollback();
            return reading.get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void whileTheFirstIsHeldUpTheSecondTakesTheSmallerReads(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL + "; CREATE VIEW public.v AS SELECT 1 AS one; CREATE SEQUENCE public.numbers");
        Inspection one = onOneConnection(db);
        List<String> ranOn = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int[] used = new int[1];
        // unmanaged.sql, the first connection's second read, is the only query reading this catalog
        Inspection two = heldUpBy(db, "pg_event_trigger", ranOn, used, (firstPid, secondPid) -> {
            // the second has read its own share and every smaller read once its backend is gone
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (backendAlive(db, secondPid) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(backendAlive(db, secondPid)).as("the second connection finished while the first waited").isFalse();
        });
        assertThat(two).isEqualTo(one);
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(ranOn).containsExactlyInAnyOrder("second triggers", "second routines", "second operators", "second sequences",
                "second views", "second collations", "second domains", "second extensions", "second policies", "second enums");
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void whileTheFirstReadsTheTablesTheSecondTakesTheReadsThatNeedNone(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL + """
                ; CREATE VIEW public.v AS SELECT 1 AS one;
                CREATE SEQUENCE public.numbers;
                CREATE DOMAIN public.positive AS int CHECK (VALUE > 0);
                CREATE FUNCTION public.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER touched BEFORE UPDATE ON public.people FOR EACH ROW EXECUTE FUNCTION public.touch();
                """);
        Inspection one = onOneConnection(db);
        List<String> ranOn = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int[] used = new int[1];
        List<String> needNoTables = List.of("second routines", "second operators", "second sequences", "second views",
                "second collations", "second domains", "second extensions", "second enums");
        // tables.sql, the first connection's read after the export, is the only one of its reads so
        // far to read this catalog; none of the reads without table oids does
        Inspection two = heldUpBy(db, "pg_inherits", ranOn, used, (firstPid, secondPid) -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ranOn.size() < needNoTables.size() && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(List.copyOf(ranOn)).as("what the second read while the first waited for the tables")
                    .containsExactlyInAnyOrderElementsOf(needNoTables);
        });
        assertThat(two).isEqualTo(one);
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(ranOn).as("triggers and policies need the tables: read by either once they are known")
                .hasSize(needNoTables.size() + 2);
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aFailureOfTheFirstWhileTheSecondWaitsForTheTablesEndsBoth(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        List<String> ranOn = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        int[] used = new int[1];
        long[] terminated = new long[1];
        // the first connection blocked in tables.sql; the second, its reads without tables done, waits for them
        assertThatThrownBy(() -> heldUpBy(db, "pg_inherits", ranOn, used, (firstPid, secondPid) -> {
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (ranOn.size() < 8 && System.nanoTime() < deadline) {
                LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
            }
            assertThat(ranOn).as("the second read all it could before the tables").hasSize(8);
            terminated[0] = System.nanoTime();
            assertThat(db.queryString("SELECT pg_terminate_backend(" + firstPid + ")")).as("the first was terminated").isEqualTo("t");
        }))
                .isInstanceOf(java.util.concurrent.ExecutionException.class)
                .cause().isInstanceOf(InspectionException.class)
                .hasMessageStartingWith("inspect tables of schemas [public, app] of " + db.info().describe() + ": ");
        assertThat(Duration.ofNanos(System.nanoTime() - terminated[0])).as("the waiting second stopped, not abandoned after a timeout")
                .isLessThan(Duration.ofSeconds(4));
        db.assertNoDibsConnectionLeft();
    }

    /**
     * A server built with LLVM compiles queries estimated above jit_above_cost, and the catalog
     * queries over 1,000 tables are: compiling cost 1.5 s per inspection there (Debian's PostgreSQL
     * 15, against 0.3 s to run them). Both connections read with JIT off; the embedded servers of
     * the tests have no JIT, so the setting is what is checked.
     */
    @Test
    void bothConnectionsReadWithoutJit(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            s.execute(Inspector.sessionStatement());
            try (ResultSet rs = s.executeQuery("SELECT current_setting('jit')")) {
                rs.next();
                assertThat(rs.getString(1)).as("jit on the first connection").isEqualTo("off");
            }
            c.rollback();
        }
        String[] onSecond = new String[1];
        onTwoConnections(db.info(), new int[1], second -> {
            try (Statement s = second.createStatement(); ResultSet rs = s.executeQuery("SELECT current_setting('jit')")) {
                rs.next();
                onSecond[0] = rs.getString(1);
            }
        });
        assertThat(onSecond[0]).as("jit on the second connection").isEqualTo("off");
    }

    @Test
    void theSecondConnectionReadsInTheFirstOnesSnapshot(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        Inspection before = onOneConnection(db);
        int[] used = new int[1];
        // committed after the first connection exported its snapshot: a second connection with a
        // snapshot of its own would read this column and this constraint
        Inspection two = onTwoConnections(db.info(), used, second -> db.execute(
                "ALTER TABLE public.people ADD COLUMN added_meanwhile int CONSTRAINT meanwhile_positive CHECK (added_meanwhile > 0)"));
        assertThat(used[0]).as("connections used").isEqualTo(2);
        assertThat(two).isEqualTo(before);
        assertThat(onOneConnection(db)).as("the column was added").isNotEqualTo(before);
    }

    @Test
    void aFailureOnTheSecondConnectionReachesTheCaller(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        int[] used = new int[1];
        // its first read: constraints once the first has read the tables, a read that needs none before
        assertThatThrownBy(() -> onTwoConnections(db.info(), used,
                second -> db.execute("SELECT pg_terminate_backend(" + pid(second) + ")")))
                .isInstanceOf(InspectionException.class)
                .hasMessageMatching("inspect (constraints|functions and procedures|sequences|views and materialized views|domains"
                        + "|extensions|enum types) of schemas \\[public, app\\] of " + java.util.regex.Pattern.quote(db.info().describe())
                        + ": (?s).*");
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aFailureOnTheFirstConnectionStopsTheSecond(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        int[] used = new int[1];
        // the first connection's columns.sql waits for this lock, and so does the second's first query
        // (constraints.sql: deparsing a check opens its table, whose cache entry reads the defaults):
        // without the abort the second would still be waiting when inspect returns
        try (Connection blocker = db.connect(); Statement s = blocker.createStatement()) {
            blocker.setAutoCommit(false);
            s.execute("LOCK TABLE pg_catalog.pg_attrdef IN ACCESS EXCLUSIVE MODE");
            int blockerPid = pid(blocker);
            long start = System.nanoTime();
            assertThatThrownBy(() -> onTwoConnections(db.info(), used, second -> assertThat(db.queryString(
                    "SELECT pg_terminate_backend(" + firstWaitingForALock(db, blockerPid, pid(second)) + ")"))
                    .as("the first connection was terminated").isEqualTo("t")))
                    .isInstanceOf(InspectionException.class)
                    .hasMessageStartingWith("inspect columns of schemas [public, app] of " + db.info().describe() + ": ");
            assertThat(Duration.ofNanos(System.nanoTime() - start)).as("the blocked reader was aborted, not waited for")
                    .isLessThan(Duration.ofSeconds(4));
            blocker.rollback();
        }
        db.assertNoDibsConnectionLeft();
    }

    @Test
    void aRefusedExportMeansOneConnection(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        String role = "no_export_" + ProcessHandle.current().pid();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'no-export'; GRANT pg_read_all_data TO " + role
                + "; REVOKE EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() FROM PUBLIC");
        try {
            int[] used = new int[1];
            Inspection inspection = onTwoConnections(new ConnectionInfo(db.info().url(), role, "no-export"), used,
                    second -> { throw new AssertionError("no second connection without an exported snapshot"); });
            assertThat(used[0]).as("connections used").isEqualTo(1);
            assertThat(inspection).isEqualTo(onOneConnection(db));
        } finally {
            db.execute("GRANT EXECUTE ON FUNCTION pg_catalog.pg_export_snapshot() TO PUBLIC; DROP OWNED BY " + role
                    + "; DROP ROLE " + role);
        }
    }

    @Test
    void anOidParameterWithoutOidsIsRefusedNotBoundAsNull(TestDatabase db) throws Exception {
        String columns = Inspector.catalogQueries(170000).get("columns");
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement(columns)) {
            assertThatThrownBy(() -> Inspector.bind(ps, columns, c.createArrayOf("text", new Object[] {"public"}), null))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("this catalog query takes the managed tables' oids (from tables.sql)");
        }
    }

    @Test
    void aSmallSchemaStaysOnOneConnection(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        int[] used = new int[1];
        Inspection inspection = Inspector.inspect(db.info(), SCHEMAS, Inspector.TWO_CONNECTIONS_FROM, n -> used[0] = n,
                SecondConnection.AfterImport.NOTHING);
        assertThat(used[0]).as("connections used").isEqualTo(1);
        assertThat(inspection).isEqualTo(onOneConnection(db));
    }

    /** The first query counts tables, partitions left out: many partitions of one table do not call for a second connection. */
    @Test
    void partitionsDoNotCountTowardsASecondConnection(TestDatabase db) throws Exception {
        db.execute("CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);"
                + " CREATE TABLE public.events_1 PARTITION OF public.events FOR VALUES FROM ('2020-01-01') TO ('2021-01-01');"
                + " CREATE TABLE public.events_2 PARTITION OF public.events FOR VALUES FROM ('2021-01-01') TO ('2022-01-01');"
                + " CREATE TABLE public.events_3 PARTITION OF public.events FOR VALUES FROM ('2022-01-01') TO ('2023-01-01')");
        int[] used = new int[1];
        Inspection inspection = Inspector.inspect(db.info(), SCHEMAS, 2, n -> used[0] = n, SecondConnection.AfterImport.NOTHING);
        assertThat(used[0]).as("connections used for one table with three partitions, from two tables on").isEqualTo(1);
        assertThat(inspection).isEqualTo(onOneConnection(db));
        db.execute("CREATE TABLE public.other (id int)");
        Inspector.inspect(db.info(), SCHEMAS, 2, n -> used[0] = n, SecondConnection.AfterImport.NOTHING);
        assertThat(used[0]).as("connections used for two tables").isEqualTo(2);
    }

    @Test
    void aRefusedSecondConnectionMeansOneConnection(TestDatabase db) throws Exception {
        db.execute(InspectorFixtureTest.DDL);
        String role = "one_conn_" + ProcessHandle.current().pid();
        db.execute("CREATE ROLE " + role + " LOGIN PASSWORD 'only-one' CONNECTION LIMIT 1;"
                + " GRANT pg_read_all_data TO " + role);
        try {
            ConnectionInfo limited = new ConnectionInfo(db.info().url(), role, "only-one");
            int[] used = new int[1];
            Inspection two = onTwoConnections(limited, used, SecondConnection.AfterImport.NOTHING);
            assertThat(used[0]).as("connections used").isEqualTo(1);
            assertThat(two).isEqualTo(onOneConnection(db));
        } finally {
            db.execute("DROP OWNED BY " + role + "; DROP ROLE " + role);
        }
    }
}
