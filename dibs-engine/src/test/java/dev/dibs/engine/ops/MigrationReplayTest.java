package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.ForwardingServer;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole {@code dibs:generate} → {@code dibs:check} → {@code dibs:migrate} round: the migration
 * generated from a replay, compiled by javac, replays to exactly the Java schema, and gives the same
 * schema on a fresh database.
 */
@WithPostgres
class MigrationReplayTest {

    @TempDir
    Path dir;

    /** Replays on the shared test server (a JDBC URL is a checkDatabase spec too), not on a new embedded one. */
    private static String spec(PostgresServer server) {
        ConnectionInfo admin = server.admin();
        return admin.url() + (admin.url().contains("?") ? "&" : "?") + "user=" + URLEncoder.encode(admin.user(), StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(admin.password(), StandardCharsets.UTF_8);
    }

    /**
     * Generates the first migration for {@code entity} (one source of package {@code e}), checks it by
     * replaying, and runs it on {@code fresh}; returns the generated source.
     */
    private String roundTrip(PostgresServer server, TestDatabase fresh, List<String> schemas, String entity) throws Exception {
        String entitySource = "package e;\nimport dev.dibs.*;\n" + entity;
        String entityFile = "e/" + entity.replaceAll("(?s).*?record (\\w+).*", "$1") + ".java";
        List<Path> before = JavaSources.compile(dir.resolve("before"), Map.of(entityFile, entitySource));
        LoadedSchema intent = IntentLoader.builder().classpath(before).packages(List.of("e")).schemas(schemas).load();
        MigrationReplay.Result generate = MigrationReplay.replay(intent, schemas, before, List.of("e"), spec(server), MigrationListener.NONE);
        assertThat(generate.plan().isEmpty()).isFalse();

        Path written = MigrationGenerator.write(generate.plan(), dir.resolve("generated"), "e", "init",
                ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC)).get(0);
        String migration = Files.readString(written);
        Map<String, String> sources = new LinkedHashMap<>(Map.of(entityFile, entitySource));
        sources.put("e/" + written.getFileName(), migration);
        List<Path> after = JavaSources.compile(dir.resolve("after"), sources);

        MigrationReplay.Result check = MigrationReplay.replay(intent, schemas, after, List.of("e"), spec(server), MigrationListener.NONE);
        assertThat(check.migrations().applied()).hasSize(1);
        assertThat(check.plan().statements()).as("dibs:check after dibs:generate, migration:%n%s", migration).isEmpty();

        MigrationRunner.builder().database(fresh.info()).classpath(after).packages(List.of("e")).schemas(schemas).build().run();
        Schema migrated;
        try (Connection c = fresh.connect()) {
            migrated = Inspector.inspect(c, check.desired().namespaces()).schema();
        }
        assertThat(Planner.plan(migrated, check.desired(), intent.renames()).statements())
                .as("dibs:migrate of the generated migration on a fresh database").isEmpty();
        return migration;
    }

    /**
     * The migrations replay while the Java schema is still being read; when both fail, the Java
     * schema's failure is the one said, as when it was read first.
     */
    @Test
    void aJavaSchemaThatCannotBeReadIsSaidBeforeAFailedMigration(PostgresServer server) throws Exception {
        Path classes = dir.resolve("classes");
        Files.createDirectories(classes.resolve("db/migration"));
        Files.writeString(classes.resolve("db/migration/V1__broken.sql"), "CREATE TABLE broken (id int");
        IllegalStateException unreadable = new IllegalStateException("the Java schema cannot be read");
        java.util.function.Supplier<LoadedSchema> failing = () -> {
            throw unreadable;
        };
        // the replay stops the server it is given: an object over the shared server, whose closing only drops its databases
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationReplay.replay(failing, List.of("public"), List.of(classes),
                List.of(), List.of("db/migration"), () -> PostgresServers.existing(server.admin()), MigrationListener.NONE))
                .isSameAs(unreadable);
        IllegalStateException noServer = new IllegalStateException("the server did not start");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationReplay.replay(failing, List.of("public"), List.of(classes),
                List.of(), List.of("db/migration"), () -> {
                    throw noServer;
                }, MigrationListener.NONE)).as("said before a server that did not start").isSameAs(unreadable);

        LoadedSchema empty = IntentLoader.builder().classpath(List.of(classes)).schemas(List.of("public")).load();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationReplay.replay(() -> empty, List.of("public"), List.of(classes),
                        List.of(), List.of("db/migration"), () -> PostgresServers.existing(server.admin()), MigrationListener.NONE))
                .isInstanceOf(dev.dibs.engine.migrate.MigrationFailedException.class).hasMessageContaining("V1__broken");
        TestDatabase admin = new TestDatabase(server.admin());
        org.assertj.core.api.Assertions.assertThat(admin.queryString("SELECT count(*) FROM pg_database WHERE datname LIKE 'dibs\\_check\\_%'"))
                .as("the replay's databases dropped when it stopped its server").isEqualTo("0");
    }

    /** The server a replay is given is stopped exactly once when the replay succeeds, and a failed stop is not lost. */
    @Test
    void theReplayStopsItsServerOnceAndSaysWhenStoppingFailed(PostgresServer server) throws Exception {
        Path classes = dir.resolve("ok");
        Files.createDirectories(classes.resolve("db/migration"));
        Files.writeString(classes.resolve("db/migration/V1__one.sql"), "CREATE TABLE one (id int)");
        LoadedSchema empty = IntentLoader.builder().classpath(List.of(classes)).schemas(List.of("public")).load();
        java.util.concurrent.atomic.AtomicInteger closes = new java.util.concurrent.atomic.AtomicInteger();
        MigrationReplay.Result result = MigrationReplay.replay(() -> empty, List.of("public"), List.of(classes), List.of(),
                List.of("db/migration"), () -> new Closing(PostgresServers.existing(server.admin()), closes, null), MigrationListener.NONE);
        org.assertj.core.api.Assertions.assertThat(result.migrations().applied()).hasSize(1);
        org.assertj.core.api.Assertions.assertThat(result.plan().isEmpty()).as("the Java schema has no table `one`").isFalse();
        org.assertj.core.api.Assertions.assertThat(closes).hasValue(1);
        org.assertj.core.api.Assertions.assertThat(new TestDatabase(server.admin())
                        .queryString("SELECT count(*) FROM pg_database WHERE datname LIKE 'dibs\\_check\\_%'"))
                .as("closing the server dropped the replay's database").isEqualTo("0");

        IllegalStateException stuck = new IllegalStateException("the server would not stop");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationReplay.replay(() -> empty, List.of("public"), List.of(classes),
                List.of(), List.of("db/migration"), () -> new Closing(PostgresServers.existing(server.admin()), closes, stuck),
                MigrationListener.NONE)).isSameAs(stuck);
    }

    /** A server whose closing is counted, and then fails with {@code failure} when it is not null. */
    private static final class Closing extends ForwardingServer {
        private final java.util.concurrent.atomic.AtomicInteger closes;
        private final RuntimeException failure;

        Closing(PostgresServer server, java.util.concurrent.atomic.AtomicInteger closes, RuntimeException failure) {
            super(server);
            this.closes = closes;
            this.failure = failure;
        }

        @Override
        public void close() {
            closes.incrementAndGet();
            server.close();
            if (failure != null) {
                throw failure;
            }
        }
    }

    @Test
    void aSecondSchemaIsCreatedByTheGeneratedMigration(PostgresServer server, TestDatabase fresh) throws Exception {
        String migration = roundTrip(server, fresh, List.of("public", "audit"), """
                @Table(value = "events", schema = "audit")
                public record Event(@Pk long id, String name) {}
                """);
        assertThat(migration).contains("CREATE SCHEMA audit");
        assertThat(fresh.queryStrings("SELECT table_schema || '.' || table_name FROM information_schema.tables"
                + " WHERE table_name IN ('events', '__dibs_migrations') ORDER BY 1"))
                .containsExactly("audit.events", "public.__dibs_migrations");
    }

    @Test
    void aCheckWithTheJsonbQuestionMarkOperatorReplays(PostgresServer server, TestDatabase fresh) throws Exception {
        String migration = roundTrip(server, fresh, List.of("public"), """
                @Table("docs")
                @Check(name = "docs_no_secret", value = "NOT (j ? 'secret')")
                public record Doc(@Pk long id, @Column(type = "jsonb") String j) {}
                """);
        assertThat(migration).contains("j ? 'secret'");
    }

    @Test
    void aDefaultWithASpaceBeforeALineBreakComesBackExactly(PostgresServer server, TestDatabase fresh) throws Exception {
        String migration = roundTrip(server, fresh, List.of("public"), """
                @Table("notes")
                public record Note(@Pk long id, @Default("'a \\nb \\\\ \\"\\"\\" c'") String body) {}
                """);
        assertThat(fresh.queryString("SELECT column_default FROM information_schema.columns WHERE table_name = 'notes'"
                + " AND column_name = 'body'")).isEqualTo("'a \nb \\ \"\"\" c'::text");
        assertThat(migration).contains("DEFAULT 'a\\s\n");
    }

    /**
     * A migration making a foreign key MATCH FULL, which the Java schema cannot say: the models are
     * equal, so no statement is planned, yet the replay does not give the Java schema (dibs:diff would
     * call the migrated database drifted), and dibs:check says so; without the MATCH FULL it agrees.
     */
    @Test
    void anAspectTheJavaSchemaLacksMakesTheReplayDisagree(PostgresServer server) throws Exception {
        String entity = """
                package e;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, @References("users.id") @Nullable Long managerId) {}
                """;
        String table = "CREATE TABLE users (id bigint PRIMARY KEY, manager_id bigint,"
                + " CONSTRAINT users_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users (id)";
        for (String match : List.of(" MATCH FULL", "")) {
            Path sources = dir.resolve(match.isEmpty() ? "simple" : "full");
            List<Path> classpath = JavaSources.compile(sources, Map.of("e/User.java", entity));
            Files.createDirectories(classpath.get(0).resolve("db/migration"));
            Files.writeString(classpath.get(0).resolve("db/migration/V1__users.sql"), table + match + ");");
            LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("e")).schemas(List.of("public")).load();

            MigrationReplay.Result result = MigrationReplay.replay(intent, List.of("public"), classpath, List.of("e"), spec(server),
                    MigrationListener.NONE);

            assertThat(result.migrations().applied()).hasSize(1);
            assertThat(result.plan().isEmpty()).as("the models are equal").isTrue();
            if (match.isEmpty()) {
                assertThat(result.unreproducible()).isEmpty();
                assertThat(result.agree()).isTrue();
            } else {
                assertThat(result.unreproducible()).singleElement().asString()
                        .startsWith("foreign key users_manager_id_fkey on public.users: the database has").contains("MATCH FULL")
                        .contains("the Java schema").endsWith("no statement of dibs changes that.");
                assertThat(result.agree()).isFalse();
            }
        }
    }
}
