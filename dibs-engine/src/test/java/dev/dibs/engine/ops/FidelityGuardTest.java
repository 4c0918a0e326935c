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

    /**
     * An aspect the model has learnt: the guard finds nothing, the plan may be applied, and its
     * statements write the aspect.
     */
    private static void reproduced(DriftReport report, String... writtenSql) {
        assertThat(report.unreproducible()).isEmpty();
        assertThat(report.applicable()).isTrue();
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.plan().toSql()).contains(writtenSql);
    }

    // Before the model learnt them, each aspect below was a refusal of the guard (and, before the
    // guard, silently left out of what dibs wrote).
    @Test
    void anOperatorClassIsWritten(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE INDEX users_email_pattern ON users (email text_pattern_ops);");
        reproduced(report, "CREATE INDEX users_email_pattern ON public.users USING btree (email text_pattern_ops)");
    }

    @Test
    void nullsNotDistinctIsWritten(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE UNIQUE INDEX users_code_nnd ON users (code) NULLS NOT DISTINCT;");
        reproduced(report, "(code) NULLS NOT DISTINCT");
    }

    @Test
    void unloggedAndStorageParametersAreWritten(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE UNLOGGED TABLE cache (k text PRIMARY KEY, v text)"
                + " WITH (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.005);");
        reproduced(report, "CREATE UNLOGGED TABLE public.cache", ") WITH (autovacuum_vacuum_scale_factor=0.005, fillfactor=50)");
    }

    @Test
    void aPartitionedTableIsCreatedPartitioned(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS + "CREATE TABLE events (id int, kind text) PARTITION BY LIST (kind);");
        reproduced(report, ") PARTITION BY LIST (kind)");
    }

    /** Deferrable keys and NO INHERIT are modelled; MATCH FULL is an aspect no issue plans to model: it stays a refusal. */
    @Test
    void aspectsDibsDoesNotModelStayRefusals(TestDatabase target, PostgresServer server) throws Exception {
        DriftReport report = compare(target, server, USERS, USERS
                + "CREATE TABLE orders (id int PRIMARY KEY, a int, b int, ref text,"
                + " CONSTRAINT orders_ref_key UNIQUE (ref) DEFERRABLE INITIALLY DEFERRED,"
                + " CONSTRAINT orders_positive CHECK (a > 0) NO INHERIT);"
                + "CREATE TABLE lines (a int, b int, UNIQUE (a, b));"
                + "ALTER TABLE orders ADD CONSTRAINT orders_lines_fkey FOREIGN KEY (a, b) REFERENCES lines (a, b) MATCH FULL;");
        refusedAspect(report, "foreign key orders_lines_fkey on public.orders", "MATCH FULL");
        assertThat(report.unreproducible()).hasSize(1);
        assertThat(report.plan().toSql()).contains("UNIQUE (ref) DEFERRABLE INITIALLY DEFERRED", "CHECK ((a > 0)) NO INHERIT");
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
        reproduced(report, "USING gin (org_id, email public.gin_trgm_ops) WHERE (email IS NOT NULL)");
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
     * Both databases have the foreign key under the same name and the model sees no difference, yet
     * one matches FULL: that is drift the plan cannot make right, said as such and refused.
     */
    @Test
    void anUnmodelledDifferenceOfAnExistingConstraintIsDrift(TestDatabase target, PostgresServer server) throws Exception {
        String lines = "CREATE TABLE lines (a int, b int, UNIQUE (a, b)); CREATE TABLE orders (a int, b int);";
        DriftReport report = compare(target, server,
                USERS + lines + "ALTER TABLE orders ADD CONSTRAINT orders_lines_fkey FOREIGN KEY (a, b) REFERENCES lines (a, b) MATCH FULL;",
                USERS + lines + "ALTER TABLE orders ADD CONSTRAINT orders_lines_fkey FOREIGN KEY (a, b) REFERENCES lines (a, b);");
        assertThat(report.plan().isEmpty()).isTrue();
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.applicable()).isFalse();
        assertThat(report.unreproducible()).singleElement().asString()
                .startsWith("foreign key orders_lines_fkey on public.orders: the database has")
                .contains("MATCH FULL").endsWith("no statement of dibs changes that.");
    }
}
