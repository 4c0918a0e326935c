package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.solve.SchemaComparison;
import dev.dibs.engine.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

/**
 * Runs one case on real Postgres: the current schema from DDL, the desired one from annotated
 * classes; plans, applies the plan, and proves that the database then equals the desired schema
 * and that a second diff is empty.
 */
final class PlanHarness {

    private final TestDatabase db;
    private final PostgresServer server;
    private final Path dir;
    private PlanOptions options = PlanOptions.defaults();

    PlanHarness(TestDatabase db, PostgresServer server, Path dir) {
        this.db = db;
        this.server = server;
        this.dir = dir;
    }

    PlanHarness options(PlanOptions options) {
        this.options = options;
        return this;
    }

    Schema inspect() throws Exception {
        try (Connection c = db.connect()) {
            return Inspector.inspect(c, List.of("public", "app")).schema();
        }
    }

    LoadedSchema load(String... classes) {
        return IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve("v" + System.nanoTime()), classes))
                .packages(List.of("e")).schemas(List.of("public")).load();
    }

    /** Plans from the database's current state to the classes, applies, and checks convergence. */
    Plan migrate(String... classes) throws Exception {
        LoadedSchema intent = load(classes);
        Schema desired = Canonicalizer.canonicalize(intent, server);
        Schema current = inspect();
        Plan plan = Planner.plan(current, desired, intent.renames(), options, server.majorVersion()); // as dibs:migrate plans
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, plan, "5s", PlanListener.NONE);
        }
        Schema after = inspect();
        assertThat(SchemaComparison.differences(after, desired)).as("database after the plan:%n%s", plan.toSql()).isEmpty();
        Plan again = Planner.plan(after, desired, intent.renames(), options, server.majorVersion());
        assertThat(again.changes()).as("a second diff after:%n%s", plan.toSql()).isEmpty();
        return plan;
    }

    /** The statements' SQL, one string per statement. */
    static List<String> sql(Plan plan) {
        return plan.statements().stream().map(Statement::sql).toList();
    }
}
