package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.testing.JavaSources;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history tables of the tools dibs takes over from — Flyway's (as Flyway 13.12.0 creates it, under
 * its default and a configured name) and Liquibase's — are neither managed nor noted, so never planned for a drop.
 */
@WithPostgres
class HistoryTablesTest {

    @TempDir
    Path dir;

    private void historyTables(TestDatabase db) throws Exception {
        Path sql = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(sql.resolve("V1__a.sql"), "CREATE TABLE a (id bigint PRIMARY KEY);\n");
        Flyway.configure().dataSource(db.info().url(), db.info().user(), db.info().password()).locations("filesystem:" + sql)
                .load().migrate();
        Flyway.configure().dataSource(db.info().url(), db.info().user(), db.info().password()).locations("filesystem:" + sql)
                .table("deploys").baselineOnMigrate(true).baselineVersion("1").load().migrate();
        // Liquibase's two tables, as Liquibase 4 creates them on PostgreSQL
        db.execute("CREATE TABLE databasechangeloglock (id integer NOT NULL PRIMARY KEY, locked boolean NOT NULL,"
                + " lockgranted timestamp, lockedby varchar(255))");
        db.execute("CREATE TABLE databasechangelog (id varchar(255) NOT NULL, author varchar(255) NOT NULL,"
                + " filename varchar(255) NOT NULL, dateexecuted timestamp NOT NULL, orderexecuted integer NOT NULL,"
                + " exectype varchar(10) NOT NULL, md5sum varchar(35), description varchar(255), comments varchar(255),"
                + " tag varchar(255), liquibase varchar(20), contexts varchar(255), labels varchar(255), deployment_id varchar(10))");
    }

    private LoadedSchema intent() {
        List<Path> cp = JavaSources.compile(dir.resolve("java"), Map.of(
                "com/acme/A.java", "package com.acme; import dev.dibs.*; @Table(\"a\") public record A(@Pk long id) {}"));
        return IntentLoader.builder().classpath(cp).packages(List.of("com.acme")).load();
    }

    @Test
    void theInspectionLeavesHistoryTablesOutAndTheConfiguredNameReachesIt(TestDatabase db) throws Exception {
        historyTables(db);
        assertThat(db.queryStrings("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"))
                .containsExactly("a", "databasechangelog", "databasechangeloglock", "deploys", "flyway_schema_history");
        Inspection configured = Inspector.inspect(db.info(), List.of("public"), Inspector.historyTables(new QualifiedName("public", "deploys")));
        assertThat(configured.schema().tables()).extracting(t -> t.name().name()).containsExactly("a");
        assertThat(configured.notManaged()).noneMatch(n -> n.name().contains("flyway") || n.name().contains("deploys")
                || n.name().contains("databasechangelog"));
        // without the configured name only the default names are left out
        assertThat(Inspector.inspect(db.info(), List.of("public")).schema().tables()).extracting(Table::name)
                .extracting(q -> q.name()).containsExactly("a", "deploys");
    }

    @Test
    void noPlanDropsThem(TestDatabase db, PostgresServer server) throws Exception {
        historyTables(db);
        DriftReport report = DriftDetector.detect(intent(), db.info(), () -> server, PlanOptions.defaults(),
                Inspector.historyTables(new QualifiedName("public", "deploys")));
        assertThat(report.plan().changes()).isEmpty();
        assertThat(report.hasDrift()).isFalse();
        // the configured name is what keeps "deploys": without it, that one table would be dropped
        assertThat(DriftDetector.detect(intent(), db.info(), () -> server, PlanOptions.defaults()).plan().toSql())
                .contains("DROP TABLE public.deploys").doesNotContain("flyway_schema_history").doesNotContain("databasechangelog");
    }

    @Test
    void aComparisonWithAReferenceLeavesThemOutOnBothSides(TestDatabase db, PostgresServer server) throws Exception {
        historyTables(db);
        var reference = server.createDatabase("ref");
        try {
            try (var c = reference.open(); var s = c.createStatement()) {
                s.execute("CREATE TABLE a (id bigint PRIMARY KEY)");
            }
            DriftReport report = DatabaseComparison.compare(db.info(), reference, List.of("public"), PlanOptions.defaults(),
                    () -> server, Inspector.historyTables(new QualifiedName("public", "deploys")));
            assertThat(report.plan().changes()).isEmpty();
        } finally {
            server.dropDatabase(reference);
        }
    }

    @Test
    void aConfiguredHistoryTableIsLeftOutInItsSchemaOnly(TestDatabase db, PostgresServer server) throws Exception {
        historyTables(db);
        db.execute("CREATE SCHEMA app; CREATE TABLE app.deploys (id bigint PRIMARY KEY);"
                + "CREATE SCHEMA \"odd \"\"s\"\"\"; CREATE TABLE \"odd \"\"s\"\"\".\"hist\"\"ory\" (id int);"
                + "CREATE TABLE \"odd \"\"s\"\"\".\"app.deploys\" (id int);");
        List<String> schemas = List.of("public", "app", "odd \"s\"");
        Inspection read = Inspector.inspect(db.info(), schemas, Inspector.historyTables(new QualifiedName("public", "deploys")));
        assertThat(read.schema().tables()).extracting(Table::name).containsExactly(new QualifiedName("app", "deploys"),
                new QualifiedName("odd \"s\"", "app.deploys"), new QualifiedName("odd \"s\"", "hist\"ory"), new QualifiedName("public", "a"));
        // a name with quotes in both parts is matched whole, not as a name of some other schema
        Inspection odd = Inspector.inspect(db.info(), schemas, Inspector.historyTables(new QualifiedName("odd \"s\"", "hist\"ory")));
        assertThat(odd.schema().tables()).extracting(Table::name).containsExactly(new QualifiedName("app", "deploys"),
                new QualifiedName("odd \"s\"", "app.deploys"), new QualifiedName("public", "a"), new QualifiedName("public", "deploys"));
        assertThat(odd.notManaged()).noneMatch(n -> n.name().contains("hist"));
        // with tenantSchemas each tenant has its history table under the configured name: left out in every schema
        assertThat(Inspector.inspect(db.info(), schemas, Inspector.historyTablesNamed("deploys")).schema().tables())
                .extracting(Table::name).containsExactly(new QualifiedName("odd \"s\"", "app.deploys"),
                        new QualifiedName("odd \"s\"", "hist\"ory"), new QualifiedName("public", "a"));

        // app.deploys is a Java table: compared (no change), where the bare name made it unseen, so planned as CREATE TABLE
        List<Path> cp = JavaSources.compile(dir.resolve("java2"), Map.of(
                "com/acme/A.java", "package com.acme; import dev.dibs.*; @Table(\"a\") public record A(@Pk long id) {}",
                "com/acme/D.java", "package com.acme; import dev.dibs.*; @Table(value = \"deploys\", schema = \"app\") public record D(@Pk long id) {}"));
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("com.acme")).schemas(List.of("public", "app")).load();
        DriftReport report = DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults(),
                Inspector.historyTables(new QualifiedName("public", "deploys")));
        assertThat(report.plan().changes()).isEmpty();
    }

    @Test
    void aJavaTableNamedAsATableDibsLeavesOutIsRefused() {
        for (String name : List.of("flyway_schema_history", "databasechangelog", "__dibs_notes")) {
            List<Path> cp = JavaSources.compile(dir.resolve(name), Map.of(
                    "com/acme/H.java", "package com.acme; import dev.dibs.*; @Table(\"" + name + "\") public record H(@Pk long id) {}"));
            assertThatThrownBy(() -> IntentLoader.builder().classpath(cp).packages(List.of("com.acme")).load())
                    .isInstanceOf(SchemaValidationException.class)
                    .hasMessageContaining("com.acme.H").hasMessageContaining("the table name \"" + name + "\" is a name of")
                    .hasMessageContaining("leaves out of every inspection").hasMessageContaining("choose another @Table name");
        }
    }

    @Test
    void aJavaTableWhereFlywaysConfiguredTableIsIsRefusedBeforeAnythingRuns(TestDatabase db, PostgresServer server) {
        List<Path> cp = JavaSources.compile(dir.resolve("deploys"), Map.of(
                "com/acme/D.java", "package com.acme; import dev.dibs.*; @Table(\"deploys\") public record D(@Pk long id) {}"));
        LoadedSchema intent = IntentLoader.builder().classpath(cp).packages(List.of("com.acme")).load();
        assertThatThrownBy(() -> DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults(),
                Inspector.historyTables(new QualifiedName("public", "deploys"))))
                .isInstanceOf(dev.dibs.engine.DibsException.class)
                .hasMessageStartingWith("The Java table public.deploys (com.acme.D) is where flywayTable puts Flyway's history table")
                .hasMessageContaining("Fix: give the class another @Table name");
        assertThat(DriftDetector.detect(intent, db.info(), () -> server, PlanOptions.defaults(),
                Inspector.historyTables(new QualifiedName("app", "deploys"))).plan().toSql())
                .as("Flyway's table in another schema: the Java table is compared").contains("CREATE TABLE public.deploys");
    }
}
