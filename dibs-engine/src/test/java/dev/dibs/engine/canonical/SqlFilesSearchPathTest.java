package dev.dibs.engine.canonical;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.TestSchemas;
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
 * With schemas {@code app, public}, an unqualified {@code ON orders} in the SQL files names the
 * table where PostgreSQL finds it: dibs builds the files with {@code search_path} {@code app, public},
 * so it is {@code public.orders} when {@code app} has none. A policy there is accepted (it was
 * refused as being on {@code app.orders}), a trigger's rename hint renames it (it was dropped and
 * created again), and an index goes on the materialized view of {@code public}.
 */
@WithPostgres
class SqlFilesSearchPathTest {

    @TempDir
    Path dir;

    @Test
    void anUnqualifiedTableIsFoundInTheFirstSchemaThenPublic(PostgresServer server, TestDatabase target) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, """
                @Table(value = "orders", rowLevelSecurity = RowLevelSecurity.ENABLED)
                public record Order(@Pk long id, String customer, long total) {}
                """, """
                @Table(value = "events", schema = "app")
                public record Event(@Pk long id, String what) {}
                """);
        Path file = dir.resolve("classes/dibs/objects.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, """
                CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE POLICY own ON orders USING (customer = current_user);
                -- dibs:renamed-from orders_touched
                CREATE TRIGGER orders_touch BEFORE UPDATE ON orders FOR EACH ROW EXECUTE FUNCTION touch();
                CREATE MATERIALIZED VIEW public.totals AS SELECT customer, sum(total) AS total FROM orders GROUP BY customer;
                CREATE UNIQUE INDEX totals_customer ON totals (customer);
                """);
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("e")).schemas(List.of("app", "public")).load();
        assertThat(intent.renames().triggers())
                .containsExactly(new RenameHints.TriggerRename(new QualifiedName("public", "orders"), "orders_touch", "orders_touched"));

        target.execute("""
                CREATE SCHEMA app;
                CREATE TABLE app.events (id bigint PRIMARY KEY, what text NOT NULL);
                CREATE TABLE public.orders (id bigint PRIMARY KEY, customer text NOT NULL, total bigint NOT NULL);
                ALTER TABLE public.orders ENABLE ROW LEVEL SECURITY;
                CREATE FUNCTION app.touch() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$;
                CREATE TRIGGER orders_touched BEFORE UPDATE ON public.orders FOR EACH ROW EXECUTE FUNCTION app.touch();
                """);
        DriftReport report = DriftDetector.detect(intent, target.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults());

        assertThat(report.plan().toSql())
                .contains("ALTER TRIGGER orders_touched ON public.orders RENAME TO orders_touch")
                .doesNotContain("DROP TRIGGER")
                .contains("CREATE POLICY own ON public.orders")
                .contains("CREATE UNIQUE INDEX totals_customer ON public.totals");
        try (Connection c = target.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(DriftDetector.detect(intent, target.info(), () -> PostgresServers.existing(server.admin()), PlanOptions.defaults())
                .plan().statements()).as("applied, the database matches").isEmpty();
    }

    /**
     * The first schema is the first one given, not the first by name: with schemas {@code public, audit}
     * an unqualified {@code CREATE} puts the object in {@code public}, as the loader and the plan take
     * it (the scratch build once put it in {@code audit}, the model's first by name).
     */
    @Test
    void anUnqualifiedObjectGoesToTheFirstSchemaGivenNotTheFirstByName(PostgresServer server) throws Exception {
        List<Path> classpath = TestSchemas.compile(dir, """
                @Table("entries")
                public record Entry(@Pk long id, @Default("nextval('counter')") long number) {}
                """, """
                @Table(value = "trail", schema = "audit")
                public record Trail(@Pk long id) {}
                """);
        Path file = dir.resolve("classes/dibs/objects.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "CREATE SEQUENCE counter;\nCREATE DOMAIN positive AS integer CHECK (VALUE > 0);\n");
        LoadedSchema intent = IntentLoader.builder().classpath(classpath).packages(List.of("e")).schemas(List.of("public", "audit"))
                .load();
        assertThat(intent.schemas()).containsExactly("public", "audit");

        Schema desired = Canonicalizer.canonicalize(intent, server);
        assertThat(desired.sequences()).extracting(q -> q.name().toString()).containsExactly("public.counter");
        assertThat(desired.domains()).extracting(d -> d.name().toString()).containsExactly("public.positive");
    }
}
