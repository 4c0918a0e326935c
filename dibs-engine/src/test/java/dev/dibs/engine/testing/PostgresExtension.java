package dev.dibs.engine.testing;

import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Real PostgreSQL for tests: one server per test JVM ({@code PostgresServers.fromEnvironment()}:
 * embedded, or the server in {@code DIBS_TEST_DATABASE_URL}), and a fresh database for each test
 * that asks for one.
 *
 * <ul>
 *   <li>A {@link TestDatabase} parameter of a test or lifecycle method gets a new, empty database,
 *       shared by that method's parameters and its {@code @BeforeEach}/{@code @AfterEach}, dropped
 *       after the test. In a constructor it lives as long as the test instance.</li>
 *   <li>A {@link PostgresServer} parameter gets the shared server itself (it cannot be closed).</li>
 * </ul>
 *
 * <p>The server starts on first use and stops when the test run ends, through JUnit's root store,
 * which closes what it holds. When no server can be had, the tests fail with a message saying
 * how to provide one; they are never skipped, since a skipped database test looks like a pass.
 */
public final class PostgresExtension implements ParameterResolver {
    private static final Namespace NAMESPACE = Namespace.create(PostgresExtension.class);
    private static final String DATABASE_PREFIX = "t";

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == TestDatabase.class || type == PostgresServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        try {
            if (parameter.getParameter().getType() == PostgresServer.class) {
                return new UnclosableServer(server(context));
            }
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(ScratchDatabase.class, key -> ScratchDatabase.create(server(context)),
                            ScratchDatabase.class)
                    .database();
        } catch (RuntimeException e) {
            throw new ParameterResolutionException(e.getMessage(), e);
        }
    }

    private static PostgresServer server(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedServer.class, key -> new SharedServer(), SharedServer.class)
                .get();
    }

    /** Kept in the test's store, which closes it (dropping the database) when the test ends. */
    private record ScratchDatabase(PostgresServer server, TestDatabase database) implements AutoCloseable {
        static ScratchDatabase create(PostgresServer server) {
            ConnectionInfo info = server.createDatabase(DATABASE_PREFIX);
            return new ScratchDatabase(server, new TestDatabase(info));
        }

        @Override
        public void close() {
            server.dropDatabase(database.info());
        }
    }
}
