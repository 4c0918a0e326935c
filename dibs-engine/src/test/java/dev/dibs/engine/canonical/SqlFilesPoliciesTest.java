package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Policies declared in the SQL files on a Java table whose class enables row-level security: built
 * after the tables, a role the scratch server lacks created there without login, and planned.
 */
@WithPostgres
class SqlFilesPoliciesTest {

    @TempDir
    Path dir;

    private static final String ORDER = """
            @Table(value = "orders", rowLevelSecurity = RowLevelSecurity.ENABLED)
            public record Order(@Pk long id, String customer, long total) {}
            """;

    private LoadedSchema load(String sql) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, ORDER);
        Path file = dir.resolve("classes/dibs/policies.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, sql);
        return IntentLoader.builder().classpath(classpath).packages(List.of("e")).load();
    }

    @Test
    void aRoleTheScratchServerLacksIsCreatedThereWithoutLogin(PostgresServer server, TestDatabase db) throws Exception {
        assertThat(server.discardedWhenClosed()).as("the tests' embedded server is thrown away after the run").isTrue();
        String role = "dibs_scratch_role_" + Long.toUnsignedString(System.nanoTime(), 36);
        Schema desired = Canonicalizer.canonicalize(load("""
                CREATE POLICY own ON orders TO %s USING (customer = current_user);
                CREATE POLICY big ON orders AS RESTRICTIVE FOR INSERT WITH CHECK (total > 0);
                COMMENT ON POLICY own ON orders IS 'a customer sees its own orders';
                """.formatted(role)), server);

        assertThat(desired.table(new QualifiedName("public", "orders")).orElseThrow().options().rowSecurity()).isTrue();
        assertThat(desired.policies()).extracting(Policy::name).containsExactly("big", "own");
        Policy own = desired.policies().get(1);
        assertThat(own.roles()).containsExactly(role);
        assertThat(own.using()).isEqualTo("(customer = CURRENT_USER)");
        assertThat(own.columns()).containsExactly("customer");
        assertThat(own.comment()).isEqualTo("a customer sees its own orders");
        assertThat(desired.policies().get(0).permissive()).isFalse();
        // the tests' scratch server is the test server: the role is there now, and cannot log in
        assertThat(db.queryString("SELECT rolcanlogin::text FROM pg_roles WHERE rolname = '" + role + "'")).isEqualTo("false");
    }

    @Test
    void onAnExistingServerAMissingRoleIsAProblemAndNothingIsCreated(PostgresServer server, TestDatabase db) throws Exception {
        String role = "dibs_scratch_role_" + Long.toUnsignedString(System.nanoTime(), 36);
        LoadedSchema intent = load("CREATE POLICY own ON orders TO %s USING (customer = current_user);\n".formatted(role));
        // the same server, as a user's existing one (checkDatabase=<JDBC URL>): dibs never changes its roles
        try (PostgresServer existing = PostgresServers.existing(server.admin())) {
            assertThat(existing.discardedWhenClosed()).isFalse();
            SchemaValidationException e = catchThrowableOfType(SchemaValidationException.class,
                    () -> Canonicalizer.canonicalize(intent, existing));
            assertThat(e.problems()).singleElement().satisfies(p -> {
                assertThat(p.where()).startsWith("dibs/policies.sql line 1");
                assertThat(p.message()).contains("names the role " + role).contains("never on an existing one");
                assertThat(p.fix()).contains("checkDatabase=embedded");
            });
        }
        assertThat(db.queryString("SELECT count(*) FROM pg_roles WHERE rolname = '" + role + "'")).isEqualTo("0");
    }

    @Test
    void thePlanCreatesThemAfterTheTableAndThenHasNothingToDo(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                CREATE POLICY own ON orders USING (customer = current_user);
                """);

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        assertThat(report.plan().toSql()).contains("ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own ON public.orders AS PERMISSIVE FOR ALL TO PUBLIC USING ((customer = CURRENT_USER));");
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(db.queryString("SELECT count(*) FROM pg_policy WHERE polname = 'own'")).isEqualTo("1");
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults()).hasDrift()).isFalse();
    }
}
