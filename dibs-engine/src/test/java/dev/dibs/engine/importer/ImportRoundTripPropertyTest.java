package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.ExpressionNames;
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
import java.util.Set;
import java.util.stream.Collectors;
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
 * For random schemas ({@link RandomSchemas}, its tables and enum types: the objects of SQL files
 * are the other half of the import) made real on PostgreSQL, the import's records load back to
 * no difference. Tries: {@code -Ddibs.importTries=N}, 200 by default.
 */
class ImportRoundTripPropertyTest {

    static final String TRIES = "dibs.importTries";

    static PostgresServer server;

    @BeforeContainer
    static void start() {
        server = PostgresServers.fromEnvironment();
    }

    @AfterContainer
    static void stop() {
        server.close();
    }

    @AddLifecycleHook(Tries.class)
    @Property(shrinking = ShrinkingMode.OFF) // each try builds databases: shrinking would take minutes
    void importedRecordsLoadBackToTheSameSchema(@ForAll long seed) throws Exception {
        // made real by a plan straight from the generated model: what the database then holds is
        // the input, whatever PostgreSQL made of the expressions
        Schema desired = tablesAndEnums(RandomSchemas.generate(seed));
        ConnectionInfo db = server.createDatabase("imp");
        Path dir = Files.createTempDirectory("dibs-import-");
        try {
            try (Connection c = db.open()) {
                Plan plan = Planner.plan(Inspector.inspect(c, List.of("public")).schema(), desired, RenameHints.none());
                PlanApplier.apply(c, plan, null, PlanListener.NONE);
            }
            RoundTrip.Result result = RoundTrip.run(db, List.of("public"), server, dir);
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

    /**
     * The generated schema's tables and enum types, without what needs the objects of SQL files:
     * columns of a domain or filled from a sequence, checks and indexes calling a function.
     */
    static Schema tablesAndEnums(Schema s) {
        Set<QualifiedName> enums = s.enums().stream().map(EnumType::name).collect(Collectors.toSet());
        List<Table> tables = s.tables().stream().map(t -> {
            List<Column> columns = t.columns().stream().filter(c -> c.type().isBuiltin()
                    || enums.contains(new QualifiedName(c.type().schema(), c.type().name())))
                    .filter(c -> c.defaultExpression() == null || !c.defaultExpression().contains("nextval(")).toList();
            List<String> kept = columns.stream().map(Column::name).toList();
            List<String> dropped = t.columns().stream().map(Column::name).filter(n -> !kept.contains(n)).toList();
            List<Index> indexes = t.indexes().stream().filter(i -> i.keys().stream().allMatch(k -> k.isExpression()
                    ? usable(k.expression(), dropped) : kept.contains(k.column()))
                    && (i.predicate() == null || usable(i.predicate(), dropped))).toList();
            return t.withColumns(columns).withIndexes(indexes)
                    .withChecks(t.checks().stream().filter(c -> usable(c.expression(), dropped)).toList())
                    .withUniques(t.uniques().stream().filter(u -> kept.containsAll(u.columns())).toList());
        }).toList();
        // every enum type stays, used or not: an unused one is a @PgEnum enum no column names
        return new Schema(s.namespaces(), tables, s.enums());
    }

    /** Whether an expression calls no function of the SQL files and uses none of the dropped columns. */
    private static boolean usable(String expression, List<String> dropped) {
        return !expression.contains("f0(") && ExpressionNames.referencedColumns(expression, dropped).isEmpty();
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    /** Sets the tries from {@value #TRIES} (200 when not given). */
    static final class Tries implements AroundPropertyHook {
        @Override
        public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
            context.attributes().setTries(Integer.getInteger(TRIES, 200));
            return property.execute();
        }

        @Override
        public int aroundPropertyProximity() {
            return -100; // outermost: the tries must be set before the property starts generating
        }
    }
}
