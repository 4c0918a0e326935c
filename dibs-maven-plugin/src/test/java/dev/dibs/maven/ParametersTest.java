package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.Test;

/** Each parameter's accepted forms, and the one line a wrong value gets; no database involved. */
class ParametersTest {

    private static List<String> problems(java.util.function.Consumer<Parameters> check) {
        Parameters parameters = new Parameters();
        check.accept(parameters);
        return parameters.problems();
    }

    @Test
    void embeddedVersionIsAMajorDibsCanEmbed() {
        for (String ok : List.of("14", "17", "18", "16.11.0")) {
            assertThat(problems(p -> p.embeddedVersion(ok))).as(ok).isEmpty();
        }
        assertThat(problems(p -> p.embeddedVersion("12"))).singleElement().asString()
                .startsWith("embeddedVersion \"12\" is not a PostgreSQL version dibs can embed");
        assertThat(problems(p -> p.embeddedVersion("latest"))).hasSize(1);
    }

    @Test
    void lockTimeoutTakesPostgresDurations() {
        for (String ok : List.of("10s", "500ms", "1min", "0", "2h", "1d", "250", "10 s", "1500us")) {
            assertThat(problems(p -> p.lockTimeout(ok))).as(ok).isEmpty();
        }
        assertThat(problems(p -> p.lockTimeout("abc"))).containsExactly("lockTimeout = \"abc\" is not a PostgreSQL duration:"
                + " write a whole number and a unit (us, ms, s, min, h, d), e.g. 10s, 500ms, 1min, or 0 for no limit");
        assertThat(problems(p -> p.lockTimeout("10m"))).containsExactly("lockTimeout = \"10m\" is not a PostgreSQL duration"
                + " (PostgreSQL writes minutes as min: 10min): write a whole number and a unit (us, ms, s, min, h, d), e.g. 10s,"
                + " 500ms, 1min, or 0 for no limit");
        assertThat(problems(p -> p.lockTimeout(""))).hasSize(1);
        assertThat(problems(p -> p.lockTimeout("-1s"))).hasSize(1);
        assertThat(problems(p -> p.lockTimeout("10s'; DROP TABLE x; --"))).hasSize(1);
        assertThat(problems(p -> p.lockTimeout("30d"))).containsExactly("lockTimeout = \"30d\" is longer than PostgreSQL allows"
                + " (2147483647ms, about 24 days): write e.g. 10s, or 0 for no limit");
        assertThat(problems(p -> p.lockTimeout(null))).isEmpty();
    }

    @Test
    void migrationLockWaitTakesDurationsAndRefusesNegativeOnes() {
        for (String ok : List.of("10m", "10min", "30s", "500ms", "1h", "PT10M", "0s")) {
            assertThat(problems(p -> p.duration("migrationLockWait", ok))).as(ok).isEmpty();
        }
        assertThat(problems(p -> p.duration("migrationLockWait", "soon"))).containsExactly("migrationLockWait = \"soon\" is not"
                + " a duration: write e.g. 10m, 30s, 500ms or PT10M.");
        assertThat(problems(p -> p.duration("migrationLockWait", ""))).hasSize(1);
        assertThat(problems(p -> p.duration("migrationLockWait", "99999999999999999h"))).hasSize(1);
        assertThat(problems(p -> p.duration("migrationLockWait", "-5s"))).containsExactly("migrationLockWait = \"-5s\" is"
                + " negative: write e.g. 10m, or 0s not to wait");
    }

    @Test
    void flywayTableIsATableOrSchemaDotTable() {
        for (String ok : List.of("flyway_schema_history", "deploys", "app.deploys")) {
            assertThat(problems(p -> p.flywayTable(ok))).as(ok).isEmpty();
        }
        assertThat(problems(p -> p.flywayTable("app."))).singleElement().asString()
                .startsWith("flywayTable \"app.\" is not a table name: write flyway_schema_history, or schema.table");
    }

    @Test
    void checkDatabaseIsEmbeddedDockerOrAJdbcUrl() {
        for (String ok : List.of("embedded", " embedded ", "docker:postgres:17", "jdbc:postgresql://localhost:5432/postgres")) {
            assertThat(problems(p -> p.checkDatabase(ok))).as(ok).isEmpty();
        }
        String forms = ": write embedded, docker:IMAGE (e.g. docker:postgres:17) or a JDBC URL"
                + " (e.g. jdbc:postgresql://localhost:5432/postgres), on whose server dibs creates a scratch database";
        assertThat(problems(p -> p.checkDatabase("postgres:17"))).containsExactly("checkDatabase = \"postgres:17\" is not a"
                + " database to replay on" + forms);
        assertThat(problems(p -> p.checkDatabase("docker:"))).containsExactly("checkDatabase = \"docker:\" names no Docker image"
                + forms);
        assertThat(problems(p -> p.checkDatabase("jdbc:mysql://h/db?password=s3cret"))).singleElement().asString()
                .startsWith("checkDatabase = \"jdbc:mysql://h/db?password=***\" is not a PostgreSQL JDBC URL")
                .doesNotContain("s3cret");
    }

    @Test
    void urlsArePostgresJdbcUrlsWithNumericPortsAndNeverShowTheirPassword() {
        for (String ok : List.of("jdbc:postgresql://localhost:5432/app", "jdbc:postgresql://db/app?sslmode=require",
                "jdbc:postgresql://a:5432,b:5433/app", "jdbc:postgresql://[::1]:5432/app", "jdbc:postgresql://localhost/app")) {
            assertThat(problems(p -> p.jdbcUrl("url", ok))).as(ok).isEmpty();
        }
        assertThat(problems(p -> p.jdbcUrl("url", "postgres://localhost/app?password=hunter2"))).containsExactly("url ="
                + " \"postgres://localhost/app?password=***\" is not a PostgreSQL JDBC URL: write e.g."
                + " jdbc:postgresql://localhost:5432/app");
        assertThat(problems(p -> p.jdbcUrl("referenceUrl", "jdbc:postgresql://localhost:54x2/app"))).containsExactly(
                "referenceUrl = \"jdbc:postgresql://localhost:54x2/app\" has a port that is not a number from 1 to"
                        + " 65535; write e.g. jdbc:postgresql://localhost:5432/app");
        // a password holding ?, a space or ; is hidden whole, wherever the URL breaks
        for (String leaky : List.of("jdbc:postgresql://app:p?ss@localhost:5599/app", "jdbc:postgresql://app:Pa ss1@localhost:5599/app",
                "jdbc:postgresql://localhost/app?user=a&password=Wr;ong Pw2", "jdbc:postgresql://app:Tgt?Secret9@localhost:5599/app")) {
            assertThat(problems(p -> p.jdbcUrl("url", leaky))).as(leaky).singleElement().asString()
                    .doesNotContain("p?ss", "ss@", "Pa ss1", "ss1", "ong Pw2", "Pw2", "Secret9", "Tgt");
        }
        assertThat(problems(p -> p.jdbcUrl("url", "jdbc:postgresql://localhost:99999/app"))).hasSize(1);
        assertThat(problems(p -> p.jdbcUrl("url", "jdbc:postgresql://local host/app"))).singleElement().asString()
                .contains("contains spaces");
        // the URL is quoted back: a password after a space (not after ? or &) is hidden too
        assertThat(problems(p -> p.jdbcUrl("url", "jdbc:postgresql://localhost/app?user=app password=hunter2"))).singleElement()
                .asString().contains("contains spaces").contains("password=***").doesNotContain("hunter2");
        assertThat(problems(p -> p.jdbcUrl("DIBS_DATABASE_URL", "nonsense"))).singleElement().asString()
                .startsWith("DIBS_DATABASE_URL = \"nonsense\"");
        // user-info without a port: its "port" was the password and the host, printed
        for (String leaky : List.of("jdbc:postgresql://app:s3cret@db/app", "jdbc:postgresql://app:s3/cret@db:5432/app",
                "jdbc:postgresql://app:s3@cret@db/app")) {
            assertThat(problems(p -> p.jdbcUrl("url", leaky))).singleElement().asString().as(leaky)
                    .contains("has a user or password before the host").contains("serverId")
                    .doesNotContain("s3").doesNotContain("cret");
        }
    }

    @Test
    void schemasAreNamesDibsCanQuoteEachOnce() {
        assertThat(problems(p -> p.schemas(List.of("public", "billing", "Sales", " app ")))).isEmpty();
        assertThat(problems(p -> p.schemas(List.of("public", "app", "public")))).containsExactly("schemas lists \"public\""
                + " twice: name each schema once, e.g. public,billing");
        assertThat(problems(p -> p.schemas(List.of("billing.invoices")))).containsExactly("schemas lists \"billing.invoices\","
                + " which has a dot: a schema name is one name, e.g. billing (not billing.invoices)");
        assertThat(problems(p -> p.schemas(List.of("\"App\"")))).singleElement().asString().contains("write the name without"
                + " them (dibs quotes names itself), e.g. App");
        assertThat(problems(p -> p.schemas(List.of("pg_catalog")))).singleElement().asString().contains("reserves");
        assertThat(problems(p -> p.schemas(List.of("s".repeat(64))))).singleElement().asString().contains("63 bytes");
    }

    @Test
    void packagesAreJavaPackageNames() {
        assertThat(problems(p -> p.packages(List.of("com.acme", "com.acme.schema", "e")))).isEmpty();
        assertThat(problems(p -> p.packages(List.of("com.acme.*")))).containsExactly("packages lists \"com.acme.*\": a package"
                + " already includes its sub-packages, write com.acme");
        assertThat(problems(p -> p.packages(List.of("com/acme", "com.new.x")))).containsExactly(
                "packages lists \"com/acme\", which is not a Java package name: write dot-separated Java identifiers that are"
                        + " not keywords, e.g. com.acme.schema",
                "packages lists \"com.new.x\", which is not a Java package name: write dot-separated Java identifiers that are"
                        + " not keywords, e.g. com.acme.schema");
    }

    @Test
    void migrationsPackageIsAJavaPackageNeverAPath() {
        assertThat(problems(p -> p.migrationsPackage("com.acme.migrations"))).isEmpty();
        for (String bad : List.of("../../evil", "com.x.class", "/etc", "com..x", "com.acme.", "1st.pkg")) {
            assertThat(problems(p -> p.migrationsPackage(bad))).as(bad).containsExactly("migrationsPackage = \"" + bad + "\" is not"
                    + " a Java package name: write dot-separated Java identifiers that are not keywords, e.g. com.acme.migrations");
        }
        assertThat(problems(p -> p.migrationsPackage("java.util"))).singleElement().asString().contains("inside java");
        assertThat(problems(p -> p.migrationsPackage(null))).singleElement().asString()
                .startsWith("dibs:generate needs the package to write migrations into");
    }

    @Test
    void importPackageIsAJavaPackageNeverAPath() {
        assertThat(problems(p -> p.importPackage("com.acme.db"))).isEmpty();
        for (String bad : List.of("../../evil", "com/acme/db", "com.acme.db/../..", "/etc", "com..x", "com.int.db", "1st.pkg")) {
            assertThat(problems(p -> p.importPackage(bad))).as(bad).containsExactly("importPackage = \"" + bad + "\" is not"
                    + " a Java package name: write dot-separated Java identifiers that are not keywords, e.g. com.acme.db");
        }
        assertThat(problems(p -> p.importPackage("java.db"))).singleElement().asString().contains("inside java");
        assertThat(problems(p -> p.importPackage(" "))).singleElement().asString()
                .startsWith("dibs:import needs the package to write the records and enums into: -Ddibs.importPackage=com.acme.db");
    }

    @Test
    void nameIsSnakeCase() {
        assertThat(problems(p -> p.migrationName("add_orders"))).isEmpty();
        for (String bad : List.of("AddOrders", "add-orders", "../x", "1_add", "add orders")) {
            assertThat(problems(p -> p.migrationName(bad))).as(bad).containsExactly("name = \"" + bad + "\" is not a migration"
                    + " name: write snake_case (lower-case letters, digits and _, starting with a letter), e.g."
                    + " -Ddibs.name=add_orders");
        }
        assertThat(problems(p -> p.migrationName("a".repeat(101)))).singleElement().asString().contains("101 characters long");
        assertThat(problems(p -> p.migrationName(" "))).containsExactly("dibs:generate needs a name for the migration:"
                + " mvn dibs:generate -Ddibs.name=add_orders");
    }

    @Test
    void allowHazardsAreKnownHazardNamesInAnyCase() {
        assertThat(problems(p -> p.hazards(List.of("DELETES_DATA", "index_build")))).isEmpty();
        assertThat(problems(p -> p.hazards(List.of("DELETE_DATA")))).containsExactly("allowHazards lists \"DELETE_DATA\", which"
                + " is not a hazard (did you mean DELETES_DATA?): the hazards are DELETES_DATA, REWRITES_TABLE,"
                + " ACQUIRES_ACCESS_EXCLUSIVE_LOCK, VALIDATES_EXISTING_ROWS, INDEX_BUILD, CHANGES_ROW_ACCESS, CHANGES_BEHAVIOR; e.g. -Ddibs.allowHazards=DELETES_DATA");
        assertThat(problems(p -> p.hazards(List.of("everything")))).singleElement().asString().doesNotContain("did you mean");
    }

    @Test
    void serverIdMustNameASettingsServer() {
        Settings settings = new Settings();
        Server server = new Server();
        server.setId("dev-db");
        settings.addServer(server);
        assertThat(problems(p -> p.serverId("serverId", "dev-db", settings))).isEmpty();
        assertThat(problems(p -> p.serverId("referenceServerId", "prod", settings))).containsExactly("referenceServerId = \"prod\""
                + " names no <server> in settings.xml: add <server><id>prod</id><username>…</username><password>…</password></server>");
    }

    @Test
    void checkReportsEveryProblemAtOnce() {
        Parameters one = new Parameters().lockTimeout("abc");
        assertThat(catchThrowableOfType(MojoFailureException.class, one::check).getMessage())
                .isEqualTo(one.problems().get(0));
        Parameters two = new Parameters().lockTimeout("abc").schemas(Arrays.asList("a", "a"));
        assertThat(catchThrowableOfType(MojoFailureException.class, two::check).getMessage())
                .isEqualTo("2 dibs parameters are wrong; nothing ran:\n  " + String.join("\n  ", two.problems()));
        // a value holding a line feed (a pom, -D, the environment) is quoted on its problem's line
        Parameters odd = new Parameters().lockTimeout("5s\n[INFO] BUILD SUCCESS").schemas(Arrays.asList("a", "a"));
        String message = catchThrowableOfType(MojoFailureException.class, odd::check).getMessage();
        assertThat(message).contains("5s\\n[INFO] BUILD SUCCESS").hasLineCount(3);
        assertThat(message.lines()).noneMatch(line -> line.startsWith("[INFO]"));
    }
}
