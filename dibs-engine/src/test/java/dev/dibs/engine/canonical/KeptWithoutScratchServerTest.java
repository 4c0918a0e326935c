package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.TestSchemas;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ForwardingServer;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * When the scratch server's identity is known before it starts (the plugin's embedded servers), a
 * Java schema read back by an earlier run is taken without starting one: {@code dibs:diff} and
 * {@code dibs:migrate}'s check then start no scratch server at all, unless the plan needs one (a
 * check to write is built again to learn how PostgreSQL stores it).
 */
@WithPostgres
class KeptWithoutScratchServerTest {

    @TempDir
    Path dir;

    private static final String USER = """
            @Table("users")
            public record User(@Pk long id, String email, @Default("now()") java.time.OffsetDateTime created) {}
            """;

    /** A factory that says the identity of what it would start, and counts what it starts. */
    private static final class Counting implements ScratchServers.Factory {
        final List<Integer> started = new ArrayList<>();
        private final PostgresServer server;

        Counting(PostgresServer server) {
            this.server = server;
        }

        @Override
        public PostgresServer start(int major) {
            started.add(major);
            return new ForwardingServer(server) {
                @Override
                public String identity() {
                    return Counting.this.identity(major);
                }

                @Override
                public void close() {
                    // the shared test server stays up
                }
            };
        }

        @Override
        public boolean owns() {
            return false;
        }

        @Override
        public String identity(int major) {
            return "test scratch server " + major;
        }
    }

    @BeforeEach
    void ownCache() {
        Canonicalizer.useCache(CanonicalCache.in(dir.resolve("cache"), "dibs test build"));
    }

    @AfterEach
    void machineCache() {
        Canonicalizer.useCache(null);
    }

    private LoadedSchema load(String name, String... types) {
        return IntentLoader.builder().classpath(TestSchemas.compile(dir.resolve(name), types)).packages(List.of("e")).load();
    }

    private static DriftReport diff(LoadedSchema intent, TestDatabase db, ScratchServers.Factory factory) {
        return DriftDetector.detect(() -> intent, intent.schema().namespaces(), db.info(), factory, PlanOptions.defaults(),
                Inspector.HISTORY_TABLES);
    }

    @Test
    void aDiffOfAJavaSchemaReadBackBeforeStartsNoScratchServer(TestDatabase db, PostgresServer server) throws Exception {
        Counting factory = new Counting(server);
        DriftReport first = diff(load("a", USER), db, factory);
        assertThat(factory.started).as("read back the first time").containsExactly(server.majorVersion());

        DriftReport again = diff(load("b", USER), db, factory);
        assertThat(factory.started).as("taken the second time, without a server").hasSize(1);
        assertThat(again.plan().toSql()).isEqualTo(first.plan().toSql()).contains("CREATE TABLE");
        assertThat(again.warnings()).isEqualTo(first.warnings());

        db.execute(first.plan().toSql());
        assertThat(diff(load("c", USER), db, factory).hasDrift()).as("in sync, still without a server").isFalse();
        assertThat(factory.started).hasSize(1);

        diff(load("d", USER.replace("String email,", "String email, String name,")), db, factory);
        assertThat(factory.started).as("another Java schema is read back").hasSize(2);
    }

    @Test
    void migratesCheckTakesItToo(TestDatabase db, PostgresServer server) throws Exception {
        Counting factory = new Counting(server);
        DriftReport first = diff(load("a", USER), db, factory);
        db.execute(first.plan().toSql());
        try (DriftDetector.Ahead ahead = DriftDetector.Ahead.start(load("b", USER), db.info(), factory, Inspector.HISTORY_TABLES)) {
            assertThat(ahead.detect(PlanOptions.defaults()).hasDrift()).isFalse();
        }
        assertThat(factory.started).hasSize(1);
    }

    @Test
    void aPlanThatWritesACheckStillStartsTheServerToLearnHowItIsStored(TestDatabase db, PostgresServer server) throws Exception {
        String checked = """
                @Table("prices")
                @Check("amount >= 0")
                public record Price(@Pk long id, int amount) {}
                """;
        Counting factory = new Counting(server);
        DriftReport first = diff(load("a", checked), db, factory);
        assertThat(factory.started).hasSize(1);
        DriftReport again = diff(load("b", checked), db, factory);
        assertThat(factory.started).as("kept, but the check is built again").hasSize(2);
        assertThat(again.plan().toSql()).isEqualTo(first.plan().toSql()).contains("CHECK");
    }
}
