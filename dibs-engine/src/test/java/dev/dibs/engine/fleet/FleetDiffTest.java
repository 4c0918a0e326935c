package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.ops.MigrationGenerator;
import dev.dibs.engine.ops.MigrationReplay;
import dev.dibs.engine.ops.Unqualified;
import dev.dibs.engine.testing.JavaSources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dibs:diff} over a fleet of tenant schemas: each tenant compared with the Java schema placed in it; one drifts. */
@WithPostgres
class FleetDiffTest {

    private static final String ACCOUNT = """
            @Table("accounts")
            public record Account(@Pk long id, String name) {}
            """;

    @TempDir
    Path dir;

    /** The database's schemas named tenant_?, each a target. */
    private static List<FleetTarget> tenants(TestDatabase db) {
        return FleetTargets.tenantSchemas(db.info(), List.of("tenant_?"), List.of()).stream()
                .map(t -> new FleetTarget(db.info(), t, "tenantSchemas")).toList();
    }

    /** The accounts record and the migration creating its table. */
    private List<Path> accounts() {
        return TestSchemas.compile(dir.resolve("cp"), ACCOUNT, Fleets.migration("001_accounts", "Accounts",
                "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL); CREATE TABLE migration_runs (id text, tenant text)"));
    }

    @Test
    void eachTenantIsComparedInItsOwnSchemaAndOnlyTheDriftingOneDrifts(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA tenant_c;");
        List<FleetTarget> fleet = tenants(db);
        List<Path> cp = accounts();
        MigrationRunner runner = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build();
        assertThat(FleetRun.run("migrate", fleet, FleetOptions.defaults(), FleetListener.NONE,
                FleetWork.migrate(runner, List.of("public"))).failed()).isEmpty();
        db.execute("ALTER TABLE tenant_b.accounts ADD COLUMN legacy int");

        FleetResult diff = diff(fleet, runner, cp, server);
        assertThat(diff.failed()).isEmpty();
        assertThat(diff.drifting()).extracting(o -> o.target().tenant()).containsExactly("tenant_b");
        assertThat(diff.drifting().get(0).result().changes()).isEqualTo(1);
        // what differs, as dibs:diff says it, in the result and in fleet.json; the others list nothing
        assertThat(diff.drifting().get(0).result().differences()).singleElement().asString()
                .startsWith("- ").contains("legacy");
        assertThat(diff.outcomes()).filteredOn(o -> !o.target().tenant().equals("tenant_b"))
                .allSatisfy(o -> assertThat(o.result().differences()).isEmpty());
        assertThat(FleetReport.json(diff)).contains("\"differences\"").contains("legacy");
        assertThat(FleetReport.html(diff)).contains("<details><summary>drift (1 changes)</summary>");
        assertThat(diff.outcomes()).allSatisfy(o -> assertThat(o.result().current()).isEqualTo("001_accounts"));
    }

    /**
     * {@code dibs:migrate -Ddibs.failOnDrift} over a fleet: each target is migrated, then compared as
     * {@code dibs:diff} would; the one holding a table the Java schema lacks still differs afterwards,
     * with the migration's counts kept beside what it differs in.
     */
    @Test
    void migrateThenDiffSaysWhatEachTargetStillDiffersInAfterMigrating(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE TABLE tenant_b.leftover (id int); CREATE SCHEMA tenant_c");
        List<FleetTarget> fleet = tenants(db);
        List<Path> cp = accounts();
        MigrationRunner runner = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build();
        BiFunction<List<String>, String, LoadedSchema> load = (schemas, tenant) -> IntentLoader.builder().classpath(cp)
                .packages(List.of("e")).schemas(schemas).tenant(tenant).load();
        FleetResult result;
        try (DriftDetector.Shared drift = new DriftDetector.Shared(ScratchServers.Factory.always(
                () -> PostgresServers.existing(server.admin())))) {
            java.util.function.Function<FleetTarget, LoadedSchema> intents = TenantIntents.of(load, List.of("public"));
            // tenant_c's comparison fails (as a scratch server that will not start would): it is migrated all the same
            result = FleetRun.run("migrate", fleet, FleetOptions.defaults(), FleetListener.NONE, FleetWork.migrateThenDiff(runner,
                    List.of("public"), target -> {
                        if (target.tenant().equals("tenant_c")) {
                            throw new IllegalStateException("the scratch server did not start");
                        }
                        return intents.apply(target);
                    }, drift, List.of("__dibs_migrations", "__dibs_objects", "__dibs_sources", "migration_runs")));
        }
        assertThat(result.failed()).isEmpty();
        assertThat(result.outcomes()).filteredOn(o -> o.target().tenant().equals("tenant_c")).singleElement().satisfies(o -> {
            assertThat(o.result().drift()).isNull();
            assertThat(o.result().notes()).isEqualTo(FleetWork.NOT_COMPARED + "the scratch server did not start");
            assertThat(o.result().notCompared()).isEqualTo("the scratch server did not start");
        });
        assertThat(result.notCompared()).extracting(o -> o.target().tenant()).containsExactly("tenant_c");
        // fleet.json says it in a field of its own, for a script: not only in the notes meant to be read
        com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(FleetReport.json(result));
        assertThat(json.at("/summary/notCompared").asInt()).isEqualTo(1);
        assertThat(json.at("/summary/drifting").asInt()).isEqualTo(1);
        for (com.fasterxml.jackson.databind.JsonNode t : json.get("targets")) {
            boolean c = t.get("tenant").asText().equals("tenant_c");
            assertThat(t.has("notCompared")).as(t.get("tenant").asText()).isEqualTo(c);
            assertThat(t.has("drift")).as(t.get("tenant").asText()).isEqualTo(!c);
        }
        assertThat(json.at("/targets").findValuesAsText("notCompared")).containsExactly("the scratch server did not start");
        assertThat(result.outcomes()).allSatisfy(o -> {
            assertThat(o.result().ran()).isEqualTo(1);
            assertThat(o.result().current()).isEqualTo("001_accounts");
        });
        assertThat(result.drifting()).extracting(o -> o.target().tenant()).containsExactly("tenant_b");
        assertThat(result.drifting().get(0).result().differences()).singleElement().asString().contains("leftover");
        assertThat(result.outcomes()).filteredOn(o -> o.target().tenant().equals("tenant_a"))
                .singleElement().satisfies(o -> assertThat(o.result().drift()).isFalse());
    }

    /**
     * The SQL files under {@code dibs/} land in each tenant as the tables do: their unqualified names
     * in the tenant's schema (a domain, a sequence, a trigger function, its trigger on the tenant's
     * table, a view of it). Each tenant is compared with its own: one lacking the trigger and one
     * whose function differs drift by that alone; the others, which hold the same objects in their
     * own schemas, do not.
     */
    @Test
    void theSqlFilesLandInEachTenantAsTheTablesDo(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b; CREATE SCHEMA tenant_c;");
        List<FleetTarget> fleet = FleetTargets.tenantSchemas(db.info(), List.of("tenant_?"), List.of()).stream()
                .map(t -> new FleetTarget(db.info(), t, "tenantSchemas")).toList();
        String objects = """
                CREATE DOMAIN short_name AS text CONSTRAINT short_name_length CHECK (length(VALUE) < 40);
                CREATE SEQUENCE invoice_numbers START WITH 1000;
                CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.name := upper(NEW.name); RETURN NEW; END $$;
                CREATE TRIGGER accounts_shout BEFORE INSERT OR UPDATE ON accounts FOR EACH ROW EXECUTE FUNCTION shout();
                CREATE VIEW named_accounts AS SELECT id, name FROM accounts WHERE name <> '';
                """;
        List<Path> cp = TestSchemas.compile(dir.resolve("cp"), ACCOUNT, Fleets.migration("001_accounts", "Accounts",
                "CREATE TABLE accounts (id bigint PRIMARY KEY, name text NOT NULL); CREATE TABLE migration_runs (id text, tenant text); "
                        + objects.replace("\n", " ")));
        Files.createDirectories(cp.get(0).resolve("dibs"));
        Files.writeString(cp.get(0).resolve("dibs/objects.sql"), objects);
        MigrationRunner runner = MigrationRunner.builder().database(db.info()).classpath(cp).packages(List.of("e")).build();
        assertThat(FleetRun.run("migrate", fleet, FleetOptions.defaults(), FleetListener.NONE,
                FleetWork.migrate(runner, List.of("public"))).failed()).isEmpty();
        try (java.sql.Connection c = db.connect(); java.sql.Statement st = c.createStatement()) {
            assertThat(Fleets.strings(st, "SELECT tgrelid::regclass || ' ' || tgfoid::regproc FROM pg_trigger"
                    + " WHERE tgname = 'accounts_shout' ORDER BY 1"))
                    .containsExactly("tenant_a.accounts tenant_a.shout", "tenant_b.accounts tenant_b.shout",
                            "tenant_c.accounts tenant_c.shout");
        }
        db.execute("DROP TRIGGER accounts_shout ON tenant_b.accounts");
        db.execute("CREATE OR REPLACE FUNCTION tenant_c.shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$");

        FleetResult diff = diff(fleet, runner, cp, server);
        assertThat(diff.failed()).isEmpty();
        assertThat(diff.drifting()).extracting(o -> o.target().tenant()).containsExactlyInAnyOrder("tenant_b", "tenant_c");
        assertThat(diff.drifting()).allSatisfy(o -> assertThat(o.result().changes()).isEqualTo(1));
    }

    /**
     * dibs:generate -Ddibs.tenantReady: the migration it writes for a Java schema with SQL files (a
     * sequence a default calls through a regclass literal, a domain, a trigger function and its
     * trigger, a view) names nothing of public, runs once per tenant into each tenant's schema, and
     * each tenant then matches the Java schema placed in it.
     */
    @Test
    void aTenantReadyGeneratedMigrationLandsInEachTenant(TestDatabase db, PostgresServer server) throws Exception {
        String invoice = """
                package e;
                import dev.dibs.*;
                @Table("invoices")
                public record Invoice(@Pk @Identity long id, @Default("nextval('invoice_numbers')") long number,
                        @Column(type = "short_name") String label) {
                }
                """;
        String objects = """
                CREATE SEQUENCE invoice_numbers START WITH 1000;
                CREATE DOMAIN short_name AS text CONSTRAINT short_name_length CHECK (length(VALUE) < 40);
                CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.label := upper(NEW.label); RETURN NEW; END $$;
                CREATE TRIGGER invoices_shout BEFORE INSERT ON invoices FOR EACH ROW EXECUTE FUNCTION shout();
                CREATE VIEW labelled_invoices AS SELECT id, label FROM invoices WHERE label IS NOT NULL;
                """;
        List<Path> cp = JavaSources.compile(dir.resolve("cp"), Map.of("e/Invoice.java", invoice));
        Files.createDirectories(cp.get(0).resolve("dibs"));
        Files.writeString(cp.get(0).resolve("dibs/objects.sql"), objects);
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("e")).schemas(List.of("public")).load();
        MigrationReplay.Result replay = MigrationReplay.replay(() -> intent, List.of("public"), cp, List.of("e"), List.of("db/migration"),
                () -> PostgresServers.existing(server.admin()), MigrationListener.NONE);
        Unqualified.Result ready = Unqualified.of(replay.plan(), "public");
        assertThat(ready.stillNaming()).isEmpty();
        assertThat(ready.plan().statements()).noneMatch(st -> st.sql().contains("public."));
        Path written = MigrationGenerator.write(ready.plan(), dir.resolve("generated"), "e", "tenants",
                ZonedDateTime.of(2026, 12, 4, 12, 0, 0, 0, ZoneOffset.UTC)).get(0);
        List<Path> migrated = JavaSources.compile(dir.resolve("migrated"), Map.of("e/Invoice.java", invoice,
                "e/" + written.getFileName(), Files.readString(written)));
        Files.createDirectories(migrated.get(0).resolve("dibs"));
        Files.writeString(migrated.get(0).resolve("dibs/objects.sql"), objects);

        db.execute("CREATE SCHEMA tenant_a; CREATE SCHEMA tenant_b;");
        List<FleetTarget> fleet = FleetTargets.tenantSchemas(db.info(), List.of("tenant_?"), List.of()).stream()
                .map(t -> new FleetTarget(db.info(), t, "tenantSchemas")).toList();
        MigrationRunner runner = MigrationRunner.builder().database(db.info()).classpath(migrated).packages(List.of("e")).build();
        assertThat(FleetRun.run("migrate", fleet, FleetOptions.defaults(), FleetListener.NONE,
                FleetWork.migrate(runner, List.of("public"))).failed()).isEmpty();
        assertThat(db.queryString("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace")).isEqualTo("0");
        db.execute("INSERT INTO tenant_b.invoices (label) VALUES ('x')");
        assertThat(db.queryString("SELECT number || ' ' || label FROM tenant_b.invoices")).isEqualTo("1000 X");

        FleetResult diff = diff(fleet, runner, migrated, server);
        assertThat(diff.failed()).isEmpty();
        assertThat(diff.drifting()).isEmpty();
        assertThat(diff.outcomes()).hasSize(2);
    }

    /**
     * A SQL file naming the schema that the tenant replaces, or creating an extension (once per database,
     * not per tenant), is refused in tenant mode, naming file and line and the way out.
     */
    @Test
    void aSqlFileNamingItsSchemaIsRefusedInTenantMode() throws Exception {
        List<Path> cp = TestSchemas.compile(dir.resolve("cp"), ACCOUNT);
        Files.createDirectories(cp.get(0).resolve("dibs"));
        Files.writeString(cp.get(0).resolve("dibs/objects.sql"), """
                CREATE SEQUENCE invoice_numbers;
                CREATE SEQUENCE public.shared_numbers;
                CREATE EXTENSION citext;
                """);
        // outside tenant mode the same file is the public schema's
        assertThat(IntentLoader.builder().classpath(cp).packages(List.of("e")).schemas(List.of("public")).load().declarations())
                .hasSize(3);
        assertThatThrownBy(() -> IntentLoader.builder().classpath(cp).packages(List.of("e")).schemas(List.of("tenant_a"))
                .tenant("tenant_a").load()).isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("dibs/objects.sql line 2").hasMessageContaining("sequence public.shared_numbers")
                .hasMessageContaining("built in each tenant's schema (here tenant_a)").hasMessageContaining("write the name unqualified")
                .hasMessageContaining("dibs/objects.sql line 3").hasMessageContaining("an extension exists once in a database")
                .hasMessageNotContaining("objects.sql line 1");
    }

    /** dibs:diff over the tenants, each compared with the Java schema of {@code classpath} placed in it. */
    private static FleetResult diff(List<FleetTarget> fleet, MigrationRunner runner, List<Path> classpath, PostgresServer server) {
        BiFunction<List<String>, String, LoadedSchema> load = (schemas, tenant) -> IntentLoader.builder().classpath(classpath)
                .packages(List.of("e")).schemas(schemas).tenant(tenant).load();
        try (DriftDetector.Shared drift = new DriftDetector.Shared(ScratchServers.Factory.always(
                () -> PostgresServers.existing(server.admin())))) {
            return FleetRun.run("diff", fleet, FleetOptions.defaults(), FleetListener.NONE, FleetWork.diff(runner, List.of("public"),
                    TenantIntents.of(load, List.of("public")), drift, List.of("__dibs_migrations", "__dibs_objects", "__dibs_sources",
                            "migration_runs")));
        }
    }

    @Test
    void aTableNamingItsSchemaIsRefusedInTenantMode() {
        List<Path> cp = TestSchemas.compile(dir.resolve("cp"), """
                @Table(value = "audit", schema = "public")
                public record Audit(@Pk long id) {}
                """, ACCOUNT);
        assertThatThrownBy(() -> IntentLoader.builder().classpath(cp).packages(List.of("e")).schemas(List.of("tenant_a", "public"))
                .tenant("tenant_a").load()).isInstanceOf(SchemaValidationException.class)
                .hasMessageContaining("e.Audit").hasMessageContaining("@Table(schema = \"public\") names a schema")
                .hasMessageContaining("remove schema =").hasMessageNotContaining("e.Account");
        LoadedSchema placed = IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve("cp2"), ACCOUNT)).packages(List.of("e"))
                .schemas(List.of("tenant_a", "public")).tenant("tenant_a").load();
        assertThat(TenantIntents.checked(placed, "tenant_a").schema().tables()).extracting(t -> t.name().toString())
                .containsExactly("tenant_a.accounts");
    }
}
