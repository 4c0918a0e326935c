package dev.dibs.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.inspect.InspectionException;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/**
 * The goals check their parameters before they load, connect or write anything, and map the
 * engine's user-facing failures to one build failure. No database: the URL points at a port nobody
 * listens on, so a goal that went past its checks would fail with another message.
 */
class MojoParametersTest {

    private static final String NOWHERE = "jdbc:postgresql://localhost:1/app";

    private static String failure(AbstractDibsMojo mojo) {
        return catchThrowableOfType(MojoFailureException.class, mojo::execute).getMessage();
    }

    @Test
    void sqlRefusesABadLockTimeoutBeforeConnectingEvenWithoutApply() {
        SqlMojo mojo = new SqlMojo(null);
        mojo.url = NOWHERE;
        mojo.lockTimeout = "abc";

        assertThat(failure(mojo)).isEqualTo("lockTimeout = \"abc\" is not a PostgreSQL duration: write a whole number and a"
                + " unit (us, ms, s, min, h, d), e.g. 10s, 500ms, 1min, or 0 for no limit");
    }

    @Test
    void aFailureQuotingAValueCannotOverwriteItsErrorPrefixOrRecolourTheTerminal() {
        SqlMojo mojo = new SqlMojo(null);
        mojo.url = NOWHERE;
        mojo.lockTimeout = "1\r[INFO] BUILD SUCCESS\u001b[2K";

        assertThat(failure(mojo)).startsWith("lockTimeout = \"1\\r[INFO] BUILD SUCCESS\\u001b[2K\" is not a PostgreSQL duration")
                .doesNotContain("\r").doesNotContain("\u001b");
    }

    @Test
    void sqlRefusesAnUnknownHazard() {
        SqlMojo mojo = new SqlMojo(null);
        mojo.url = NOWHERE;
        mojo.allowHazards = List.of("DELETES_DATA", "DROPS");

        assertThat(failure(mojo)).startsWith("allowHazards lists \"DROPS\", which is not a hazard");
    }

    @Test
    void migrateRefusesABadLockWaitAndLockTimeoutTogether() {
        MigrateMojo mojo = new MigrateMojo(null);
        mojo.url = NOWHERE;
        mojo.lockTimeout = "10m";
        mojo.migrationLockWait = "soon";
        mojo.schemas = List.of("public", "public");

        assertThat(failure(mojo)).startsWith("3 dibs parameters are wrong; nothing ran:\n  schemas lists \"public\" twice")
                .contains("\n  lockTimeout = \"10m\" is not a PostgreSQL duration (PostgreSQL writes minutes as min: 10min)")
                .contains("\n  migrationLockWait = \"soon\" is not a duration: write e.g. 10m, 30s, 500ms or PT10M.");
    }

    @Test
    void fleetParametersAreRefusedOnAGoalOfOneDatabaseAndCheckedOnAFleetGoal() {
        SqlMojo sql = new SqlMojo(null);
        sql.url = NOWHERE;
        sql.flywayTable = "flyway_schema_history";
        sql.tenantSchemas = List.of("tenant_*");
        assertThat(failure(sql)).startsWith("tenantSchemas is for dibs:migrate, dibs:status and dibs:diff, which work on a fleet;"
                + " dibs:sql works on one database (url)");

        MigrateMojo migrate = migrate();
        migrate.flywayTable = "audit.flyway_schema_history";
        migrate.tenantSchemas = List.of("tenant_*");
        migrate.fleetParallelism = 0;
        migrate.fleetCanary = -1;
        migrate.fleetFailure = "retry";
        assertThat(failure(migrate)).startsWith("4 dibs parameters are wrong; nothing ran:")
                .contains("fleetParallelism = 0").contains("fleetCanary = -1").contains("fleetFailure = \"retry\"")
                .contains("flywayTable = \"audit.flyway_schema_history\" names a schema, so every tenant would read one Flyway history");
    }

    /** A dibs:migrate whose parameters are right but for what a test sets. */
    private static MigrateMojo migrate() {
        MigrateMojo mojo = new MigrateMojo(null);
        mojo.url = NOWHERE;
        mojo.lockTimeout = "10s";
        mojo.migrationLockWait = "10m";
        return mojo;
    }

    @Test
    void migrateRefusesMistypedJpaNamingsBeforeConnecting() {
        MigrateMojo mojo = migrate();
        mojo.jpaNaming = "sprng";
        mojo.jpaPhysicalNaming = "com.acme/Naming";

        assertThat(failure(mojo)).startsWith("2 dibs parameters are wrong; nothing ran:")
                .contains("\n  jpaNaming is \"sprng\", which is not a naming dibs knows. Fix: set jpaNaming to spring")
                .contains("\n  jpaPhysicalNaming is \"com.acme/Naming\", which is not a class name. Fix: give");

        MigrateMojo classOnClass = migrate();
        classOnClass.jpaNaming = "com.acme.Naming";
        classOnClass.jpaImplicitNaming = "com.acme.Implicit";
        assertThat(failure(classOnClass)).startsWith("jpaNaming names the class com.acme.Naming, and jpaImplicitNaming names another"
                + " strategy on top of it.");
    }

    @Test
    void statusRefusesAFilesystemFlywayLocationBeforeConnecting() {
        StatusMojo mojo = new StatusMojo(null);
        mojo.url = NOWHERE;
        mojo.flywayLocations = List.of("classpath:db/migration", "filesystem:src/main/resources/db/migration");

        assertThat(failure(mojo)).startsWith("flywayLocations: \"filesystem:src/main/resources/db/migration\" is a folder on disk;")
                .contains("Fix: move the files under src/main/resources/db/migration");
    }

    @Test
    void checkRefusesAnUnknownCheckDatabase() {
        CheckMojo mojo = new CheckMojo(null);
        mojo.checkDatabase = "postgres:17";

        assertThat(failure(mojo)).startsWith("checkDatabase = \"postgres:17\" is not a database to replay on: write embedded,"
                + " docker:IMAGE (e.g. docker:postgres:17) or a JDBC URL");
    }

    @Test
    void importRefusesAPathAsImportPackageBeforeConnecting() {
        ImportMojo mojo = new ImportMojo(null);
        mojo.url = NOWHERE;
        mojo.importPackage = "../../evil";

        assertThat(failure(mojo)).isEqualTo("importPackage = \"../../evil\" is not a Java package name: write dot-separated"
                + " Java identifiers that are not keywords, e.g. com.acme.db");
    }

    @Test
    void importWithoutADatabaseSaysTheEmbeddedOneHasNothingToGive() {
        ImportMojo mojo = new ImportMojo(null);
        mojo.environment = name -> null; // whatever the test JVM's environment says
        mojo.importPackage = "com.acme.db";

        assertThat(failure(mojo)).startsWith("dibs:import reads an existing database, and none is configured: give its JDBC"
                + " URL with -Ddibs.url=").contains("built from this project, so importing it would give nothing back");
    }

    @Test
    void generateRefusesAPathAsMigrationsPackageAndABadName() {
        GenerateMojo mojo = new GenerateMojo(null);
        mojo.name = "Add-Orders";
        mojo.migrationsPackage = "../../evil";
        mojo.checkDatabase = "embedded";

        assertThat(failure(mojo)).isEqualTo("2 dibs parameters are wrong; nothing ran:"
                + "\n  name = \"Add-Orders\" is not a migration name: write snake_case (lower-case letters, digits and _, starting"
                + " with a letter), e.g. -Ddibs.name=add_orders"
                + "\n  migrationsPackage = \"../../evil\" is not a Java package name: write dot-separated Java identifiers that"
                + " are not keywords, e.g. com.acme.migrations");
    }

    @Test
    void aBadReferenceUrlIsNamed() {
        DiffMojo mojo = new DiffMojo(null);
        mojo.url = NOWHERE;
        mojo.referenceUrl = "jdbc:postgresql://prod:5432x/app?password=topsecret";

        assertThat(failure(mojo)).startsWith("referenceUrl = \"jdbc:postgresql://prod:5432x/app?password=***\" has a port that is not a number")
                .doesNotContain("topsecret");
    }

    /** A goal whose work is to throw what it is given. */
    private static final class Throwing extends AbstractDibsMojo {
        private final RuntimeException failure;

        Throwing(RuntimeException failure) {
            super(null);
            this.failure = failure;
        }

        @Override
        protected void run() {
            throw failure;
        }
    }

    @Test
    void anInspectionExceptionFailsTheBuildWithItsMessageAsItIs() {
        InspectionException e = new InspectionException("inspect columns of schema \"app\"", new SQLException("canceled", "57014"));

        MojoFailureException failure = catchThrowableOfType(MojoFailureException.class, new Throwing(e)::execute);

        assertThat(failure.getMessage()).isEqualTo("inspect columns of schema \"app\": canceled");
        // the driver's text is in the message already: not chained for Maven to print again (mvn -e has the trace)
        assertThat(failure.getCause()).isNull();
        assertThat(failure.getStackTrace()).isEqualTo(e.getStackTrace());
    }

    @Test
    void anyDibsExceptionFailsTheBuildWithItsMessageAndOtherErrorsAreBugs() {
        assertThat(catchThrowableOfType(MojoFailureException.class,
                new Throwing(new DibsException("table users: no primary key; add @Pk"))::execute).getMessage())
                .isEqualTo("table users: no primary key; add @Pk");
        assertThat(catchThrowableOfType(MojoExecutionException.class,
                new Throwing(new IllegalStateException("oops"))::execute).getMessage())
                .isEqualTo("dibs failed unexpectedly: java.lang.IllegalStateException: oops");
    }

    @Test
    void baselineRefusesABadMigrationsPackageBeforeConnecting() {
        BaselineMojo mojo = new BaselineMojo(null);
        mojo.url = NOWHERE;
        mojo.migrationsPackage = "com.acme.class";
        mojo.checkDatabase = "embedded";

        assertThat(failure(mojo)).isEqualTo("migrationsPackage = \"com.acme.class\" is not a Java package name: write dot-separated"
                + " Java identifiers that are not keywords, e.g. com.acme.migrations");
    }
}
