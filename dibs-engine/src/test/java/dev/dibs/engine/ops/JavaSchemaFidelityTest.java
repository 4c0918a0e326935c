package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.plan.PlanApplier;
import dev.dibs.engine.plan.PlanListener;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Java schema as desired state: what the model cannot say is drift, not a note, and the database's extensions are there. */
@WithPostgres
class JavaSchemaFidelityTest {

    @TempDir
    Path dir;

    private LoadedSchema load(String source) {
        List<Path> classpath = JavaSources.compile(dir, Map.of("f/User.java", source));
        return IntentLoader.builder().classpath(classpath).packages(List.of("f")).load();
    }

    /**
     * The database's foreign key matches FULL, which the Java schema cannot say: the models are
     * equal, so no statement is planned, yet dibs:diff reports it as drift, and the plan is not to
     * be applied.
     */
    @Test
    void anAspectTheJavaSchemaLacksIsDrift(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, @References("users.id") @Nullable Long managerId) {}
                """);
        db.execute("CREATE TABLE users (id bigint PRIMARY KEY, manager_id bigint,"
                + " CONSTRAINT users_manager_id_fkey FOREIGN KEY (manager_id) REFERENCES users (id) MATCH FULL);");

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());

        assertThat(report.plan().isEmpty()).isTrue();
        assertThat(report.hasDrift()).isTrue();
        assertThat(report.applicable()).isFalse();
        assertThat(report.unreproducible()).singleElement().asString()
                .startsWith("foreign key users_manager_id_fkey on public.users: the database has").contains("MATCH FULL")
                .contains("the Java schema").endsWith("no statement of dibs changes that.");
        assertThat(report.notManaged()).noneMatch(n -> n.kind().equals("foreign key option"));
    }

    /**
     * A column of an extension's type: the scratch database has the database's extensions before the
     * Java schema, those outside the managed schemas (the ones inside are declared by the SQL files).
     */
    @Test
    void theScratchDatabaseHasTheDatabasesExtensions(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema intent = load("""
                package f;
                import dev.dibs.*;
                @Table("users")
                public record User(@Pk long id, @Column(type = "extensions.citext") String email) {}
                """);
        db.execute("CREATE SCHEMA extensions; CREATE EXTENSION citext SCHEMA extensions");

        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());

        assertThat(report.applicable()).isTrue();
        assertThat(report.plan().toSql()).contains("email extensions.citext NOT NULL");
        try (Connection c = db.connect()) {
            PlanApplier.apply(c, report.plan(), null, PlanListener.NONE);
        }
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults()).hasDrift()).isFalse();
    }
}
