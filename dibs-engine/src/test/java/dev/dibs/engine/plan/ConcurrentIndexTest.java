package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.time.Duration;
import dev.dibs.engine.testing.Eventually;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Indexes on existing tables built {@code CONCURRENTLY} once the plan's transaction has committed
 * ({@link PlanOptions#concurrentIndexes}): writes go on while they build, a failed build's
 * {@code INVALID} index is dropped and built again by the next plan, whoever left it.
 */
@WithPostgres
class ConcurrentIndexTest {

    private static final PlanOptions CONCURRENTLY = new PlanOptions(true, true);

    @TempDir
    Path dir;

    private Plan plan(TestDatabase db, PostgresServer server, String java, PlanOptions options) throws Exception {
        PlanHarness harness = new PlanHarness(db, server, dir);
        LoadedSchema intent = harness.load(java);
        Inspection current;
        try (Connection c = db.connect()) {
            current = Inspector.inspect(c, List.of("public"));
        }
        return Planner.plan(current, Canonicalizer.canonicalize(intent, server), intent.renames(), options);
    }

    private static String applyExpectingFailure(TestDatabase db, Plan plan) throws SQLException {
        try (Connection c = db.connect()) {
            return catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "5s", PlanListener.NONE)).getMessage();
        }
    }

    private static void apply(TestDatabase db, Plan plan, String lockTimeout) throws SQLException {
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, plan, lockTimeout, PlanListener.NONE);
        }
    }

    /** Plans {@code java} again with concurrent builds, checks its statements, applies it and checks that nothing is left to do. */
    private void planApplyAndConverge(TestDatabase db, PostgresServer server, String java, String... statements) throws Exception {
        Plan again = plan(db, server, java, CONCURRENTLY);
        assertThat(modes(again)).containsExactly(statements);
        apply(db, again, "5s");
        assertThat(plan(db, server, java, CONCURRENTLY).statements()).as("a plan after it").isEmpty();
    }

    private static List<String> modes(Plan plan) {
        return plan.statements().stream().map(s -> s.mode() + " " + s.sql()).toList();
    }

    @Test
    void theBuildRunsAfterTheTransactionOnTheColumnItAdded(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY); INSERT INTO t SELECT generate_series(1, 500)");
        Plan plan = plan(db, server, """
                @Table("t") @Index(columns = "code", comment = "by code")
                public record T(@Pk int id, @Nullable String code) {}
                """, CONCURRENTLY);

        assertThat(modes(plan)).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN code text",
                "OUTSIDE_TRANSACTION CREATE INDEX CONCURRENTLY t_code_idx ON public.t USING btree (code)",
                "OUTSIDE_TRANSACTION COMMENT ON INDEX public.t_code_idx IS 'by code'");
        assertThat(plan.toSql()).contains("-- after the rest commits, outside any transaction (it cannot run in one): reads and"
                + " writes go on while it builds; if it fails, the index stays INVALID\nCREATE INDEX CONCURRENTLY");
        apply(db, plan, "5s");

        assertThat(db.queryString("SELECT indisvalid::text || ' ' || obj_description(indexrelid, 'pg_class') FROM pg_index"
                + " WHERE indexrelid = 'public.t_code_idx'::regclass")).isEqualTo("true by code");
        assertThat(plan(db, server, """
                @Table("t") @Index(columns = "code", comment = "by code")
                public record T(@Pk int id, @Nullable String code) {}
                """, CONCURRENTLY).statements()).isEmpty();
    }

    /**
     * While the build waits for a transaction that wrote to the table, another session still writes:
     * its lock (SHARE UPDATE EXCLUSIVE) does not conflict with writers. A plain {@code CREATE INDEX}
     * queued the same way (SHARE) makes every later writer wait behind it — the measure fails there.
     */
    @Test
    void writesGoOnWhileTheBuildWaitsWhereAPlainBuildWouldBlockThem(TestDatabase db, PostgresServer server) throws Exception {
        String java = """
                @Table("t") @Index(columns = "a") public record T(@Pk int id, int a) {}
                """;
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); INSERT INTO t SELECT i, i FROM generate_series(1, 100) i");

        assertThat(writeWhileBuilding(db, plan(db, server, java, CONCURRENTLY), 1000)).as("a write during the concurrent build")
                .isNull();
        assertThat(db.queryString("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")).isEqualTo("t");

        db.execute("DROP INDEX t_a_idx");
        assertThat(writeWhileBuilding(db, plan(db, server, java, PlanOptions.defaults()), 2000)).as("a write during a plain build")
                .isEqualTo("55P03");
    }

    /**
     * Holds a write transaction open on {@code t}, applies {@code plan} (whose build waits for it),
     * writes from a third session with a 1 s lock_timeout, then ends the first: the third's SQLSTATE,
     * null when its write went through.
     */
    private static String writeWhileBuilding(TestDatabase db, Plan plan, int id) throws Exception {
        return whileTheBuildWaits(db, plan, "INSERT INTO t VALUES (" + id + ", 0)", "CREATE INDEX", writer -> {
            try (var insert = writer.prepareStatement("INSERT INTO t VALUES (?, 1)")) {
                insert.setInt(1, id + 1);
                insert.execute();
                return null;
            } catch (SQLException e) {
                return e.getSQLState();
            }
        });
    }

    /** What a session does, given its connection. */
    private interface Session<T> {
        T run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code hold} in a transaction it keeps open, applies {@code plan} in the background until its
     * statement starting with {@code build} waits for that transaction, then runs {@code meanwhile} in a
     * third session (lock_timeout 1 s), ends the first and waits for the plan: what {@code meanwhile} returned.
     */
    private static <T> T whileTheBuildWaits(TestDatabase db, Plan plan, String hold, String build, Session<T> meanwhile)
            throws Exception {
        try (Connection holder = db.connect(); Connection writer = db.connect()) {
            holder.setAutoCommit(false);
            try (var s = holder.createStatement()) {
                s.execute(hold);
            }
            CompletableFuture<Void> applying = CompletableFuture.runAsync(() -> {
                try {
                    apply(db, plan, "60s");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            });
            String waiting = "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND query LIKE '" + build + "%' AND wait_event_type = 'Lock'";
            Eventually.until("the build waiting for the open transaction", Duration.ofSeconds(20),
                    () -> "1".equals(db.queryString(waiting)), () -> endedEarly(applying));
            T result;
            try (var s = writer.createStatement()) {
                s.execute("SET lock_timeout = '1s'");
                result = meanwhile.run(writer);
            }
            holder.commit();
            applying.get(30, TimeUnit.SECONDS);
            return result;
        }
    }

    @Test
    void aFailedUniqueBuildLeavesAnInvalidIndexThatTheNextPlanDropsAndBuildsAgain(TestDatabase db, PostgresServer server)
            throws Exception {
        String java = """
                @Table("t") @Index(columns = "a", unique = true) public record T(@Pk int id, int a, @Nullable String b) {}
                """;
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); INSERT INTO t VALUES (1, 5), (2, 5), (3, 6)");
        Plan plan = plan(db, server, java, CONCURRENTLY);
        assertThat(modes(plan)).containsExactly(
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN b text",
                "OUTSIDE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)");

        assertThat(applyExpectingFailure(db, plan)).contains("statement 2 of 2 failed")
                .contains("SQLSTATE 23505")
                .contains("The plan's transaction had committed: every statement before this one took effect. If the build had"
                        + " begun, PostgreSQL left public.t_a_idx behind INVALID: queries do not use it, yet writes may keep it up"
                        + " to date and a new row repeating a value it holds may be refused. Rows already there repeat a value this"
                        + " unique index forbids")
                .contains("the next plan drops the INVALID index and builds it again.");
        assertThat(db.queryString("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")).isEqualTo("f");
        assertThat(db.queryString("SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'b'"))
                .as("the transaction committed").isEqualTo("1");

        db.execute("DELETE FROM t WHERE id = 2");
        planApplyAndConverge(db, server, java,
                "IN_TRANSACTION DROP INDEX public.t_a_idx",
                "OUTSIDE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)");
        assertThat(db.queryString("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")).isEqualTo("t");
    }

    /**
     * An INVALID index someone else's failed build left is no index the desired state can be content
     * with: read as it, the plan would leave it unusable. Without concurrent builds it is dropped and
     * built in the transaction; one the desired state lacks is dropped.
     */
    @Test
    void anInvalidIndexLeftByHandIsDroppedAndBuiltAgain(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL);"
                + " INSERT INTO t VALUES (1, 5, 1), (2, 5, 1)");
        for (String build : List.of("CREATE UNIQUE INDEX CONCURRENTLY t_a_key ON t (a)", "CREATE UNIQUE INDEX CONCURRENTLY t_b_key ON t (b)")) {
            try (Connection c = db.connect(); var s = c.createStatement()) {
                catchThrowableOfType(SQLException.class, () -> s.execute(build));
            }
        }
        db.execute("DELETE FROM t WHERE id = 2");
        Plan plan = plan(db, server, """
                @Table("t") @Index(columns = "a", unique = true, name = "t_a_key") public record T(@Pk int id, int a, int b) {}
                """, PlanOptions.defaults());

        assertThat(modes(plan)).containsExactlyInAnyOrder(
                "IN_TRANSACTION DROP INDEX public.t_a_key",
                "IN_TRANSACTION DROP INDEX public.t_b_key",
                "IN_TRANSACTION CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a)");
        assertThat(plan.statements().get(2).sql()).startsWith("CREATE");
        apply(db, plan, "5s");
        assertThat(db.queryStrings("SELECT indexrelid::regclass::text || ' ' || indisvalid FROM pg_index"
                + " WHERE indrelid = 'public.t'::regclass ORDER BY 1")).containsExactly("t_a_key true", "t_pkey true");
    }

    /**
     * {@code dibs:generate} writes the builds into a migration of their own, not transactional, each
     * made safe to run again: a run that fails on duplicates leaves the index it built before (kept, not
     * built again) and an INVALID one (dropped, then built) when it runs again once they are gone.
     */
    @Test
    void generateWritesTheBuildsIntoAMigrationThatCompletesWhenRunAgain(TestDatabase db, PostgresServer server) throws Exception {
        Path classes = dir.resolve("before/classes");
        java.nio.file.Files.createDirectories(classes.resolve("db/migration"));
        java.nio.file.Files.writeString(classes.resolve("db/migration/V1__t.sql"), "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int)");
        String entity = """
                package e;
                import dev.dibs.*;
                @Table("t") @Index(columns = "b", name = "t_b_idx") @Index(columns = "a", unique = true, name = "t_z_idx")
                public record T(@Pk int id, int a, @Nullable Integer b) {}
                """;
        List<Path> before = new java.util.ArrayList<>(dev.dibs.engine.testing.JavaSources.compile(dir.resolve("before"),
                java.util.Map.of("e/T.java", entity)));
        LoadedSchema intent = dev.dibs.engine.load.IntentLoader.builder().classpath(before).packages(List.of("e"))
                .schemas(List.of("public")).load();
        dev.dibs.engine.ops.MigrationReplay.Result replay = dev.dibs.engine.ops.MigrationReplay.replay(() -> intent, List.of("public"),
                before, List.of("e"), List.of("db/migration"), () -> dev.dibs.engine.postgres.PostgresServers.existing(server.admin()),
                dev.dibs.engine.migrate.MigrationListener.NONE, CONCURRENTLY);
        List<Path> written = dev.dibs.engine.ops.MigrationGenerator.write(replay.plan(), dir.resolve("generated"), "e", "t_a",
                java.time.ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, java.time.ZoneOffset.UTC));

        assertThat(written).extracting(p -> p.getFileName().toString()).containsExactly("V20261207120000_TAIndexes.java");
        String source = java.nio.file.Files.readString(written.get(0));
        assertThat(source).contains("@Migration(value = \"20261207120000_t_a_indexes\", transactional = false)")
                .contains("        // drops what a failed run of this migration left (an INVALID index); IF NOT EXISTS keeps what it built\n"
                        + "        ctx.dropIndexIfInvalid(\"public\", \"t_z_idx\");\n"
                        + "        // hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS\n"
                        + "        ctx.execute(\"CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_z_idx ON public.t USING btree (a)\");")
                .contains("ctx.execute(\"CREATE INDEX CONCURRENTLY IF NOT EXISTS t_b_idx ON public.t USING btree (b)\");");
        assertThat(source.indexOf("t_b_idx ON")).as("the plain index first, as the plan orders them").isLessThan(source.indexOf("t_z_idx ON"));

        List<Path> after = dev.dibs.engine.testing.JavaSources.compile(dir.resolve("after"), java.util.Map.of("e/T.java", entity,
                "e/" + written.get(0).getFileName(), source));
        List<Path> afterWithSql = new java.util.ArrayList<>(after);
        afterWithSql.add(classes);
        dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(before).packages(List.of("e"))
                .schemas(List.of("public")).build().run();
        db.execute("INSERT INTO t VALUES (1, 5, 1), (2, 5, 2)");
        assertThat(catchThrowableOfType(dev.dibs.engine.migrate.MigrationFailedException.class,
                () -> dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(afterWithSql)
                        .packages(List.of("e")).schemas(List.of("public")).build().run()).getMessage())
                .contains("could not create unique index").contains("not recorded as applied");
        String valid = "SELECT indexrelid::regclass::text || ' ' || indisvalid FROM pg_index WHERE indrelid = 'public.t'::regclass"
                + " AND indexrelid::regclass::text <> 't_pkey' ORDER BY 1";
        assertThat(db.queryStrings(valid)).containsExactly("t_b_idx true", "t_z_idx false");
        String built = db.queryString("SELECT 't_b_idx'::regclass::oid");

        db.execute("DELETE FROM t WHERE id = 2");
        dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(afterWithSql).packages(List.of("e"))
                .schemas(List.of("public")).build().run();
        assertThat(db.queryStrings(valid)).containsExactly("t_b_idx true", "t_z_idx true");
        assertThat(db.queryString("SELECT 't_b_idx'::regclass::oid")).as("the index the failed run built, kept").isEqualTo(built);
    }

    /**
     * Runs {@code CREATE INDEX CONCURRENTLY t_a_idx} as {@code by}, in the background, and returns once
     * PostgreSQL lists the build as running (waiting for a transaction the caller keeps open on t).
     */
    private static CompletableFuture<Void> startBuild(TestDatabase db, TestDatabase by) throws Exception {
        CompletableFuture<Void> building = CompletableFuture.runAsync(() -> {
            try {
                by.execute("CREATE INDEX CONCURRENTLY t_a_idx ON t (a)");
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
        Eventually.until("the build running", Duration.ofSeconds(20),
                () -> "1".equals(db.queryString("SELECT count(*) FROM pg_stat_progress_create_index WHERE index_relid <> 0")),
                () -> endedEarly(building));
        return building;
    }

    /** A background task that ended before the state waited for: its failure says why. */
    private static void endedEarly(CompletableFuture<Void> task) {
        if (task.isDone()) {
            task.join();
        }
    }

    /**
     * Runs, as dibs:migrate would, one migration per body (ids 1, 2, …; transactional as asked) on
     * {@code db}; each records what {@code ctx.dropIndexIfInvalid} answered in {@code dropped}.
     */
    private void migrate(TestDatabase db, String name, List<String> bodies, List<Boolean> transactional) throws Exception {
        migrate(db, name, bodies, transactional, List.of("public"));
    }

    /** As above, managing {@code schemas} (the first is where unqualified names land). */
    private void migrate(TestDatabase db, String name, List<String> bodies, List<Boolean> transactional, List<String> schemas)
            throws Exception {
        java.util.Map<String, String> sources = new java.util.LinkedHashMap<>();
        for (int i = 0; i < bodies.size(); i++) {
            sources.put("m/V" + (i + 1) + ".java", """
                    package m;
                    import dev.dibs.*;
                    @Migration(value = "%d_drops", transactional = %s)
                    public final class V%d implements DibsMigration {
                        @Override public void migrate(MigrationContext ctx) throws Exception {
                            %s
                        }
                    }
                    """.formatted(i + 1, transactional.get(i), i + 1, bodies.get(i)));
        }
        List<Path> classpath = dev.dibs.engine.testing.JavaSources.compile(dir.resolve(name), sources);
        dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(classpath).packages(List.of("m"))
                .schemas(schemas).lockTimeout("2s").build().run();
    }

    /**
     * {@code dropIndexIfExists}, for a temporary name the migration owns, drops the index whether valid
     * or not; with no schema named, only in the schema unqualified names land in, never one further down
     * the search_path (a tenant's run must not drop public's).
     */
    @Test
    void dropIndexIfExistsDropsValidOrNotButOnlyInTheSchemaAsked(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA app; CREATE TABLE app.t (a int); CREATE INDEX x_tmp ON app.t (a);"
                + " CREATE TABLE public.u (a int); CREATE INDEX y_tmp ON public.u (a); CREATE TABLE public.dropped (name text, dropped boolean)");
        String record = "ctx.execute(\"INSERT INTO public.dropped VALUES (?, ?)\", \"%s\", ctx.dropIndexIfExists(%s, \"%s\"));";
        migrate(db, "exists", List.of(record.formatted("x_tmp", "null", "x_tmp") + record.formatted("y_tmp", "null", "y_tmp")
                + record.formatted("public.y_tmp", "\"public\"", "y_tmp")), List.of(false), List.of("app"));

        assertThat(db.queryStrings("SELECT name || ' ' || dropped FROM public.dropped")).containsExactly(
                "x_tmp true", "y_tmp false", "public.y_tmp true");
        assertThat(db.queryString("SELECT count(*) FROM pg_class WHERE relname IN ('x_tmp', 'y_tmp')")).isEqualTo("0");
    }

    private static String recordDrop(String schema, String index) {
        return "ctx.execute(\"INSERT INTO dropped VALUES (?, ?)\", \"" + index + "\", ctx.dropIndexIfInvalid("
                + (schema == null ? "null" : "\"" + schema + "\"") + ", \"" + index + "\"));";
    }

    /**
     * {@code dropIndexIfInvalid} drops an INVALID index and nothing else: in a transactional migration
     * plainly, in a non-transactional one CONCURRENTLY; a valid index, a missing one and a partitioned
     * table's index made ON ONLY (INVALID until its partitions' are attached) are left.
     */
    @Test
    void dropIndexIfInvalidDropsOnlyAnInvalidIndex(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL); INSERT INTO t VALUES (1, 5, 5), (2, 5, 5);"
                + " CREATE INDEX t_good ON t (a); CREATE TABLE dropped (name text, dropped boolean);"
                + " CREATE TABLE p (id int, k int) PARTITION BY RANGE (id); CREATE TABLE p1 PARTITION OF p FOR VALUES FROM (0) TO (10);"
                + " CREATE INDEX p_k ON ONLY p (k)");
        for (String build : List.of("CREATE UNIQUE INDEX CONCURRENTLY t_bad ON t (a)", "CREATE UNIQUE INDEX CONCURRENTLY t_bad2 ON t (b)")) {
            try (Connection c = db.connect(); var s = c.createStatement()) {
                catchThrowableOfType(SQLException.class, () -> s.execute(build));
            }
        }
        migrate(db, "drops", List.of(
                recordDrop("public", "t_bad") + recordDrop("public", "t_good") + recordDrop(null, "t_none") + recordDrop(null, "p_k"),
                recordDrop(null, "t_bad2")), List.of(true, false));

        assertThat(db.queryStrings("SELECT name || ' ' || dropped FROM dropped")).containsExactly(
                "t_bad true", "t_good false", "t_none false", "p_k false", "t_bad2 true");
        assertThat(db.queryStrings("SELECT indexrelid::regclass::text FROM pg_index WHERE indrelid IN ('t'::regclass, 'p'::regclass)"
                + " ORDER BY 1")).containsExactly("p_k", "t_good", "t_pkey");
    }

    /**
     * An index whose concurrent build is running is INVALID too, on its way to being valid: noted as
     * such, and neither dropped nor built again by a plan made meanwhile.
     */
    @Test
    void anIndexWhoseBuildIsRunningIsLeftToIt(TestDatabase db, PostgresServer server) throws Exception {
        String java = """
                @Table("t") @Index(columns = "a") public record T(@Pk int id, int a) {}
                """;
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); INSERT INTO t VALUES (1, 1)");
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (var s = holder.createStatement()) {
                s.execute("INSERT INTO t VALUES (2, 2)");
            }
            CompletableFuture<Void> building = startBuild(db, db);
            Inspection inspection;
            try (Connection c = db.connect()) {
                inspection = Inspector.inspect(c, List.of("public"));
            }
            assertThat(inspection.notManaged()).extracting(n -> n.name() + ": " + n.detail())
                    .contains("t_a_idx: INVALID while a concurrent build of it runs");
            assertThat(plan(db, server, java, CONCURRENTLY).statements()).as("no drop of an index being built").isEmpty();
            db.execute("CREATE TABLE dropped (name text, dropped boolean)");
            migrate(db, "running", List.of(recordDrop("public", "t_a_idx")), List.of(false));
            assertThat(db.queryStrings("SELECT name || ' ' || dropped FROM dropped")).as("dropIndexIfInvalid leaves a running build")
                    .containsExactly("t_a_idx false");
            holder.commit();
            building.get(30, TimeUnit.SECONDS);
        }
        assertThat(db.queryString("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_idx'::regclass")).isEqualTo("t");
    }

    private static final String BUILDER = "cic_builder_" + ProcessHandle.current().pid();
    private static final String WATCHER = "cic_watcher_" + ProcessHandle.current().pid();

    /**
     * PostgreSQL shows a role which index another role's session is building only with
     * pg_read_all_stats: while such a build runs, an INVALID index may be it, and is not dropped.
     */
    @Test
    void anotherRolesBuildThatDibsCannotWatchIsNotTakenForAFailedOne(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE ROLE " + BUILDER + " LOGIN PASSWORD 'builds'; CREATE ROLE " + WATCHER + " LOGIN PASSWORD 'watches';"
                + " GRANT USAGE, CREATE ON SCHEMA public TO " + BUILDER + "; GRANT USAGE ON SCHEMA public TO " + WATCHER + ";"
                + " CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); ALTER TABLE t OWNER TO " + BUILDER + ";"
                + " INSERT INTO t VALUES (1, 1)");
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            try (var s = holder.createStatement()) {
                s.execute("INSERT INTO t VALUES (2, 2)");
            }
            TestDatabase builder = new TestDatabase(new dev.dibs.engine.postgres.ConnectionInfo(db.info().url(), BUILDER, "builds"));
            CompletableFuture<Void> building = startBuild(db, builder);
            TestDatabase watcher = new TestDatabase(new dev.dibs.engine.postgres.ConnectionInfo(db.info().url(), WATCHER, "watches"));
            Inspection seen;
            try (Connection c = watcher.connect()) {
                seen = Inspector.inspect(c, List.of("public"));
            }
            assertThat(seen.notManaged()).extracting(n -> n.name() + ": " + n.detail()).contains("t_a_idx: INVALID (a failed concurrent"
                    + " build, or one running in a session dibs's role may not watch: grant it pg_read_all_stats to tell)");
            assertThat(dev.dibs.engine.inspect.InvalidIndexes.of(seen)).as("not dropped by a plan").isEmpty();
            holder.commit();
            building.get(30, TimeUnit.SECONDS);
        } finally {
            db.execute("DROP TABLE IF EXISTS t; DROP OWNED BY " + BUILDER + ", " + WATCHER + "; DROP ROLE " + BUILDER + ", " + WATCHER);
        }
    }

    /**
     * A concurrent build waits for its SHARE UPDATE EXCLUSIVE lock under lock_timeout like any
     * statement: held by another session (a VACUUM, an ANALYZE, another schema change), it fails
     * after the transaction committed, saying so and what to do.
     */
    @Test
    void aBuildThatWaitsPastLockTimeoutSaysWhatCommittedAndWhatToDo(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); INSERT INTO t VALUES (1, 1)");
        Plan plan = plan(db, server, """
                @Table("t") @Index(columns = "a") public record T(@Pk int id, int a) {}
                """, CONCURRENTLY);
        assertThat(modes(plan)).containsExactly("OUTSIDE_TRANSACTION CREATE INDEX CONCURRENTLY t_a_idx ON public.t USING btree (a)");
        String message;
        try (Connection holder = db.connect(); Connection c = db.connect()) {
            holder.setAutoCommit(false);
            try (var s = holder.createStatement()) {
                s.execute("LOCK TABLE t IN SHARE UPDATE EXCLUSIVE MODE");
            }
            message = catchThrowableOfType(ApplyException.class, () -> PlanApplier.apply(c, plan, "500ms", PlanListener.NONE))
                    .getMessage();
            holder.rollback();
        }
        assertThat(message).contains("statement 1 of 1 failed").contains("SQLSTATE 55P03")
                .contains("The plan's transaction had committed").contains("It waited longer than lock_timeout: a concurrent build"
                        + " waits for its SHARE UPDATE EXCLUSIVE lock")
                .contains("apply again when they are done, or with a longer lockTimeout: the next plan drops the INVALID index and"
                        + " builds it again.");
        assertThat(db.queryString("SELECT to_regclass('public.t_a_idx') IS NULL")).as("refused before the build began").isEqualTo("t");
    }

    /**
     * A unique index that replaces one is built before the transaction, under a temporary name the
     * transaction gives over: while it builds, writes go on and the old index still refuses a
     * duplicate — the rows are never without a uniqueness, the table never without the index.
     */
    @Test
    void aReplacedUniqueIndexIsBuiltBeforeTheTransactionWhileTheOldOneStillHoldsTheRows(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL); CREATE UNIQUE INDEX t_a_key ON t (a);"
                + " INSERT INTO t SELECT i, i, 0 FROM generate_series(1, 100) i");
        String java = """
                @Table("t") @Index(columns = "a, b", unique = true, name = "t_a_key") public record T(@Pk int id, int a, int b) {}
                """;
        Plan plan = plan(db, server, java, CONCURRENTLY);
        assertThat(modes(plan)).containsExactly(
                "BUILT_BEFORE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a, b)",
                "IN_TRANSACTION DROP INDEX public.t_a_key",
                "IN_TRANSACTION ALTER INDEX public.t_a_key_dibs_new RENAME TO t_a_key");
        assertThat(plan.toSql()).contains("-- before the rest, outside any transaction (it cannot run in one), under a temporary name"
                + " the transaction gives over: reads and writes go on while it builds; if it fails, nothing else runs and it stays"
                + " INVALID\nCREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new");

        String duplicate = whileTheBuildWaits(db, plan, "INSERT INTO t VALUES (1000, 1000, 0)", "CREATE UNIQUE INDEX", writer -> {
            try (var s = writer.createStatement()) {
                s.execute("INSERT INTO t VALUES (1001, 1001, 0)"); // writes go on
                s.execute("INSERT INTO t VALUES (1002, 5, 1)");
                return null;
            } catch (SQLException e) {
                return e.getSQLState();
            }
        });
        assertThat(duplicate).as("a duplicate of the old key, while the new index builds").isEqualTo("23505");
        assertThat(db.queryString("SELECT count(*) FROM t WHERE id = 1001")).as("the write before it").isEqualTo("1");
        assertThat(db.queryStrings("SELECT indexrelid::regclass::text || ' ' || indisvalid || ' ' || pg_get_indexdef(indexrelid)"
                + " FROM pg_index WHERE indrelid = 'public.t'::regclass AND NOT indisprimary")).containsExactly(
                "t_a_key true CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a, b)");
        assertThat(plan(db, server, java, CONCURRENTLY).statements()).isEmpty();
    }

    /**
     * A build before the transaction that fails runs nothing else of the plan, says so, and leaves an
     * INVALID index under its temporary name; the next plan drops it (after building under another
     * name: the INVALID one's is taken until the transaction drops it) and makes the constraint.
     */
    @Test
    void aFailedBuildBeforeTheTransactionRunsNothingElseAndTheNextPlanCompletesIt(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); INSERT INTO t VALUES (1, 5), (2, 5), (3, 6)");
        String java = """
                @Table("t") @UniqueConstraint(columns = "a") public record T(@Pk int id, int a, @Nullable String note) {}
                """;
        Plan plan = plan(db, server, java, CONCURRENTLY);
        assertThat(modes(plan)).containsExactly(
                "BUILT_BEFORE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a)",
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN note text",
                "IN_TRANSACTION ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key_dibs_new");

        assertThat(applyExpectingFailure(db, plan)).contains("statement 1 of 3 failed").contains("SQLSTATE 23505")
                .contains("Nothing of the plan's transaction ran. If the build had begun, PostgreSQL left the index it was building"
                        + " behind INVALID under its temporary name (public.t_a_key_dibs_new): queries do not use it, yet writes may"
                        + " keep it up to date and a new row repeating a value it holds may be refused. Rows already there repeat a"
                        + " value this unique index forbids")
                .contains("the next plan drops the INVALID index and builds it again.");
        assertThat(db.queryString("SELECT count(*) FROM information_schema.columns WHERE table_name = 't' AND column_name = 'note'"))
                .as("the transaction did not run").isEqualTo("0");
        assertThat(db.queryString("SELECT indisvalid FROM pg_index WHERE indexrelid = 'public.t_a_key_dibs_new'::regclass")).isEqualTo("f");

        db.execute("DELETE FROM t WHERE id = 2");
        planApplyAndConverge(db, server, java,
                "BUILT_BEFORE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new1 ON public.t USING btree (a)",
                "IN_TRANSACTION DROP INDEX public.t_a_key_dibs_new",
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN note text",
                "IN_TRANSACTION ALTER TABLE public.t ADD CONSTRAINT t_a_key UNIQUE USING INDEX t_a_key_dibs_new1");
        assertThat(db.queryStrings("SELECT conname || ' ' || contype::text || ' ' || conindid::regclass::text FROM pg_constraint"
                + " WHERE conrelid = 'public.t'::regclass AND contype = 'u'")).containsExactly("t_a_key u t_a_key");
    }

    /**
     * A plan that also creates a type (as one creating a trigger function would) still builds before
     * its transaction what names only built-in columns with PostgreSQL's own operator classes.
     */
    @Test
    void aPlanThatCreatesATypeStillBuildsIndexesOfBuiltInColumnsBeforeItsTransaction(TestDatabase db, PostgresServer server)
            throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, code text); CREATE INDEX t_a_idx ON t (a);"
                + "INSERT INTO t VALUES (1, 5, 'x'), (2, 6, 'y')");
        planApplyAndConverge(db, server, """
                @Table("t") @Index(columns = "a, id", name = "t_a_idx") @UniqueConstraint(columns = "code")
                public record T(@Pk int id, int a, @Nullable String code, @Nullable Mood mood) {}
                @PgEnum("mood") enum Mood { GLAD, SAD }
                """,
                "BUILT_BEFORE_TRANSACTION CREATE UNIQUE INDEX CONCURRENTLY t_code_key_dibs_new ON public.t USING btree (code)",
                "BUILT_BEFORE_TRANSACTION CREATE INDEX CONCURRENTLY t_a_idx_dibs_new ON public.t USING btree (a, id)",
                "IN_TRANSACTION CREATE TYPE public.mood AS ENUM ('GLAD', 'SAD')",
                "IN_TRANSACTION DROP INDEX public.t_a_idx",
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN mood public.mood",
                "IN_TRANSACTION ALTER TABLE public.t ADD CONSTRAINT t_code_key UNIQUE USING INDEX t_code_key_dibs_new",
                "IN_TRANSACTION ALTER INDEX public.t_a_idx_dibs_new RENAME TO t_a_idx");
    }

    /**
     * A transaction that fails after a build before it leaves that index, valid and unused under its
     * temporary name: the next plan finds it is the index wanted under another name, and renames it.
     */
    @Test
    void anIndexBuiltBeforeATransactionThatFailedIsTakenByTheNextPlan(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL); CREATE INDEX t_a_idx ON t (a); INSERT INTO t VALUES (1, 5)");
        String java = """
                @Table("t") @Index(columns = "a, id", name = "t_a_idx") public record T(@Pk int id, int a, @Nullable String note) {}
                """;
        Plan plan = plan(db, server, java, CONCURRENTLY);
        db.execute("ALTER TABLE t ADD COLUMN note text"); // after planning: the plan's ADD COLUMN now fails
        assertThat(applyExpectingFailure(db, plan)).contains("statement 3 of 4 failed")
                .contains("The transaction was rolled back: none of the plan's other statements took effect (the indexes built"
                        + " before it under a temporary name (the next plan takes them, or drops them) stay).");
        db.execute("ALTER TABLE t DROP COLUMN note");

        // the left index is the one wanted under another name: renamed, not built again
        planApplyAndConverge(db, server, java,
                "IN_TRANSACTION DROP INDEX public.t_a_idx",
                "IN_TRANSACTION ALTER INDEX public.t_a_idx_dibs_new RENAME TO t_a_idx",
                "IN_TRANSACTION ALTER TABLE public.t ADD COLUMN note text");
        assertThat(db.queryStrings("SELECT relname FROM pg_class WHERE relname LIKE 't\\_a%' ORDER BY 1")).containsExactly("t_a_idx");
    }

    /**
     * {@code dibs:generate} writes the builds before the transaction into a migration of their own
     * before the plan's, not transactional, each safe to run again; the plan's migration gives them their
     * names.
     */
    @Test
    void generateWritesTheBuildsBeforeTheTransactionIntoAMigrationBeforeThePlans(TestDatabase db, PostgresServer server)
            throws Exception {
        Path classes = dir.resolve("before/classes");
        java.nio.file.Files.createDirectories(classes.resolve("db/migration"));
        java.nio.file.Files.writeString(classes.resolve("db/migration/V1__t.sql"),
                "CREATE TABLE t (id int PRIMARY KEY, a int NOT NULL, b int NOT NULL); CREATE UNIQUE INDEX t_a_key ON t (a)");
        String entity = """
                package e;
                import dev.dibs.*;
                @Table("t") @Index(columns = "a, b", unique = true, name = "t_a_key") @UniqueConstraint(columns = "b")
                public record T(@Pk int id, int a, int b) {}
                """;
        List<Path> before = new java.util.ArrayList<>(dev.dibs.engine.testing.JavaSources.compile(dir.resolve("before"),
                java.util.Map.of("e/T.java", entity)));
        before.add(classes);
        LoadedSchema intent = dev.dibs.engine.load.IntentLoader.builder().classpath(before).packages(List.of("e"))
                .schemas(List.of("public")).load();
        dev.dibs.engine.ops.MigrationReplay.Result replay = dev.dibs.engine.ops.MigrationReplay.replay(() -> intent, List.of("public"),
                before, List.of("e"), List.of("db/migration"), () -> dev.dibs.engine.postgres.PostgresServers.existing(server.admin()),
                dev.dibs.engine.migrate.MigrationListener.NONE, CONCURRENTLY);
        List<Path> written = dev.dibs.engine.ops.MigrationGenerator.write(replay.plan(), dir.resolve("generated"), "e", "t_b",
                java.time.ZonedDateTime.of(2026, 12, 7, 12, 0, 0, 0, java.time.ZoneOffset.UTC));

        assertThat(written).extracting(p -> p.getFileName().toString())
                .containsExactly("V20261207120000_TBPrepareIndexes.java", "V20261207120001_TB.java");
        String prepare = java.nio.file.Files.readString(written.get(0));
        assertThat(prepare).contains("@Migration(value = \"20261207120000_t_b_prepare_indexes\", transactional = false)")
                .contains("        ctx.dropIndexIfExists(\"public\", \"t_a_key_dibs_new\");\n"
                        + "        // hazards: INDEX_BUILD, VALIDATES_EXISTING_ROWS\n"
                        + "        ctx.execute(\"CREATE UNIQUE INDEX CONCURRENTLY t_a_key_dibs_new ON public.t USING btree (a, b)\");")
                .contains("ctx.execute(\"CREATE UNIQUE INDEX CONCURRENTLY t_b_key_dibs_new ON public.t USING btree (b)\");");
        String main = java.nio.file.Files.readString(written.get(1));
        assertThat(main).contains("@Migration(\"20261207120001_t_b\")")
                .contains("ctx.execute(\"ALTER INDEX public.t_a_key_dibs_new RENAME TO t_a_key\");")
                .contains("ctx.execute(\"ALTER TABLE public.t ADD CONSTRAINT t_b_key UNIQUE USING INDEX t_b_key_dibs_new\");");

        List<Path> after = new java.util.ArrayList<>(dev.dibs.engine.testing.JavaSources.compile(dir.resolve("after"), java.util.Map.of(
                "e/T.java", entity, "e/" + written.get(0).getFileName(), prepare, "e/" + written.get(1).getFileName(), main)));
        after.add(classes);
        dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(before).packages(List.of("e"))
                .schemas(List.of("public")).build().run();
        // what a plan applied by hand whose transaction failed left: a valid index of another definition under the name
        db.execute("CREATE UNIQUE INDEX t_a_key_dibs_new ON t (a)");
        dev.dibs.engine.migrate.MigrationRunner.builder().database(db.info()).classpath(after).packages(List.of("e"))
                .schemas(List.of("public")).build().run();
        assertThat(db.queryStrings("SELECT indexrelid::regclass::text || ' ' || indisvalid || ' ' || pg_get_indexdef(indexrelid)"
                + " FROM pg_index WHERE indrelid = 'public.t'::regclass AND NOT indisprimary ORDER BY 1")).containsExactly(
                "t_a_key true CREATE UNIQUE INDEX t_a_key ON public.t USING btree (a, b)",
                "t_b_key true CREATE UNIQUE INDEX t_b_key ON public.t USING btree (b)");
    }
}
