package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.RandomSchemas;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.BeforeContainer;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * For random schemas ({@link RandomSchemas}: tables, enum types, and the objects of SQL files)
 * made real on PostgreSQL, the whole import (records and {@code dibs/*.sql} files) loads back to
 * no difference. Tries: {@code -Ddibs.importTries=N}, {@value #DEFAULT_TRIES} by default (a sample that keeps
 * a clean-clone CI run under 30 minutes; longer runs are reported in the closing notes); the time they took is printed.
 */
class ImportRoundTripPropertyTest {

    static final String TRIES = "dibs.importTries";
    static final int DEFAULT_TRIES = 120;

    static PostgresServer server;

    private static long started;

    @BeforeContainer
    static void start() {
        started = System.nanoTime();
        server = PostgresServers.fromEnvironment();
    }

    @AfterContainer
    static void stop() {
        server.close();
        System.out.println("import round-trip property: " + Integer.getInteger(TRIES, DEFAULT_TRIES) + " tries in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    @AddLifecycleHook(Tries.class)
    @Property(shrinking = ShrinkingMode.OFF) // each try builds databases: shrinking would take minutes
    void importedRecordsLoadBackToTheSameSchema(@ForAll long seed) throws Exception {
        // made real by a plan straight from the generated model: what the database then holds is
        // the input, whatever PostgreSQL made of the expressions
        Schema desired = RandomSchemas.generate(seed, server.majorVersion());
        ConnectionInfo db = server.createDatabase("imp");
        Path dir = Files.createTempDirectory("dibs-import-");
        try {
            try (Connection c = db.open()) {
                Plan plan = Planner.plan(Inspector.inspect(c, RandomSchemas.SCHEMAS).schema(), desired, RenameHints.none());
                PlanApplier.apply(c, plan, null, PlanListener.NONE);
            }
            RoundTrip.Result result = RoundTrip.run(db, RandomSchemas.SCHEMAS, server, dir);
            assertThat(result.empty()).as("seed %d: %s", seed, new Object() {
                @Override
                public String toString() {
                    return result.explain();
                }
            }).isTrue();
        } finally {
            server.dropDatabase(db);
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Sets the tries from {@value #TRIES} ({@value #DEFAULT_TRIES} when not given). */
    static final class Tries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger(TRIES, DEFAULT_TRIES));
            return property.execute();
        }

        @Override
        public int aroundPropertyProximity() {
            return -100; // outermost: the tries must be set before the property starts generating
        }
    }
}
