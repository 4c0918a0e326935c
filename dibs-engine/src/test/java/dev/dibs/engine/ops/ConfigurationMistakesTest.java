package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.diff.SchemaChange;
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
 * A typo in {@code schemas} or {@code packages} is said, against a real database, before it
 * creates a stray schema or drops every table.
 */
@WithPostgres
class ConfigurationMistakesTest {

    @TempDir
    Path dir;

    private List<Path> shop() {
        return JavaSources.compile(dir, Map.of(
                "com/acme/A.java", "package com.acme; import dev.dibs.*; @Table(\"a\") public record A(@Pk long id) {}",
                "com/acme/B.java", "package com.acme; import dev.dibs.*; @Table(value = \"b\", schema = \"app\") public record B(@Pk long id) {}"));
    }

    @Test
    void aConfiguredSchemaTheDatabaseLacksAndNoTableUsesIsWarned(TestDatabase db, PostgresServer server) {
        LoadedSchema intent = IntentLoader.builder().classpath(shop()).packages(List.of("com.acme"))
                .schemas(List.of("public", "pubilc", "app")).load();
        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults());
        // app is missing too, but a table is declared there: creating it is what the user asked for.
        assertThat(report.warnings()).containsExactly("schema \"pubilc\" (schemas) does not exist in the database and no "
                + "@Table class uses it: check the spelling; the plan creates it empty.");
        assertThat(report.plan().changes()).contains(new SchemaChange.CreateSchema("pubilc"));
    }

    @Test
    void anExistingEmptySchemaIsNoMistake(TestDatabase db, PostgresServer server) throws Exception {
        db.execute("CREATE SCHEMA reporting");
        LoadedSchema intent = IntentLoader.builder().classpath(shop()).packages(List.of("com.acme"))
                .schemas(List.of("public", "app", "reporting")).load();
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults()).warnings()).isEmpty();
    }

    @Test
    void anEmptyJavaSchemaThatWouldDropTablesIsRefused(TestDatabase db, PostgresServer server) throws Exception {
        // a name a migration gave, holding a line feed: shown escaped, on the message's one line
        db.execute("CREATE TABLE a (id bigint PRIMARY KEY); CREATE TABLE c (id bigint PRIMARY KEY);"
                + " CREATE TABLE \"d\n[INFO] BUILD SUCCESS\" (id bigint)");
        LoadedSchema typo = IntentLoader.builder().classpath(shop()).packages(List.of("com.advv")).load();
        DriftReport report = DriftDetector.detect(typo, db.info(), () -> server, PlanOptions.defaults());
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w).startsWith("no @Table classes found in com.advv (packages)"));
        assertThatThrownBy(() -> EmptySchemaGuard.check(report, List.of("com.advv")))
                .isInstanceOf(DibsException.class)
                .hasMessageStartingWith("Refused to apply the plan; nothing was applied: no @Table classes found in com.advv "
                        + "(packages), so the plan would drop every table (public.a, public.c, public.d\\n[INFO] BUILD SUCCESS).")
                .hasMessageContaining("packages parameter (dibs.packages)");
    }

    @Test
    void anEmptySchemaWithNothingToDropOrADeclaredSchemaPasses(TestDatabase db, PostgresServer server) throws Exception {
        LoadedSchema empty = IntentLoader.builder().classpath(shop()).packages(List.of("com.advv")).load();
        DriftReport nothingToDrop = DriftDetector.detect(empty, db.info(), () -> server, PlanOptions.defaults());
        assertThatCode(() -> EmptySchemaGuard.check(nothingToDrop, List.of("com.advv"))).doesNotThrowAnyException();

        db.execute("CREATE TABLE old (id bigint PRIMARY KEY)");
        LoadedSchema declared = IntentLoader.builder().classpath(shop()).packages(List.of("com.acme"))
                .schemas(List.of("public", "app")).load();
        DriftReport dropsOne = DriftDetector.detect(declared, db.info(), () -> server, PlanOptions.defaults());
        assertThat(dropsOne.plan().changes()).anyMatch(SchemaChange.DropTable.class::isInstance);
        assertThatCode(() -> EmptySchemaGuard.check(dropsOne, List.of("com.acme"))).doesNotThrowAnyException();
    }
}
