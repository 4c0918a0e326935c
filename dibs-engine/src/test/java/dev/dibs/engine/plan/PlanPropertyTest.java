package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.Origins;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.solve.SchemaComparison;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.statistics.Statistics;

/**
 * For random schema pairs (A, B) on real Postgres: the plan from nothing to A applies and
 * converges; the plan from A to B, B often with explicit renames of A's tables and columns
 * ({@link RandomRenames}), applies, the database then equals B, and a second diff is empty. 200
 * tries by default; {@code -Djqwik.tries.default=2000} for more.
 */
class PlanPropertyTest {

    static PostgresServer server;
    /** Off when {@link PlanPropertyMain} runs the property outside jqwik. */
    static boolean collectStatistics = true;
    /** Plans that built indexes concurrently, after their transaction: what {@link PlanPropertyMain} reports. */
    static final java.util.concurrent.atomic.AtomicInteger concurrentPlans = new java.util.concurrent.atomic.AtomicInteger();
    /** How many plans built some index before their transaction, under a temporary name (reported by {@link PlanPropertyMain}). */
    static final java.util.concurrent.atomic.AtomicInteger builtBeforePlans = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeContainer
    static void start() {
        server = PostgresServers.fromEnvironment();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    private static Schema canonical(Schema generated) {
        return Canonicalizer.canonicalize(new LoadedSchema(generated, RenameHints.none(), new Origins(Map.of(), Map.of()), List.of()), server);
    }

    private static Schema inspect(Connection c) {
        return Inspector.inspect(c, RandomSchemas.SCHEMAS).schema();
    }

    private static void migrateTo(Connection c, Schema desired, RenameHints hints, PlanOptions options, String what) throws Exception {
        Plan plan;
        try {
            plan = Planner.plan(inspect(c), desired, hints, options, server.majorVersion()); // as dibs:sql plans
        } catch (RuntimeException e) { // with the seeds: a failure must be one command away from running again
            throw new AssertionError(what + " failed to plan", e);
        }
        long builds = plan.statements().stream().filter(s -> s.mode() == TransactionMode.OUTSIDE_TRANSACTION).count();
        long before = plan.statements().stream().filter(s -> s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION).count();
        if (builds > 0) {
            concurrentPlans.incrementAndGet();
        }
        if (before > 0) {
            builtBeforePlans.incrementAndGet();
        }
        if (collectStatistics) {
            Statistics.label(what.startsWith("A") ? "changes A -> B" : what.startsWith("B") ? "changes B -> B with indexes changed" : "changes nothing -> A")
                    .collect(plan.changes().size() == 0 ? "0" : plan.changes().size() < 10 ? "1-9" : "10+");
            if (options.concurrentIndexes()) {
                Statistics.label("statements after the transaction, concurrent builds asked for").collect(builds == 0 ? "0" : "1+");
                Statistics.label("builds before the transaction, concurrent builds asked for").collect(before == 0 ? "0" : "1+");
            }
        }
        List<String> wrongHazards;
        try {
            wrongHazards = HazardWatch.apply(c, plan, null, RandomSchemas.SCHEMAS);
        } catch (RuntimeException e) {
            throw new AssertionError(what + " failed to apply:\n" + plan.toSql(), e);
        }
        assertThat(wrongHazards).as("%s: statements whose hazards are not what PostgreSQL did, plan:%n%s", what, plan.toSql()).isEmpty();
        Schema after = inspect(c);
        assertThat(SchemaComparison.differences(after, desired)).as("%s, plan:%n%s", what, plan.toSql()).isEmpty();
        assertThat(Planner.plan(after, desired, hints, PlanOptions.defaults(), server.majorVersion()).changes()).as("second diff after %s", what).isEmpty();
    }

    @Property
    void plansBetweenRandomSchemasApplyAndConverge(@ForAll long seedA, @ForAll long seedB) throws Exception {
        Schema generatedA = RandomSchemas.generate(seedA, server.majorVersion());
        Schema a = canonical(generatedA);
        // B with the renames the planner-only property draws for the pair (PlanOrderPropertyTest)
        RandomRenames.Renamed renamed = RandomRenames.draw(generatedA, RandomSchemas.generate(seedB, server.majorVersion()),
                PlanOrderPropertyTest.renameSeed(seedA, seedB));
        Schema b = canonical(renamed.schema());
        ConnectionInfo db = server.createDatabase("prop");
        try (Connection c = db.open()) {
            migrateTo(c, a, RenameHints.none(), PlanOptions.defaults(), "nothing -> A (seed " + seedA + ")");
            // every other pair builds the indexes of A's tables concurrently, after the transaction
            PlanOptions options = new PlanOptions(true, ((seedA ^ seedB) & 1) == 1);
            migrateTo(c, b, renamed.hints(), options, "A -> B (seeds " + seedA + ", " + seedB + ", renames " + renamed.hints()
                    + (options.concurrentIndexes() ? ", concurrent index builds" : "") + ")");
            // then B's indexes changed in place (replaced under their names, unique constraints added), built concurrently:
            // before the transaction where the database can (RandomIndexChanges)
            Schema changed = canonical(RandomIndexChanges.draw(b, seedA * 31 + seedB));
            migrateTo(c, changed, RenameHints.none(), new PlanOptions(true, true), "B -> B with indexes changed (seeds " + seedA
                    + ", " + seedB + ", concurrent index builds)");
        } finally {
            server.dropDatabase(db);
        }
    }
}
