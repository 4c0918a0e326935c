package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Database to database, what dibs writes is exactly what the reference has, or the plan is refused
 * before anything runs, naming the object and the aspect: the guard compares PostgreSQL's own
 * definitions, never dibs's model. Each test below names one aspect; when the model learns it,
 * the test's expectation turns from a refusal into a plan that reproduces it (see
 * {@link #refusedAspect}).
 */
@WithPostgres
class FidelityGuardTest {

    private static final String USERS = "CREATE TABLE users (id int PRIMARY KEY, email text, code text, org_id int);";

    /** Compares {@code target} with a reference built from {@code referenceDdl}, scratch on the test server. */
    private static DriftReport compare(TestDatabase target, PostgresServer server, String targetDdl, String referenceDdl)
            throws Exception {
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(targetDdl);
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(referenceDdl);
            }
            return DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(), () -> server);
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * The refusal for one aspect dibs does not write (yet): the report has drift, cannot be applied,
     * and says the object and the aspect. When dibs learns the aspect, replace the call with one
     * asserting the plan reproduces it.
     */
    private static void refusedAspect(DriftReport report, String object, String aspect) {
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.applicable()).isFalse();
        assertThat(report.unreproducible()).anySatisfy(u -> assertThat(u).startsWith(object + ":").contains(aspect + " is not reproduced"));
    }

    @Test
    void anOperatorClassIsNotDroppedSilently(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE INDEX users_email_pattern ON users (email text_pattern_ops);");
        refusedAspect(report, "index users_email_pattern on public.users", "operator class text_pattern_ops on column email");
        assertThat(report.unreproducible()).singleElement().asString()
                .endsWith("dibs would create it with the default operator class on column email.");
    }

    @Test
    void nullsNotDistinctIsNotDroppedSilently(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE UNIQUE INDEX users_code_nnd ON users (code) NULLS NOT DISTINCT;");
        refusedAspect(report, "index users_code_nnd on public.users", "NULLS NOT DISTINCT");
    }

    @Test
    void unloggedAndStorageParametersAreNotDroppedSilently(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text)"
                + " WITH (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.005);");
        refusedAspect(report, "table public.cache", "UNLOGGED");
        refusedAspect(report, "table public.cache", "storage parameters WITH (autovacuum_vacuum_scale_factor=0.005, fillfactor=50)");
    }

    @Test
    void aPartitionedTableIsNotCreatedPlain(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE TABLE events (id int, kind text) PARTITION BY LIST (kind);");
        refusedAspect(report, "table public.events", "partitioning PARTITION BY LIST (kind)");
    }

    /** Aspects no issue plans to model: these stay refusals. */
    @Test
    void aspectsDibsDoesNotModelStayRefusals(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS
                + "CREATE TABLE orders (id int PRIMARY KEY, a int, b int, ref text,"
                + " CONSTRAINT orders_ref_key UNIQUE (ref) DEFERRABLE INITIALLY DEFERRED,"
                + " CONSTRAINT orders_positive CHECK (a > 0) NO INHERIT);"
                + "CREATE TABLE lines (a int, b int, UNIQUE (a, b));"
                + "ALTER TABLE orders ADD CONSTRAINT orders_lines_fkey FOREIGN KEY (a, b) REFERENCES lines (a, b) MATCH FULL;");
        refusedAspect(report, "unique constraint orders_ref_key on public.orders", "DEFERRABLE INITIALLY DEFERRED");
        refusedAspect(report, "check orders_positive on public.orders", "NO INHERIT");
        refusedAspect(report, "foreign key orders_lines_fkey on public.orders", "MATCH FULL");
        assertThat(report.unreproducible()).hasSize(3);
    }

    /** A plan without what dibs cannot write is refused as a whole, yet a plan of what it can write is not. */
    @Test
    void whatDibsWritesFaithfullyIsNotRefused(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE INDEX users_lower_email ON users (lower(email)) WHERE code IS NOT NULL;"
                + "CREATE TABLE notes (id int PRIMARY KEY, body text NOT NULL CHECK (length(body) < 100));");
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.applicable()).isTrue();
        assertThat(report.unreproducible()).isEmpty();
    }

    /**
     * The case: a trigram operator class on a text column in a GIN index that also holds an
     * integer. The scratch database gets the databases' extensions (pg_trgm, btree_gin), so dibs's
     * statement builds there — with btree_gin's equality class instead of the trigram one — and the
     * guard names it. Without them the statement would not build in the scratch database at all.
     */
    @Test
    void theScratchDatabaseHasTheDatabasesExtensions(TestDatabase target, PostgresServer server) throws Exception {
        String extensions = "CREATE EXTENSION pg_trgm; CREATE EXTENSION btree_gin;";
        DriftReport report = compare(target, server, extensions + USERS, extensions + USERS
                + "CREATE INDEX users_email_trgm ON users USING gin (org_id, email gin_trgm_ops) WHERE email IS NOT NULL;");
        refusedAspect(report, "index users_email_trgm on public.users", "operator class gin_trgm_ops on column email");
        assertThat(report.warnings()).isEmpty();
    }

    /**
     * A check on a varchar column copied from the reference is stored by PostgreSQL in other words
     * ({@code ANY (ARRAY[('pending'::character varying)::text, …])}): the plan copies the form
     * PostgreSQL stores, so after applying it a second comparison is empty.
     */
    @Test
    void aCheckCopiedFromTheReferenceSettles(TestDatabase target, PostgresServer server) throws Exception {
        String table = "CREATE TABLE jobs (id int PRIMARY KEY, status varchar(10) NOT NULL";
        ConnectionInfo reference = server.createDatabase("reference");
        try {
            target.execute(table + ");");
            try (Connection c = reference.open(); Statement s = c.createStatement()) {
                s.execute(table + ", CONSTRAINT jobs_status_check CHECK (status IN ('pending', 'done')));");
            }
            DriftReport first = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server);
            assertThat(first.applicable()).isTrue();
            assertThat(first.plan().toSql()).contains("ADD CONSTRAINT jobs_status_check");
            try (Connection c = target.connect()) {
                PlanApplier.apply(c, first.plan(), null, PlanListener.NONE);
            }
            DriftReport again = DatabaseComparison.compare(target.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server);
            assertThat(again.plan().toSql()).isEmpty();
            assertThat(again.unreproducible()).isEmpty();
            assertThat(again.hasDrift()).isFalse();
        } finally {
            server.dropDatabase(reference);
        }
    }

    /**
     * Both databases have the index under the same name and the model sees no difference, yet their
     * operator classes differ: that is drift the plan cannot make right, said as such and refused.
     */
    @Test
    void anUnmodelledDifferenceOfAnExistingIndexIsDrift(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS + "CREATE INDEX users_email_idx ON users (email text_pattern_ops);"
                        + "ALTER TABLE users SET (fillfactor = 70);",
                USERS + "CREATE INDEX users_email_idx ON users (email);");
        assertThat(report.plan().isEmpty()).isTrue();
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.applicable()).isFalse();
        assertThat(report.unreproducible()).containsExactlyInAnyOrder(
                "index users_email_idx on public.users: the database has operator class text_pattern_ops on column email,"
                        + " the reference has the default operator class on column email; no statement of dibs changes that.",
                "table public.users: the database has storage parameters WITH (fillfactor=70), the reference has no storage"
                        + " parameters; no statement of dibs changes that.");
    }
}
