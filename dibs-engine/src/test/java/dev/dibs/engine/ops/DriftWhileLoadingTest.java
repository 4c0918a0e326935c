package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dibs:diff} reads the database while the Java schema is still being loaded, for the schemas it
 * was configured with; when the Java schema turns out to live in other schemas (an entity in a schema
 * nobody listed), the database is read again for those, so the comparison is of like with like.
 */
@WithPostgres
class DriftWhileLoadingTest {

    @TempDir
    Path dir;

    private LoadedSchema inApp() {
        List<Path> cp = JavaSources.compile(dir.resolve("java"), Map.of(
                "com/acme/Thing.java", "package com.acme; import dev.dibs.*;"
                        + " @Table(value = \"things\", schema = \"app\") public record Thing(@Pk long id, String name) {}"));
        return IntentLoader.builder().classpath(cp).packages(List.of("com.acme")).schemas(List.of("app")).load();
    }

    @Test
    void aJavaSchemaInOtherSchemasThanTheConfiguredOnesIsComparedWithThoseSchemas(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA app; CREATE TABLE app.things (id bigint PRIMARY KEY, name text NOT NULL);"
                + " CREATE TABLE public.unrelated (id int)");
        LoadedSchema intent = inApp();
        assertThat(intent.schema().namespaces()).containsExactly("app");
        // read for "public" while loading, as if configured so: that read would plan app.things' creation
        // and public.unrelated's drop
        DriftReport report = DriftDetector.detect(() -> intent, List.of("public"), db.info(),
                ScratchServers.Factory.always(() -> server), PlanOptions.defaults(), Inspector.HISTORY_TABLES);
        assertThat(report.plan().toSql()).as("compared with app, as the Java schema is").isEmpty();
        assertThat(report.hasDrift()).isFalse();
    }
}
