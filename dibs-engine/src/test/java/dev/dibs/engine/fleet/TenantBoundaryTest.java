package dev.dibs.engine.fleet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.render.Sql;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A tenant's migration may touch only its tenant's schema: what it makes or changes of a shared object
 * — inside a subtransaction too — rolls it back naming the object; what a tenant legitimately does
 * next to shared objects (a foreign key to a shared table, a partition or child of a shared table,
 * temporary objects, comments, grants, policies, casts and default privileges of its own, a table
 * made in a savepoint) is migrated.
 */
@WithPostgres
class TenantBoundaryTest {

    @TempDir
    Path dir;

    private static final String SHARED = """
            CREATE TABLE public.plans (id bigint PRIMARY KEY);
            CREATE TABLE public.events (id bigint NOT NULL, at date NOT NULL) PARTITION BY RANGE (at);
            CREATE TABLE public.notes (id bigint);
            CREATE FUNCTION public.audit() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NEW; END';
            CREATE DOMAIN public.qty AS integer;
            CREATE TYPE public.mood AS ENUM ('ok');
            CREATE TABLE public.regions (id int PRIMARY KEY) PARTITION BY RANGE (id);
            CREATE TABLE public.offices (region int REFERENCES public.regions);
            """;

    @Test
    void whatATenantMakesBesideSharedObjectsIsMigratedAndRecorded(TestDatabase db) throws Exception {
        db.execute(SHARED + "CREATE SCHEMA tenant_a;");
        FleetResult result = migrate(db, "tenant_a", Fleets.migration("002_beside", "Beside",
                "CREATE TABLE tags (id bigint PRIMARY KEY, plan bigint REFERENCES public.plans);"
                        + " CREATE TABLE events_2026 PARTITION OF public.events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');"
                        + " CREATE TABLE notes_a () INHERITS (public.notes);"
                        + " CREATE TEMPORARY TABLE scratch (id int); CREATE INDEX ON scratch (id);"
                        + " CREATE FUNCTION pg_temp.helper() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                        + " COMMENT ON TABLE tags IS 'tags'; COMMENT ON SCHEMA tenant_a IS 'a tenant';"
                        + " GRANT SELECT ON tags TO PUBLIC;"
                        + " CREATE TRIGGER tags_audit BEFORE INSERT ON tags FOR EACH ROW EXECUTE FUNCTION public.audit();"
                        + " SAVEPOINT s; CREATE TABLE kept_in_savepoint (id int); RELEASE SAVEPOINT s;"
                        + " CREATE TABLE brief (id bigint REFERENCES public.plans); DROP TABLE brief;"
                        + " CREATE TABLE regions_a PARTITION OF public.regions FOR VALUES FROM (1) TO (10);"
                        + " CREATE EXTENSION IF NOT EXISTS tablefunc WITH SCHEMA public;"
                        + " CREATE POLICY readers ON tags TO pg_monitor USING (true); COMMENT ON POLICY readers ON tags IS 'r';"
                        + " COMMENT ON TRIGGER tags_audit ON tags IS 'audit';"
                        + " ALTER DEFAULT PRIVILEGES IN SCHEMA tenant_a GRANT SELECT ON TABLES TO pg_monitor;"
                        + " CREATE TYPE level AS ENUM ('low'); CREATE FUNCTION level_rank(level) RETURNS int LANGUAGE sql AS 'SELECT 1';"
                        + " CREATE CAST (level AS integer) WITH FUNCTION level_rank(level);"
                        + " CREATE TYPE span AS RANGE (subtype = integer)"));

        assertThat(result.failed()).as("%s", result.failed()).isEmpty();
        assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE schemaname = 'tenant_a' AND tablename = 'kept_in_savepoint'"))
                .isEqualTo("1");
    }

    /** PostgreSQL names a schema that needs quotes with them ("Tenant_B"): its objects are still the tenant's. */
    @Test
    void aTenantWhoseNameNeedsQuotesKeepsItsCommentedObjects(TestDatabase db) throws Exception {
        db.execute(SHARED + "CREATE SCHEMA " + Sql.name("Tenant_B") + ";");
        FleetResult own = migrate(db, "Tenant_B", Fleets.migration("002_own", "Own",
                "CREATE FUNCTION g() RETURNS int LANGUAGE sql AS 'SELECT 1'; COMMENT ON FUNCTION g() IS 'g';"
                        + " CREATE TYPE e AS ENUM ('a'); COMMENT ON TYPE e IS 'e'; CREATE TABLE t (id int); COMMENT ON COLUMN t.id IS 'id'"));
        assertThat(own.failed()).as("%s", own.failed()).isEmpty();
        FleetResult astray = migrate(db, "Tenant_B", Fleets.migration("003_astray", "Astray", "COMMENT ON TYPE public.mood IS 'shared'"));
        assertThat(astray.failed()).singleElement().satisfies(o -> assertThat(o.error()).contains("type public.mood, outside"));
    }

    @Test
    void whatATenantMakesOrChangesOfSharedObjectsIsRolledBackNamingIt(TestDatabase db) throws Exception {
        // a role of the test's own (roles are the server's): a grant to a built-in role records no dependency
        String reader = "dibs_boundary_" + Long.toHexString(System.nanoTime());
        db.execute(SHARED + "CREATE ROLE " + Sql.name(reader) + " IN ROLE pg_monitor; ALTER ROLE " + Sql.name(reader)
                + " SET work_mem = '8MB';");
        try {
            rolledBack(db, reader);
        } finally {
            db.execute("DROP ROLE " + Sql.name(reader));
        }
    }

    private void rolledBack(TestDatabase db, String reader) throws Exception {
        List<String[]> astray = List.of(
                new String[] {"SAVEPOINT s; CREATE TABLE public.made_in_savepoint (id int); RELEASE SAVEPOINT s",
                    "table public.made_in_savepoint"},
                new String[] {"DO $$ BEGIN CREATE FUNCTION public.helper() RETURNS int LANGUAGE sql AS 'SELECT 1';"
                        + " EXCEPTION WHEN others THEN NULL; END $$", "function public.helper()"},
                new String[] {"CREATE TRIGGER audit BEFORE INSERT ON public.plans FOR EACH ROW EXECUTE FUNCTION public.audit()",
                    "trigger audit on public.plans"},
                new String[] {"ALTER TABLE public.plans ENABLE ROW LEVEL SECURITY", "table public.plans"},
                new String[] {"CREATE POLICY everyone ON public.notes USING (true)", "policy everyone on public.notes"},
                // the catalogs read are those PostgreSQL counted writes to; counting nothing, it reads all
                new String[] {"SET LOCAL track_counts = off; CREATE POLICY uncounted ON public.notes USING (true)",
                    "policy uncounted on public.notes"},
                new String[] {"GRANT SELECT ON public.plans TO " + Sql.name(reader), "table public.plans"},
                new String[] {"ALTER TYPE public.mood ADD VALUE 'late'", "type public.mood"},
                new String[] {"ALTER TABLE public.plans SET (fillfactor = 70)", "table public.plans"},
                new String[] {"REVOKE ALL ON public.plans FROM PUBLIC", "table public.plans"},
                new String[] {"CREATE TABLE public.events_2027 (id bigint, at date) PARTITION BY RANGE (at)", "table public.events_2027"},
                new String[] {"CREATE TYPE public.pair AS (a int, b int)", "composite type public.pair"},
                new String[] {"COMMENT ON FUNCTION public.audit() IS 'changed by a tenant'", "function public.audit()"},
                new String[] {"ALTER DOMAIN public.qty ADD CONSTRAINT positive CHECK (VALUE > 0)", "domain constraint positive on public.qty"},
                new String[] {"CREATE SCHEMA side", "schema side"},
                new String[] {"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO PUBLIC", "in schema public on tables"},
                new String[] {"ALTER TABLE public.notes RENAME TO memos", "table public.memos"},
                // a name holding a line feed is shown escaped: it cannot start a line of the build's output
                // (written as the migration's Java source reads it: \" and \n inside its string)
                new String[] {"CREATE TABLE public.\\\"odd\\n[INFO] BUILD SUCCESS\\\" (id int)", "table public.\"odd\\n[INFO] BUILD SUCCESS\""},
                // what deletes a row of a role's, with no lock on an object: the catalog's lock
                new String[] {"REVOKE pg_monitor FROM " + Sql.name(reader), "role membership (GRANT or REVOKE of a role)"},
                new String[] {"ALTER ROLE " + Sql.name(reader) + " RESET work_mem", "setting (ALTER ROLE or ALTER DATABASE"});
        refused(db, "tenant_", astray, "it created or changed ");
        assertThat(db.queryString("SELECT count(*) FROM pg_trigger WHERE tgname = 'audit'")).isEqualTo("0");
        assertThat(db.queryString("SELECT count(*) FROM pg_namespace WHERE nspname = 'side'")).isEqualTo("0");
        assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE tablename = 'plans'")).isEqualTo("1");
    }

    /**
     * A DROP leaves no row: what the migration dropped is found by the locks it holds, and placed by a
     * second connection that still sees it. What a tenant drops of its own — a table with a foreign key
     * to a shared table (whose triggers on the shared table go with it), its types, casts and
     * functions — is migrated; what it drops of a shared object is rolled back, naming the object
     * dropped first (a table, not its row type and indexes).
     */
    @Test
    void whatATenantDropsOfSharedObjectsIsRolledBackNamingIt(TestDatabase db) throws Exception {
        db.execute(SHARED + "CREATE SCHEMA spare; CREATE INDEX notes_id ON public.notes (id); CREATE EXTENSION tablefunc SCHEMA public;"
                // a subscription that never connects: dropping it locks a replication origin, which no object names
                + " CREATE SUBSCRIPTION spare_sub CONNECTION 'host=/nonexistent dbname=none' PUBLICATION none"
                + " WITH (connect = false, slot_name = NONE);"
                + " CREATE TRIGGER shared_audit BEFORE INSERT ON public.plans FOR EACH ROW EXECUTE FUNCTION public.audit();"
                + " CREATE POLICY shared_policy ON public.plans USING (true); CREATE FUNCTION public.spare() RETURNS int"
                + " LANGUAGE sql AS 'SELECT 1'; CREATE SCHEMA tenant_own; SET search_path = tenant_own;"
                + " CREATE TABLE old (id int PRIMARY KEY, plan bigint REFERENCES public.plans, note text DEFAULT 'n');"
                + " CREATE INDEX ON old (plan); CREATE TRIGGER old_audit BEFORE INSERT ON old FOR EACH ROW EXECUTE FUNCTION public.audit();"
                + " CREATE TYPE level AS ENUM ('low'); CREATE FUNCTION level_rank(level) RETURNS int LANGUAGE sql AS 'SELECT 1';"
                + " CREATE CAST (level AS integer) WITH FUNCTION level_rank(level); RESET search_path;"
                + " ALTER DEFAULT PRIVILEGES IN SCHEMA tenant_own GRANT SELECT ON TABLES TO pg_monitor;"
                // a shared foreign key to a partitioned table with a partition of the tenant's: PostgreSQL derives one for it
                + " CREATE TABLE public.pp (id int, k int, PRIMARY KEY (id, k)) PARTITION BY LIST (k);"
                + " CREATE TABLE public.pp_1 PARTITION OF public.pp FOR VALUES IN (1);"
                + " CREATE TABLE public.pp_refs (id int, k int, FOREIGN KEY (id, k) REFERENCES public.pp);"
                + " CREATE TABLE tenant_own.pp_own PARTITION OF public.pp FOR VALUES IN (2);");
        FleetResult own = migrate(db, "tenant_own", Fleets.migration("002_own", "Own",
                "DROP TABLE old; DROP CAST (level AS integer); DROP FUNCTION level_rank(level); DROP TYPE level;"
                        + " CREATE TABLE brief (id int); DROP TABLE brief;"
                        + " ALTER DEFAULT PRIVILEGES IN SCHEMA tenant_own REVOKE SELECT ON TABLES FROM pg_monitor;"
                        + " ALTER TABLE public.pp DETACH PARTITION pp_own; DROP TABLE pp_own"));
        assertThat(own.failed()).as("%s", own.failed()).isEmpty();
        // the foreign key's two triggers on public.plans went with the tenant's table; the shared one stays
        assertThat(db.queryString("SELECT string_agg(tgname, ',') FROM pg_trigger WHERE tgrelid = 'public.plans'::regclass"))
                .isEqualTo("shared_audit");
        assertThat(db.queryString("SELECT count(*) FROM pg_class WHERE relnamespace = 'tenant_own'::regnamespace AND relname = 'old'"))
                .isEqualTo("0");

        List<String[]> astray = List.of(
                new String[] {"DROP TABLE public.notes", "dropped table public.notes, outside"},
                new String[] {"DROP TABLE IF EXISTS public.notes CASCADE", "dropped table public.notes, outside"},
                new String[] {"DROP INDEX public.notes_id", "dropped index public.notes_id, outside"},
                new String[] {"DROP TRIGGER shared_audit ON public.plans", "dropped trigger shared_audit on public.plans, outside"},
                new String[] {"DROP POLICY shared_policy ON public.plans", "dropped policy shared_policy on public.plans, outside"},
                new String[] {"ALTER TABLE public.offices DROP CONSTRAINT offices_region_fkey",
                    "dropped table constraint offices_region_fkey on public.offices, outside"},
                new String[] {"DO $$ BEGIN DROP FUNCTION public.spare(); EXCEPTION WHEN others THEN NULL; END $$",
                    "dropped function public.spare(), outside"},
                new String[] {"DROP TYPE public.mood", "dropped type public.mood, outside"},
                new String[] {"DROP SCHEMA spare", "dropped schema spare, outside"},
                // an extension is named, not its members
                new String[] {"DROP EXTENSION tablefunc", "it dropped extension tablefunc, outside"},
                new String[] {"DROP SUBSCRIPTION spare_sub", "it dropped subscription spare_sub, outside"},
                new String[] {"COMMENT ON TABLE public.plans IS 'p'; DROP TABLE public.notes",
                    "it created or changed table public.plans and dropped table public.notes, outside"},
                // ALTER … SET SCHEMA takes a shared object away from every other tenant
                new String[] {"DO $$ BEGIN EXECUTE format('ALTER TABLE public.notes SET SCHEMA %I', current_schema()); END $$",
                    "it moved table public.notes, outside"},
                new String[] {"DO $$ BEGIN EXECUTE format('ALTER FUNCTION public.spare() SET SCHEMA %I', current_schema()); END $$",
                    "it moved function public.spare(), outside"},
                // a type moves without a lock on it: found by its row
                new String[] {"DO $$ BEGIN EXECUTE format('ALTER TYPE public.mood SET SCHEMA %I', current_schema()); END $$",
                    "it moved type public.mood, outside"},
                // the foreign key's own triggers: its check stops for every tenant
                new String[] {"ALTER TABLE public.offices DISABLE TRIGGER ALL", "on public.offices, outside"},
                // a deferred trigger runs at the commit, after the check: the check runs it first
                new String[] {"CREATE TABLE queue (id int); CREATE FUNCTION later() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN DROP TABLE public.notes; RETURN NULL; END $$; CREATE CONSTRAINT TRIGGER late AFTER INSERT ON queue"
                        + " DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION later(); INSERT INTO queue VALUES (1)",
                    "it dropped table public.notes, outside"});
        try {
            refused(db, "tenant_drop_", astray, "it ");
        } finally {
            db.execute("DROP SUBSCRIPTION spare_sub"); // else the test's database cannot be dropped
        }
        assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE tablename = 'notes'")).isEqualTo("1");
    }

    /** Each of {@code astray} (SQL, then what the refusal names) in a tenant of its own, refused and rolled back. */
    private void refused(TestDatabase db, String prefix, List<String[]> astray, String verb) throws Exception {
        for (int i = 0; i < astray.size(); i++) {
            String tenant = prefix + i;
            String sql = astray.get(i)[0];
            String named = astray.get(i)[1];
            db.execute("CREATE SCHEMA " + Sql.name(tenant));
            FleetResult result = migrate(db, tenant, Fleets.migration("002_astray", "Astray", sql + "; CREATE TABLE mine (id int)"));
            assertThat(result.failed()).as(sql).singleElement().satisfies(o -> assertThat(o.error())
                    .contains("002_astray", verb, named, "outside the tenant's schema " + tenant, "The migration was rolled back"));
            assertThat(db.queryString("SELECT count(*) FROM pg_tables WHERE schemaname = " + Sql.literal(tenant) + " AND tablename = 'mine'"))
                    .as("rolled back: " + sql).isEqualTo("0");
        }
    }

    private FleetResult migrate(TestDatabase db, String tenant, String migration) {
        List<FleetTarget> fleet = List.of(new FleetTarget(db.info(), tenant, "tenantSchemas"));
        return FleetRun.run("migrate", fleet, Fleets.options(1, 0, FleetOptions.Failure.CONTINUE), FleetListener.NONE,
                FleetWork.migrate(Fleets.runner(dir.resolve(tenant), Fleets.V1[0], migration), List.of("public")));
    }
}
