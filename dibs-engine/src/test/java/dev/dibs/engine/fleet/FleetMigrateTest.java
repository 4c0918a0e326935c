package dev.dibs.engine.fleet;

import static dev.dibs.engine.fleet.Fleets.V1;
import static dev.dibs.engine.fleet.Fleets.V2;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A fleet of databases over three embedded servers, and of tenant schemas in one database: migrated
 * from empty, evolved, migrated again — every migration exactly once on every target; failures under
 * both policies and the canary; two fleet runs at once. Sizes: {@code -Ddibs.fleet.databases}
 * (default 60; the full size is 200) and {@code -Ddibs.fleet.tenants} (default 60).
 */
@WithPostgres
class FleetMigrateTest {

    static final int DATABASES = Integer.getInteger("dibs.fleet.databases", 60);
    static final int TENANTS = Integer.getInteger("dibs.fleet.tenants", 60);

    static PostgresServer second;
    static PostgresServer third;

    @TempDir
    Path dir;

    @BeforeAll
    static void servers() {
        second = PostgresServers.embedded();
        third = PostgresServers.embedded();
    }

    @AfterAll
    static void stop() {
        if (second != null) {
            second.close();
        }
        if (third != null) {
            third.close();
        }
    }

    @Test
    void migratesEveryDatabaseOnThreeServersOnceThenTheEvolvedSchema(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first, second, third), DATABASES);
        try {
            FleetResult v1 = FleetRun.run("migrate", fleet, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(Fleets.runner(dir.resolve("v1"), V1), List.of("public")));
            assertThat(v1.failed()).isEmpty();
            assertThat(v1.outcomes()).allSatisfy(o -> {
                assertThat(o.state()).isEqualTo(TargetOutcome.State.DONE);
                assertThat(o.result().ran()).isEqualTo(2);
                assertThat(o.result().current()).isEqualTo("002_accounts");
                assertThat(o.result().pending()).isZero();
            });
            assertThat(v1.outcomes().stream().map(o -> o.target().server()).distinct()).hasSize(3);

            MigrationRunner evolved = Fleets.runner(dir.resolve("v2"), V2);
            FleetResult before = FleetRun.run("status", fleet, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.status(evolved, List.of("public")));
            assertThat(before.outcomes()).allSatisfy(o -> assertThat(o.result().pending()).isEqualTo(2));
            assertThat(before.atMigration()).containsExactly(java.util.Map.entry("002_accounts", DATABASES));

            FleetResult v2 = FleetRun.run("migrate", fleet, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(evolved, List.of("public")));
            assertThat(v2.outcomes()).allSatisfy(o -> {
                assertThat(o.state()).isEqualTo(TargetOutcome.State.DONE);
                assertThat(o.result().ran()).isEqualTo(2);
                assertThat(o.result().current()).isEqualTo("004_invoices");
            });
            for (FleetTarget t : fleet) {
                Fleets.assertAppliedOnce(t, "001_runs", "002_accounts", "003_email", "004_invoices");
            }
            FleetResult again = FleetRun.run("migrate", fleet, Fleets.options(16, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(evolved, List.of("public")));
            assertThat(again.outcomes()).allSatisfy(o -> assertThat(o.result().ran()).isZero());
        } finally {
            drop(fleet, first);
        }
    }

    @Test
    void migratesTenantSchemasEachInItsOwnSchemaAndTellsTheMigrationItsTenant(TestDatabase db) throws Exception {
        StringBuilder create = new StringBuilder();
        for (int i = 0; i < TENANTS; i++) {
            create.append("CREATE SCHEMA tenant_").append(String.format("%03d", i)).append(";\n");
        }
        create.append("CREATE SCHEMA other;\n");
        db.execute(create.toString());
        List<String> tenants = FleetTargets.tenantSchemas(db.info(), List.of("tenant_*"), List.of());
        assertThat(tenants).hasSize(TENANTS).doesNotContain("other", "public");
        List<FleetTarget> fleet = tenants.stream().map(t -> new FleetTarget(db.info(), t, "tenantSchemas")).toList();

        FleetResult v1 = FleetRun.run("migrate", fleet, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                FleetWork.migrate(Fleets.runner(dir.resolve("v1"), V1), List.of("public")));
        assertThat(v1.failed()).isEmpty();
        FleetResult v2 = FleetRun.run("migrate", fleet, Fleets.options(8, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                FleetWork.migrate(Fleets.runner(dir.resolve("v2"), V2), List.of("public")));
        assertThat(v2.failed()).isEmpty();
        for (FleetTarget t : fleet) {
            Fleets.assertAppliedOnce(t, "001_runs", "002_accounts", "003_email", "004_invoices");
        }
        // unqualified names landed in the tenant schemas, nothing in public
        assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE tablename = 'invoices'")).isEqualTo(String.valueOf(TENANTS));
        assertThat(db.hasTable("accounts")).isFalse();
        assertThat(db.hasTable("__dibs_migrations")).isFalse();
    }

    /**
     * A tenant's migration that creates a table, a function or a type in another schema (as a migration
     * dibs:generate wrote names the project's first schema) is rolled back and fails its tenant,
     * naming what went astray: it would have created them in public for the first tenant only. The
     * extension a migration creates in public (IF NOT EXISTS, shared by design) is no such thing.
     */
    @Test
    void aTenantsMigrationCreatingObjectsOutsideItsSchemaIsRolledBack(TestDatabase db) throws Exception {
        // a table all tenants share, made outside the fleet: a tenant's foreign key to it marks its catalog row, no more
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE TABLE public.plans (id bigint PRIMARY KEY);");
        List<FleetTarget> fleet = FleetTargets.tenantSchemas(db.info(), List.of("tenant_?"), List.of()).stream()
                .map(t -> new FleetTarget(db.info(), t, "tenantSchemas")).toList();
        FleetResult shared = FleetRun.run("migrate", fleet, Fleets.options(1, 0, FleetOptions.Failure.CONTINUE), FleetListener.NONE,
                FleetWork.migrate(Fleets.runner(dir.resolve("ok"), V1[0],
                        Fleets.migration("002_shared", "Shared", "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;"
                                + " CREATE TABLE tags (id bigint PRIMARY KEY, name public.citext, plan bigint REFERENCES public.plans)")),
                        List.of("public")));
        assertThat(shared.failed()).isEmpty();

        FleetResult astray = FleetRun.run("migrate", fleet, Fleets.options(1, 0, FleetOptions.Failure.CONTINUE), FleetListener.NONE,
                FleetWork.migrate(Fleets.runner(dir.resolve("astray"), V1[0],
                        Fleets.migration("002_shared", "Shared", "CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;"
                                + " CREATE TABLE tags (id bigint PRIMARY KEY, name public.citext, plan bigint REFERENCES public.plans)"),
                        Fleets.migration("003_astray", "Astray", "CREATE TABLE public.accounts (id bigint PRIMARY KEY);"
                                + " CREATE FUNCTION public.one() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                                + " CREATE TYPE public.mood AS ENUM ('ok'); CREATE TABLE kept (id int)")), List.of("public")));
        assertThat(astray.failed()).hasSize(2).allSatisfy(o -> assertThat(o.error())
                .contains("003_astray", "it created or changed table public.accounts, index public.accounts_pkey, type public.mood,"
                        + " function public.one(), outside the tenant's schema " + o.target().tenant(), "write its names unqualified",
                        "The migration was rolled back"));
        assertThat(db.hasTable("accounts")).isFalse();
        assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE tablename = 'kept'")).isEqualTo("0");
        assertThat(db.queryString("SELECT count(*) FROM pg_proc WHERE proname = 'one'")).isEqualTo("0");
        for (FleetTarget t : fleet) {
            Fleets.assertAppliedOnce(t, "001_runs", "002_shared");
        }
    }

    @Test
    void aFailedTargetLeavesTheOthersUnderContinueAndStopsLaunchingUnderStop(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first), 8);
        try {
            try (Connection c = fleet.get(2).database().open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE accounts (id int)"); // 002_accounts fails there
            }
            MigrationRunner runner = Fleets.runner(dir.resolve("v1"), V1);
            FleetResult stopped = FleetRun.run("migrate", fleet, Fleets.options(1, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(runner, List.of("public")));
            assertThat(stopped.outcomes()).extracting(TargetOutcome::state).containsExactly(TargetOutcome.State.DONE,
                    TargetOutcome.State.DONE, TargetOutcome.State.FAILED, TargetOutcome.State.NOT_LAUNCHED,
                    TargetOutcome.State.NOT_LAUNCHED, TargetOutcome.State.NOT_LAUNCHED, TargetOutcome.State.NOT_LAUNCHED,
                    TargetOutcome.State.NOT_LAUNCHED);
            TargetOutcome failed = stopped.outcomes().get(2);
            assertThat(failed.error()).contains("002_accounts").contains("already exists");
            assertThat(failed.result().current()).isEqualTo("001_runs");
            assertThat(failed.result().pending()).isEqualTo(1);
            assertThat(stopped.stopped()).contains(fleet.get(2).name());

            FleetResult continued = FleetRun.run("migrate", fleet, Fleets.options(2, 0, FleetOptions.Failure.CONTINUE),
                    FleetListener.NONE, FleetWork.migrate(runner, List.of("public")));
            assertThat(continued.failed()).extracting(o -> o.target()).containsExactly(fleet.get(2));
            assertThat(continued.notLaunched()).isEmpty();
            assertThat(continued.outcomes().get(0).result().ran()).isZero(); // resumed: nothing ran twice
            assertThat(continued.outcomes().get(5).result().ran()).isEqualTo(2);

            try (Connection c = fleet.get(2).database().open(); Statement s = c.createStatement()) {
                s.execute("DROP TABLE accounts");
            }
            FleetResult fixed = FleetRun.run("migrate", fleet, Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(runner, List.of("public")));
            assertThat(fixed.failed()).isEmpty();
            for (FleetTarget t : fleet) {
                Fleets.assertAppliedOnce(t, "001_runs", "002_accounts");
            }
        } finally {
            drop(fleet, first);
        }
    }

    @Test
    void aFailedCanaryLaunchesNothingElse(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first, second), 6);
        try {
            try (Connection c = fleet.get(1).database().open(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE accounts (id int)");
            }
            List<String> canaryEvents = new ArrayList<>();
            FleetResult result = FleetRun.run("migrate", fleet, Fleets.options(4, 2, FleetOptions.Failure.CONTINUE),
                    new FleetListener() {
                        @Override
                        public void canary(int size, boolean passed) {
                            canaryEvents.add(size + " " + passed);
                        }
                    }, FleetWork.migrate(Fleets.runner(dir.resolve("v1"), V1), List.of("public")));
            assertThat(canaryEvents).containsExactly("2 false");
            assertThat(result.outcomes()).extracting(TargetOutcome::state).containsExactly(TargetOutcome.State.DONE,
                    TargetOutcome.State.FAILED, TargetOutcome.State.NOT_LAUNCHED, TargetOutcome.State.NOT_LAUNCHED,
                    TargetOutcome.State.NOT_LAUNCHED, TargetOutcome.State.NOT_LAUNCHED);
            assertThat(result.stopped()).contains("canary");
            for (FleetTarget t : fleet.subList(2, 6)) {
                try (Connection c = t.database().open(); Statement s = c.createStatement()) {
                    assertThat(Fleets.strings(s, "SELECT to_regclass('public.__dibs_migrations')::text")).containsExactly((String) null);
                }
            }
        } finally {
            drop(fleet, first);
        }
    }

    @Test
    void twoFleetRunsAtOnceMigrateEachTargetOnce(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first, second, third), 24);
        try {
            MigrationRunner runner = Fleets.runner(dir.resolve("v2"), V2);
            CompletableFuture<FleetResult> one = CompletableFuture.supplyAsync(() -> FleetRun.run("migrate", fleet,
                    Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE, FleetWork.migrate(runner, List.of("public"))));
            List<FleetTarget> reversed = new ArrayList<>(fleet);
            java.util.Collections.reverse(reversed);
            CompletableFuture<FleetResult> two = CompletableFuture.supplyAsync(() -> FleetRun.run("migrate", reversed,
                    Fleets.options(4, 0, FleetOptions.Failure.STOP), FleetListener.NONE, FleetWork.migrate(runner, List.of("public"))));
            FleetResult a = one.get();
            FleetResult b = two.get();
            assertThat(a.failed()).isEmpty();
            assertThat(b.failed()).isEmpty();
            for (FleetTarget t : fleet) {
                int ranA = a.outcomes().stream().filter(o -> o.target().equals(t)).findFirst().orElseThrow().result().ran();
                int ranB = b.outcomes().stream().filter(o -> o.target().equals(t)).findFirst().orElseThrow().result().ran();
                assertThat(ranA + ranB).as(t.name()).isEqualTo(4);
                Fleets.assertAppliedOnce(t, "001_runs", "002_accounts", "003_email", "004_invoices");
            }
        } finally {
            drop(fleet, first);
        }
    }

    @Test
    void parallelismIsCappedByTheServersFreeConnectionsAndAHeartbeatNamesWhatRuns(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first), 3);
        try {
            List<String> limits = new java.util.concurrent.CopyOnWriteArrayList<>();
            List<String> beats = new java.util.concurrent.CopyOnWriteArrayList<>();
            FleetListener listener = new FleetListener() {
                @Override
                public void serverLimit(String server, int targets, int limit, String reason) {
                    limits.add(targets + " " + limit + " " + reason);
                }

                @Override
                public void heartbeat(Counts counts, List<FleetTarget> running) {
                    if (!running.isEmpty()) {
                        beats.add(counts.running() + " running: " + running.get(0).name());
                    }
                }
            };
            String[] slow = {V1[0], Fleets.migration("002_slow", "Slow", "SELECT pg_sleep(1.5)")};
            FleetResult result = FleetRun.run("migrate", fleet, new FleetOptions(100_000, 0, FleetOptions.Failure.STOP,
                    java.time.Duration.ofMillis(300)), listener, FleetWork.migrate(Fleets.runner(dir.resolve("slow"), slow),
                    List.of("public")));
            assertThat(result.failed()).isEmpty();
            int maxConnections;
            try (Connection c = first.admin().open(); Statement s = c.createStatement();
                 java.sql.ResultSet rs = s.executeQuery("SHOW max_connections")) {
                rs.next();
                maxConnections = Integer.parseInt(rs.getString(1));
            }
            assertThat(limits).singleElement().satisfies(l -> {
                assertThat(l).startsWith("3 ").contains("free connections (max_connections)");
                assertThat(Integer.parseInt(l.split(" ")[1])).isBetween(1, maxConnections - 1);
            });
            assertThat(beats).isNotEmpty().allSatisfy(b -> assertThat(b).matches("[1-3] running: .*/fleet_.*"));
        } finally {
            drop(fleet, first);
        }
    }

    @Test
    void aTargetKeepsTheRunnersWarningsAndAnErrorFromTheWorkFailsOnlyItsTarget(PostgresServer first) throws Exception {
        List<FleetTarget> fleet = Fleets.databases(List.of(first), 2);
        try {
            String[] gap = {V2[0], V2[1], V2[3]};
            assertThat(FleetRun.run("migrate", fleet, Fleets.options(2, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(Fleets.runner(dir.resolve("gap"), gap), List.of("public"))).failed()).isEmpty();
            FleetResult late = FleetRun.run("migrate", fleet, Fleets.options(2, 0, FleetOptions.Failure.STOP), FleetListener.NONE,
                    FleetWork.migrate(Fleets.runner(dir.resolve("v2"), V2), List.of("public")));
            assertThat(late.outcomes()).allSatisfy(o -> {
                assertThat(o.state()).isEqualTo(TargetOutcome.State.DONE);
                assertThat(o.result().ran()).isEqualTo(1);
                assertThat(o.result().notes()).contains("Migration 003_email sorts before the already applied 004_invoices");
            });

            FleetResult broken = FleetRun.run("status", fleet, Fleets.options(1, 0, FleetOptions.Failure.CONTINUE), FleetListener.NONE,
                    target -> {
                        if (target.equals(fleet.get(0))) {
                            throw new AssertionError("broken check");
                        }
                        return FleetWork.status(Fleets.runner(dir.resolve("v2b"), V2), List.of("public")).run(target);
                    });
            assertThat(broken.outcomes()).extracting(TargetOutcome::state)
                    .containsExactly(TargetOutcome.State.FAILED, TargetOutcome.State.DONE);
            assertThat(broken.outcomes().get(0).error()).isEqualTo("broken check");
        } finally {
            drop(fleet, first);
        }
    }

    /** The shared server's databases are dropped by the test; the other servers' go with them. */
    private static void drop(List<FleetTarget> fleet, PostgresServer first) {
        for (FleetTarget t : fleet) {
            if (t.server().equals(new FleetTarget(first.admin(), null, "x").server())) {
                try {
                    first.dropDatabase(t.database());
                } catch (IllegalArgumentException notItsOwn) {
                    // made through another server object: left to the run's end
                }
            }
        }
    }
}
