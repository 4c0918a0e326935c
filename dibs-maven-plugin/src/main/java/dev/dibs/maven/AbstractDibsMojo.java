package dev.dibs.maven;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.canonical.KeptJavaSchema;
import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.load.IntentLoader;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.load.jpa.JpaSettings;
import dev.dibs.engine.naming.ManagedSchemas;
import dev.dibs.engine.fleet.FleetOptions;
import dev.dibs.engine.fleet.FleetReport;
import dev.dibs.engine.fleet.FleetResult;
import dev.dibs.engine.fleet.FleetRun;
import dev.dibs.engine.fleet.FleetTarget;
import dev.dibs.engine.fleet.FleetTargets;
import dev.dibs.engine.fleet.TargetOutcome;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.ops.Background;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import javax.inject.Inject;

/**
 * What every dibs goal shares: the parameters, {@code skip}, the database and its credentials,
 * the project's classes, and turning engine errors into one clear build failure.
 */
public abstract class AbstractDibsMojo extends AbstractMojo {

    /** Environment variable holding the JDBC URL when {@code url} is not set. */
    public static final String DATABASE_URL_ENV = "DIBS_DATABASE_URL";

    /** Reads environment variables; tests give their own so that the test JVM's environment cannot change them. */
    java.util.function.UnaryOperator<String> environment = System::getenv;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true, required = true)
    protected Settings settings;

    /**
     * JDBC URL of the database, e.g. {@code jdbc:postgresql://localhost:5432/app}; also read from
     * the {@code DIBS_DATABASE_URL} environment variable. Without any, dibs uses an embedded
     * PostgreSQL dev database kept under {@code target/dibs/postgres} until {@code mvn clean}.
     */
    @Parameter(property = "dibs.url")
    protected String url;

    /** Database user (or use {@code serverId}). */
    @Parameter(property = "dibs.user")
    protected String user;

    /** Database password (or use {@code serverId}); never printed. */
    @Parameter(property = "dibs.password")
    protected String password;

    /** Id of a {@code <server>} in settings.xml holding the user and (possibly encrypted) password. */
    @Parameter(property = "dibs.serverId")
    protected String serverId;

    /** The PostgreSQL schemas dibs manages; its metadata tables live in the first. */
    @Parameter(property = "dibs.schemas", defaultValue = "public")
    protected List<String> schemas;

    /** Packages to scan for {@code @Table} and {@code @Migration} classes (default: the whole project). */
    @Parameter(property = "dibs.packages")
    protected List<String> packages;

    /**
     * Class-path folders holding Flyway-style SQL migrations ({@code V<version>__<description>.sql}),
     * comma-separated; {@code classpath:} may prefix each, as Flyway writes it. dibs runs them in one
     * order with the {@code @Migration} classes.
     */
    @Parameter(property = "dibs.flywayLocations", defaultValue = "db/migration")
    protected List<String> flywayLocations;

    /**
     * How the application names the tables and columns of its JPA {@code @Entity} classes:
     * {@code spring} (Spring Boot's default naming) or {@code hibernate} (plain Hibernate, Quarkus,
     * Jakarta EE). Required once the scan finds an entity; the engine checks the value.
     */
    @Parameter(property = "dibs.jpaNaming")
    protected String jpaNaming;

    /**
     * Class name of the application's own Hibernate implicit naming strategy (Spring Boot's
     * {@code spring.jpa.hibernate.naming.implicit-strategy}), instantiated from the project's class path.
     */
    @Parameter(property = "dibs.jpaImplicitNaming")
    protected String jpaImplicitNaming;

    /**
     * Class name of the application's own Hibernate physical naming strategy (Spring Boot's
     * {@code spring.jpa.hibernate.naming.physical-strategy}), instantiated from the project's class path.
     */
    @Parameter(property = "dibs.jpaPhysicalNaming")
    protected String jpaPhysicalNaming;

    /** PostgreSQL {@code lock_timeout} for each statement dibs runs, e.g. {@code 10s}. */
    @Parameter(property = "dibs.lockTimeout", defaultValue = "10s")
    protected String lockTimeout;

    /**
     * Build indexes on existing tables {@code CONCURRENTLY}, once the plan's transaction has committed
     * (reads and writes go on while they build), in the plans of {@code dibs:diff} and {@code dibs:sql}
     * and in {@code dibs:generate}'s migrations (a migration of their own, not transactional).
     */
    @Parameter(property = "dibs.concurrentIndexes", defaultValue = "false")
    protected boolean concurrentIndexes;

    /**
     * Flyway's schema history table, read (never written) to take over a database Flyway migrated:
     * {@code table} in the first of {@code schemas} (where Flyway puts it: its default schema is the
     * first of its own {@code schemas}), or {@code schema.table}; names verbatim, as Flyway's
     * {@code table} and {@code defaultSchema}. Left out of every diff, as Liquibase's tables are.
     */
    @Parameter(property = "dibs.flywayTable", defaultValue = "flyway_schema_history")
    protected String flywayTable;

    /** How long to wait for another dibs run holding the migration lock, e.g. {@code 10m}, {@code 30s}. */
    @Parameter(property = "dibs.migrationLockWait", defaultValue = "10m")
    protected String migrationLockWait;

    /**
     * PostgreSQL version of the embedded servers dibs starts (the dev database without {@code url},
     * {@code dibs:check}'s and {@code dibs:generate}'s throwaway database): a major from 14 to 18,
     * or an exact release of the zonky binaries such as {@code 17.7.0}. Only this machine's
     * binaries of that version are fetched, through Maven, the first time they are needed.
     */
    @Parameter(property = "dibs.embeddedVersion", defaultValue = "17")
    protected String embeddedVersion;

    /**
     * A fleet: the JDBC URLs of databases that share this schema, worked on as one by
     * {@code dibs:migrate}, {@code dibs:status} and {@code dibs:diff} (credentials as for {@code url}).
     */
    @Parameter(property = "dibs.targets")
    protected List<String> targets;

    /**
     * A fleet listed in a file inside the project: one JDBC URL a line, optionally followed by
     * {@code serverId=<settings.xml server>}; {@code #} starts a comment line.
     */
    @Parameter(property = "dibs.targetsFile")
    protected java.io.File targetsFile;

    /**
     * A fleet listed by a query run read-only on the {@code url} database: a column {@code url} of
     * JDBC URLs, optionally a column {@code server_id}.
     */
    @Parameter(property = "dibs.targetsQuery")
    protected String targetsQuery;

    /**
     * Tenant schemas (names or globs such as {@code tenant_*}) of the database, or of each database
     * of the fleet: each is a target and replaces the first of {@code schemas} — its {@code __dibs_*}
     * tables, search path and {@code @Table} classes without a schema.
     */
    @Parameter(property = "dibs.tenantSchemas")
    protected List<String> tenantSchemas;

    /** Targets worked on at once on each server of a fleet (capped by the server's free connections). */
    @Parameter(property = "dibs.fleetParallelism", defaultValue = "4")
    protected int fleetParallelism;

    /** Migrate this many targets of the fleet first, alone; the rest only when all of them succeeded. */
    @Parameter(property = "dibs.fleetCanary", defaultValue = "0")
    protected int fleetCanary;

    /** After a target fails: {@code stop} (launch no new target; the default) or {@code continue}. */
    @Parameter(property = "dibs.fleetFailure", defaultValue = "stop")
    protected String fleetFailure;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true, required = true)
    protected RepositorySystemSession repositorySession;

    /** Fetches the embedded PostgreSQL binaries; field-injected so the goals' constructors stay small. */
    @Inject
    private RepositorySystem repositorySystem;

    private EmbeddedServers embeddedServers;

    /** Skips the goal. */
    @Parameter(property = "dibs.skip", defaultValue = "false")
    protected boolean skip;

    private final SettingsDecrypter decrypter;

    protected AbstractDibsMojo(SettingsDecrypter decrypter) {
        this.decrypter = decrypter;
    }

    protected SettingsDecrypter decrypter() {
        return decrypter;
    }

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("dibs: skipped (dibs.skip)");
            return;
        }
        quietEmbeddedServerLog();
        try {
            Parameters parameters = new Parameters();
            validate(parameters);
            parameters.check();
            List<String> reports = reportFiles();
            if (!reports.isEmpty()) {
                dev.dibs.engine.report.ReportWriter.clear(reportsDirectory(), reports);
            }
            run();
        } catch (DibsException e) {
            throw Failures.failure(e.getMessage(), e); // every failure printable line by line (Failures)
        } catch (DibsFailure e) {
            throw Failures.failure(e.getMessage(), null);
        } catch (MojoFailureException e) {
            throw Failures.printable(e);
        } catch (MojoExecutionException e) {
            throw Failures.printable(e);
        } catch (RuntimeException e) {
            throw Failures.error("dibs failed unexpectedly: " + e, e);
        }
    }

    /**
     * The files under {@code target/dibs/} this run of the goal writes ({@code diff.json}, {@code diff.md},
     * {@code plan.sql}, {@code report.html}; {@code fleet.json} and {@code fleet.html} over a fleet;
     * {@code migrate.log}): an earlier run's are removed once the parameters are checked, so that a failure
     * before it writes them (an unreachable database, a failed migration) leaves none to be published as this run's.
     */
    protected List<String> reportFiles() {
        return List.of();
    }

    /** {@code files}, or the fleet report's over a fleet. */
    protected List<String> reportFilesOrFleets(List<String> files) {
        return fleet() ? dev.dibs.engine.fleet.FleetReport.FILES : files;
    }

    /**
     * The embedded PostgreSQL library logs each start and stop at INFO ("postmaster started as
     * Process[...]"); dibs says in one line which server it uses, so those lines are noise in a
     * build log. Maven's logger reads a level per logger name from system properties when the
     * logger is created, so this must run before the library's first use. A level given on the
     * command line ({@code -Dorg.slf4j.simpleLogger.log.io.zonky=info}) wins; one in Maven's
     * {@code simplelogger.properties} does not. Its warnings and errors still show.
     */
    private static void quietEmbeddedServerLog() {
        System.getProperties().putIfAbsent("org.slf4j.simpleLogger.log.io.zonky", "warn");
    }

    /** The planner's choices of form: validations after the transaction, concurrent index builds when asked. */
    protected PlanOptions planOptions() {
        return new PlanOptions(true, concurrentIndexes);
    }

    /**
     * Adds the goal's parameters to the checks that run before anything loads or connects; a goal
     * with parameters of its own adds them after calling this.
     */
    protected void validate(Parameters parameters) {
        boolean fromParameter = url != null && !url.isBlank();
        parameters.jdbcUrl(fromParameter ? "url" : DATABASE_URL_ENV, fromParameter ? url : environment.apply(DATABASE_URL_ENV))
                .serverId("serverId", serverId, settings).schemas(schemas).packages(packages).flywayLocations(flywayLocations)
                .lockTimeout(lockTimeout).duration("migrationLockWait", migrationLockWait).embeddedVersion(embeddedVersion)
                .flywayTable(flywayTable)
                .fleet(worksOnFleets() ? null : goalName(), fleetParametersGiven(), fleetParallelism, fleetCanary, fleetFailure);
        if (tenantSchemas != null && tenantSchemas.stream().anyMatch(t -> t != null && !t.isBlank()) && flywayTable != null
                && flywayTable.contains(".")) {
            parameters.problem("flywayTable = \"" + Printable.escape(flywayTable) + "\" names a schema, so every tenant would"
                    + " read one Flyway history: with tenantSchemas, give the table alone (it is read in each tenant's schema)");
        }
        // how the names are written; whether the classes exist is found as the classes are read
        dev.dibs.engine.load.jpa.JpaNamings.check(jpaSettings()).forEach(p -> parameters.problem(p.message() + " Fix: " + p.fix()));
        if (targetsQuery != null && !targetsQuery.isBlank() && configuredUrl() == null) {
            parameters.problem("targetsQuery runs on the url database, and no url is configured: give url (or "
                    + DATABASE_URL_ENV + ") for the database that lists the fleet");
        }
    }

    /** Whether the goal works on a fleet ({@code targets}, {@code tenantSchemas}, …). */
    protected boolean worksOnFleets() {
        return false;
    }

    /** The goal's name, for messages: {@code migrate} for MigrateMojo. */
    private String goalName() {
        String simple = getClass().getSimpleName();
        return simple.endsWith("Mojo") ? simple.substring(0, simple.length() - 4).toLowerCase(java.util.Locale.ROOT) : simple;
    }

    /** The fleet parameters that are set. */
    private List<String> fleetParametersGiven() {
        List<String> given = new ArrayList<>();
        if (targets != null && targets.stream().anyMatch(t -> t != null && !t.isBlank())) {
            given.add("targets");
        }
        if (targetsFile != null) {
            given.add("targetsFile");
        }
        if (targetsQuery != null && !targetsQuery.isBlank()) {
            given.add("targetsQuery");
        }
        if (tenantSchemas != null && tenantSchemas.stream().anyMatch(t -> t != null && !t.isBlank())) {
            given.add("tenantSchemas");
        }
        return given;
    }

    /** Whether this run works on a fleet rather than on one database. */
    protected boolean fleet() {
        return !fleetParametersGiven().isEmpty();
    }

    /**
     * The fleet's targets: those of {@code targets}, {@code targetsFile} and {@code targetsQuery} (or
     * the {@code url} database alone), each database's {@code tenantSchemas} in place of it when given.
     */
    protected List<FleetTarget> fleetTargets() throws MojoFailureException {
        List<FleetTargets.Listed> listed = new ArrayList<>();
        if (targets != null) {
            listed.addAll(FleetTargets.fromList(targets));
        }
        if (targetsFile != null) {
            listed.addAll(FleetTargets.fromFile(targetsFile.toPath(), project.getBasedir().toPath()));
        }
        List<ConnectionInfo> databases = new ArrayList<>();
        if (targetsQuery != null && !targetsQuery.isBlank()) {
            ConnectionInfo lister = resolved(configuredUrl(), serverId);
            listed.addAll(FleetTargets.fromQuery(lister, targetsQuery));
        }
        List<String> sources = new ArrayList<>();
        for (FleetTargets.Listed l : listed) {
            databases.add(resolved(l.url(), l.serverId() != null ? l.serverId() : serverId));
            sources.add(l.source());
        }
        boolean listsDatabases = targets != null && targets.stream().anyMatch(t -> t != null && !t.isBlank()) || targetsFile != null
                || targetsQuery != null && !targetsQuery.isBlank();
        if (databases.isEmpty() && listsDatabases) {
            // never the url database in their place: with targetsQuery, that is the database that lists the fleet
            throw new MojoFailureException("The fleet has no targets: " + String.join(", ", fleetParametersGiven().stream()
                    .filter(p -> !p.equals("tenantSchemas")).toList()) + " listed no database. Nothing was migrated.");
        }
        if (databases.isEmpty()) {
            String configured = configuredUrl();
            if (configured == null) {
                throw new MojoFailureException("tenantSchemas needs the database that holds the tenants: give url (or "
                        + DATABASE_URL_ENV + "), or targets for several such databases.");
            }
            databases.add(resolved(configured, serverId));
            sources.add("url");
        }
        List<FleetTarget> fleet = new ArrayList<>();
        List<String> tenants = tenantSchemas == null ? List.of()
                : tenantSchemas.stream().filter(t -> t != null && !t.isBlank()).map(String::trim).toList();
        for (int i = 0; i < databases.size(); i++) {
            if (tenants.isEmpty()) {
                fleet.add(new FleetTarget(databases.get(i), null, sources.get(i)));
            } else {
                List<String> shared = schemaList().subList(1, schemaList().size());
                for (String tenant : FleetTargets.tenantSchemas(databases.get(i), tenants, shared)) {
                    fleet.add(new FleetTarget(databases.get(i), tenant, sources.get(i) + ", tenantSchemas"));
                }
            }
        }
        getLog().info("dibs: fleet of " + fleet.size() + " targets on " + fleet.stream().map(FleetTarget::server).distinct().count()
                + " servers" + (tenants.isEmpty() ? "" : " (tenant schemas)"));
        return fleet;
    }

    /** Credentials as for {@code url}: the user and password parameters, or a settings.xml server. */
    private ConnectionInfo resolved(String targetUrl, String server) throws MojoFailureException {
        return Credentials.resolve(targetUrl, user, password, server, settings, decrypter).connectionInfo();
    }

    protected FleetOptions fleetOptions() {
        return new FleetOptions(fleetParallelism, fleetCanary, FleetOptions.Failure.parse(fleetFailure), Duration.ofSeconds(15));
    }

    /** Runs the goal's work on the fleet, prints its table and writes fleet.json and fleet.html. */
    protected FleetResult runFleet(String goal, List<FleetTarget> fleet, TargetOutcome.Work work) {
        FleetLog log = new FleetLog(getLog());
        FleetResult result = FleetRun.run(goal, fleet, fleetOptions(), log, work);
        log.table(result);
        FleetReport.write(reportsDirectory(), result);
        getLog().info("dibs: fleet " + goal + " took " + result.took().toMillis() + " ms; report in "
                + project.getBasedir().toPath().relativize(reportsDirectory().resolve("fleet.html")));
        return result;
    }

    /** A migration runner with the project's migrations and settings, to be copied to each target of a fleet. */
    protected MigrationRunner fleetRunner(LoadedSchema intent) throws MojoExecutionException {
        ConnectionInfo none = ConnectionInfo.of("jdbc:postgresql://localhost/none");
        return MigrationRunner.builder().database(none).classpath(classpath()).packages(packageList()).schemas(schemaList())
                .flywayLocations(flywayLocationList()).lockTimeout(lockTimeout).lockWait(lockWait()).intent(intent)
                .flywayTable(flywayTable).build();
    }

    /**
     * Fails the build naming the failed (and unlaunched) targets of a fleet run, if any, the failure
     * also saying {@code more} (the drift {@code failOnDrift} found on the targets that ran, each
     * escaped where it was put in).
     */
    protected static void failOnFailedTargets(FleetResult result, List<String> more) {
        if (result.failed().isEmpty() && result.notLaunched().isEmpty()) {
            return;
        }
        StringBuilder message = new StringBuilder(result.failed().size() + " of " + result.outcomes().size() + " targets failed");
        if (!result.notLaunched().isEmpty()) {
            message.append(", ").append(result.notLaunched().size()).append(" not launched (").append(Printable.escape(result.stopped())).append(')');
        }
        message.append(':');
        result.failed().stream().limit(20).forEach(o -> message.append("\n  ").append(Printable.escape(o.target().name()))
                .append(": ").append(Printable.escape(o.error() == null ? "" : o.error().lines().findFirst().orElse(""))));
        if (result.failed().size() > 20) {
            message.append("\n  … and ").append(result.failed().size() - 20).append(" more (target/dibs/fleet.html)");
        }
        message.append("\nRun the goal again once fixed: targets already migrated are left as they are, the rest resume.");
        more.forEach(m -> message.append("\nAlso (failOnDrift): ").append(m).append('.'));
        throw new DibsFailure(message.toString());
    }

    /** The goal's work. */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /** An expected outcome that fails the build (drift, refused hazards, …) with this message. */
    protected static final class DibsFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public DibsFailure(String message) {
            super(message);
        }
    }

    protected Path reportsDirectory() {
        return Path.of(project.getBuild().getDirectory(), "dibs");
    }

    /** The project's compiled classes and dependencies, after making sure the classes are current. */
    protected List<Path> classpath() throws MojoExecutionException {
        StaleClasses.check(project);
        Set<String> elements = new LinkedHashSet<>();
        try {
            elements.addAll(project.getCompileClasspathElements());
            elements.addAll(project.getRuntimeClasspathElements());
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the project's dependencies are not resolved", e);
        }
        List<Path> paths = new ArrayList<>();
        elements.forEach(e -> paths.add(Path.of(e)));
        return paths;
    }

    /** The tables no diff may touch: the migration tools' history tables, Flyway's configured one included (in its schema). */
    protected List<String> historyTables() {
        dev.dibs.engine.model.QualifiedName flyway = dev.dibs.engine.migrate.FlywayHistory.location(flywayTable, schemaList());
        // with tenantSchemas each tenant has its own, in its schema: left out by name in every one
        boolean tenants = tenantSchemas != null && tenantSchemas.stream().anyMatch(t -> t != null && !t.isBlank());
        return tenants ? dev.dibs.engine.inspect.Inspector.historyTablesNamed(flyway.name())
                : dev.dibs.engine.inspect.Inspector.historyTables(flyway);
    }

    protected List<String> packageList() {
        return packages == null ? List.of() : packages.stream().map(String::trim).filter(p -> !p.isEmpty()).toList();
    }

    /** The configured Flyway locations, blanks dropped (the engine checks each). */
    protected List<String> flywayLocationList() {
        return flywayLocations == null ? List.of("db/migration")
                : flywayLocations.stream().map(String::trim).filter(l -> !l.isEmpty()).toList();
    }

    protected List<String> schemaList() {
        List<String> list = schemas == null ? List.of() : schemas.stream().map(String::trim).filter(s -> !s.isEmpty()).toList();
        return ManagedSchemas.checked(list.isEmpty() ? List.of("public") : list);
    }

    protected LoadedSchema loadIntent() throws MojoExecutionException {
        LoadedSchema intent = readIntent();
        intent.warnings().forEach(w -> getLog().warn(Printable.escape(w)));
        return intent;
    }

    /**
     * {@link #loadIntent} on a thread of its own, for a goal whose first steps need no Java schema
     * (a replay runs the migrations meanwhile); the class path is resolved here first.
     */
    protected Background<LoadedSchema> startLoadingIntent() throws MojoExecutionException {
        IntentLoader.Builder loader = intentLoader();
        return Background.start("dibs-load", () -> {
            LoadedSchema intent = KeptJavaSchema.load(loader);
            intent.warnings().forEach(w -> getLog().warn(Printable.escape(w)));
            return intent;
        }, intent -> { });
    }

    /** {@link #readIntent} on a thread of its own (warnings not printed: the report carries them); the class path is resolved here first. */
    protected Background<LoadedSchema> startReadingIntent() throws MojoExecutionException {
        IntentLoader.Builder loader = intentLoader();
        return Background.start("dibs-load", () -> KeptJavaSchema.load(loader), intent -> { });
    }

    /** The Java schema without printing its warnings: for goals whose report carries and prints them. */
    protected LoadedSchema readIntent() throws MojoExecutionException {
        return KeptJavaSchema.load(intentLoader());
    }

    /** How this project's Java schema is read: its class path (resolved here), packages, schemas and JPA settings. */
    private IntentLoader.Builder intentLoader() throws MojoExecutionException {
        return IntentLoader.builder().classpath(classpath()).packages(packageList()).schemas(schemaList()).jpa(jpaSettings());
    }

    /**
     * Reads the Java schema for given schemas (a tenant's): the class path resolved once, the
     * classes read on each call.
     */
    protected java.util.function.BiFunction<List<String>, String, LoadedSchema> intentReader() throws MojoExecutionException {
        List<Path> cp = classpath();
        // not kept between goals: one file per tenant would crowd out every other project's
        return (managed, tenant) -> IntentLoader.builder().classpath(cp).packages(packageList()).schemas(managed).tenant(tenant)
                .jpa(jpaSettings()).load();
    }

    /**
     * The Java schema a fleet migration records its objects with; null for tenant schemas, whose
     * tables each tenant names otherwise — for them the classes are read once as the first tenant's,
     * to refuse a {@code @Table} naming its own schema before any tenant is touched.
     */
    protected LoadedSchema fleetIntent(List<FleetTarget> fleet) throws MojoExecutionException {
        FleetTarget tenant = fleet.stream().filter(t -> t.tenant() != null).findFirst().orElse(null);
        if (tenant == null) {
            return loadIntent();
        }
        // read as a tenant's, so that a @Table naming its own schema fails here (dibs:diff checks the rest per tenant)
        LoadedSchema first = intentReader().apply(tenant.schemas(schemaList()), tenant.tenant());
        first.warnings().forEach(w -> getLog().warn(Printable.escape(w)));
        return null;
    }

    /** What each target of a fleet is compared with: {@code whole} for databases, the Java schema placed in its schema for a tenant. */
    protected java.util.function.Function<FleetTarget, LoadedSchema> fleetIntents(LoadedSchema whole) throws MojoExecutionException {
        return whole != null ? target -> whole : dev.dibs.engine.fleet.TenantIntents.of(intentReader(), schemaList());
    }

    /** The drifting targets of a fleet compared with the Java schema, named (at most 20, escaped); empty when none drifts. */
    protected static String driftingTargets(FleetResult result) {
        if (result.drifting().isEmpty()) {
            return "";
        }
        return result.drifting().size() + " targets differ from the Java schema: "
                + String.join(", ", result.drifting().stream().limit(20).map(o -> Printable.escape(o.target().name())).toList())
                + (result.drifting().size() > 20 ? ", …" : "");
    }

    /** The JPA parameters as they are given: the engine resolves and checks them, naming the parameter. */
    protected JpaSettings jpaSettings() {
        return new JpaSettings(jpaNaming, jpaImplicitNaming, jpaPhysicalNaming);
    }

    protected Duration lockWait() {
        return Durations.parse(migrationLockWait, "migrationLockWait");
    }

    /** The JDBC URL of {@code url}, else of {@code DIBS_DATABASE_URL}; null when neither names one (the embedded dev database). */
    protected String configuredUrl() {
        String configured = url != null && !url.isBlank() ? url : environment.apply(DATABASE_URL_ENV);
        return configured == null || configured.isBlank() ? null : configured;
    }

    /**
     * The database to work on, opened for the goal's duration: the configured one, or the embedded
     * dev database under {@code target/dibs/postgres}.
     */
    protected Database openDatabase() throws MojoFailureException {
        String configured = configuredUrl();
        if (configured == null) {
            Path data = reportsDirectory().resolve("postgres");
            PostgresServer server = embedded().devDatabase(data);
            getLog().info("dibs: no database configured (url, " + DATABASE_URL_ENV + "): using the " + server.description()
                    + " (kept until mvn clean)");
            return new Database(server.admin(), server);
        }
        Credentials credentials = Credentials.resolve(configured, user, password, serverId, settings, decrypter).checked();
        ConnectionInfo info = credentials.connectionInfo();
        getLog().info("dibs: database " + info.describe());
        return new Database(info, null);
    }

    /** A database and, for the embedded dev database, the server to stop afterwards. */
    protected record Database(ConnectionInfo info, PostgresServer owned) implements AutoCloseable {
        @Override
        public void close() {
            if (owned != null) {
                owned.close();
            }
        }
    }

    /** The embedded servers of this goal ({@code embeddedVersion}, this machine's binaries). */
    protected EmbeddedServers embedded() {
        if (embeddedServers == null) {
            embeddedServers = new EmbeddedServers(repositorySystem, repositorySession, project.getRemoteProjectRepositories(),
                    embeddedVersion);
        }
        return embeddedServers;
    }

    /** Starts the embedded scratch server of a major version (the target database's). */
    protected PostgresServer embeddedScratch(int major) {
        return PostgresServers.forOneRun(embedded().throwaway(major));
    }

    /**
     * The embedded scratch servers, which also say what a server of a major version would be before
     * one starts: what was built on one before is then taken without starting another.
     */
    protected ScratchServers.Factory scratchServers() {
        return new ScratchServers.Factory() {
            @Override
            public PostgresServer start(int major) {
                return embeddedScratch(major);
            }

            @Override
            public String identity(int major) {
                return embedded().throwawayIdentity(major);
            }
        };
    }

    /**
     * The throwaway server for {@code dibs:check}, {@code dibs:generate} and {@code dibs:baseline}: the
     * embedded one of {@code embeddedVersion}, or what {@code checkDatabase} names ({@code docker:IMAGE}, a JDBC URL).
     */
    protected PostgresServer checkServer(String checkDatabase) {
        String spec = checkDatabase == null ? "" : checkDatabase.trim();
        return PostgresServers.forOneRun(spec.isEmpty() || spec.equals("embedded") ? embedded().throwaway() : PostgresServers.start(spec));
    }

    /** {@link #checkServer}, started on a thread of its own while the goal reads the Java schema. */
    protected Background<PostgresServer> startCheckServer(String checkDatabase) {
        return Background.start("dibs-check-server", () -> checkServer(checkDatabase), PostgresServer::close);
    }
}
