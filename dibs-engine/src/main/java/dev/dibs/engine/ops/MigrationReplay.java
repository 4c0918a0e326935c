package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.migrate.DiscoveredMigration;
import dev.dibs.engine.migrate.FlywayJavaMigrations;
import dev.dibs.engine.migrate.MigrationException;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.migrate.MigrationReport;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.report.DriftReport;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Replays every migration from zero on a throwaway PostgreSQL and compares the result with the
 * Java schema: {@code dibs:check} (the CI gate, no live database) and {@code dibs:generate} (what
 * the next migration must do) — independent of any dev database's state.
 */
public final class MigrationReplay {

    /**
     * The migrations that ran, and the plan from their result to the Java schema (empty: they agree);
     * {@code unreproducible}, what differs that no plan changes ({@link FidelityGuard}: an aspect
     * dibs does not model, such as {@code MATCH FULL} or a tablespace, one sentence each).
     */
    public record Result(MigrationReport migrations, Plan plan, Schema desired, String server, List<String> unreproducible) {
        public Result {
            unreproducible = List.copyOf(unreproducible);
        }

        /** Whether the migrations give exactly the Java schema. */
        public boolean agree() {
            return plan.isEmpty() && unreproducible.isEmpty();
        }
    }

    private MigrationReplay() {
    }

    /**
     * @param schemas       the configured {@code schemas}, in their order, exactly as {@code dibs:migrate} gets them: the
     *                      replay must keep its metadata tables where a real run does (the first), and so create no
     *                      other schema a fresh database would lack
     * @param checkDatabase {@code embedded} (default) or {@code docker:IMAGE}, as {@link PostgresServers#start} takes
     */
    public static Result replay(LoadedSchema intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                String checkDatabase, MigrationListener listener) {
        refuseFlywayJavaMigrations(classpath, packages);
        try (PostgresServer server = PostgresServers.forOneRun(PostgresServers.start(checkDatabase))) {
            return replay(intent, schemas, classpath, packages, server, listener);
        }
    }

    /** Flyway Java migrations cannot be replayed: dibs never runs them, so what they build is unknown here. */
    private static void refuseFlywayJavaMigrations(List<Path> classpath, List<String> packages) {
        String refusal = FlywayJavaMigrations.replayRefusal(FlywayJavaMigrations.find(classpath, packages), "dibs:check and dibs:generate");
        if (refusal != null) {
            throw new MigrationException(refusal);
        }
    }

    /** As above, on a server the caller started (and stops); the replay uses a new database on it and drops it. */
    public static Result replay(LoadedSchema intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                PostgresServer server, MigrationListener listener) {
        return replay(intent, schemas, classpath, packages, List.of("db/migration"), server, listener);
    }

    /** As above, with the Flyway SQL migrations of {@code flywayLocations} (class-path folders) replayed in order too. */
    public static Result replay(LoadedSchema intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                List<String> flywayLocations, PostgresServer server, MigrationListener listener) {
        refuseFlywayJavaMigrations(classpath, packages);
        List<DiscoveredMigration> migrations = MigrationRunner.discover(classpath, packages, flywayLocations);
        return replay(() -> intent, schemas, classpath, packages, flywayLocations, migrations, server, listener, false,
                PlanOptions.defaults());
    }

    /**
     * As above, with what is still on its way ({@code dibs:check}, {@code dibs:generate}): the
     * migrations are found while the server starts, and replayed while the Java schema is read
     * ({@code intent} waits for it; running them does not need it). The server {@code server} gives
     * is this replay's: it is stopped once both schemas are read, while the plan is made. A Java
     * schema that cannot be read is what is reported, even when a migration failed too, or the
     * server could not start; otherwise a failed migration is.
     */
    public static Result replay(Supplier<LoadedSchema> intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                List<String> flywayLocations, Supplier<PostgresServer> server, MigrationListener listener) {
        return replay(intent, schemas, classpath, packages, flywayLocations, server, listener, PlanOptions.defaults());
    }

    /** As above, the plan made with {@code options} ({@code dibs:generate -Ddibs.concurrentIndexes}). */
    public static Result replay(Supplier<LoadedSchema> intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                List<String> flywayLocations, Supplier<PostgresServer> server, MigrationListener listener,
                                PlanOptions options) {
        List<DiscoveredMigration> migrations;
        PostgresServer started;
        try {
            refuseFlywayJavaMigrations(classpath, packages);
            migrations = MigrationRunner.discover(classpath, packages, flywayLocations);
            started = server.get();
        } catch (RuntimeException e) {
            intent.get(); // throws when the Java schema cannot be read: that is said first
            throw e;
        }
        return replay(intent, schemas, classpath, packages, flywayLocations, migrations, started, listener, true, options);
    }

    private static Result replay(Supplier<LoadedSchema> intent, List<String> schemas, List<Path> classpath, List<String> packages,
                                 List<String> flywayLocations, List<DiscoveredMigration> migrations, PostgresServer server,
                                 MigrationListener listener, boolean stopWhenRead, PlanOptions options) {
        Stop stop = new Stop(server, stopWhenRead);
        Result result;
        try {
            // The Java schema's canonical form needs only the server, not the replay: it is made in a
            // scratch database of its own meanwhile.
            try (Background<Inspection> canonical = Background.start("dibs-canonicalize",
                    () -> Canonicalizer.canonicalizeBesideMigrations(intent.get(), server), schema -> { })) {
                ConnectionInfo db = server.createDatabase("dibs_check");
                try {
                    MigrationReport report;
                    try {
                        report = MigrationRunner.builder().database(db).classpath(classpath).packages(packages)
                                .schemas(schemas).flywayLocations(flywayLocations).migrations(migrations)
                                .listener(listener).build().run();
                    } catch (RuntimeException e) {
                        intent.get(); // throws when the Java schema cannot be read: that is said first
                        throw e;
                    }
                    Inspection replayed;
                    try (Connection c = db.open()) {
                        replayed = Inspector.inspect(c, intent.get().schema().namespaces());
                    } catch (SQLException e) {
                        throw new IllegalStateException("cannot read the replayed schema: " + Printable.message(e), e);
                    }
                    Inspection desired = canonical.get();
                    String description = server.description();
                    Plan plan = Planner.plan(replayed.schema(), desired.schema(), intent.get().renames(), options);
                    // what both sides have and the model finds equal is held to PostgreSQL's own definitions, as
                    // dibs:diff holds a database: migrations that make a MATCH FULL key the Java schema cannot
                    // say give a schema dibs:diff would call drifted (re-printing, when needed, on this server)
                    List<String> unreproducible;
                    try (DriftDetector.Rebuilt reprints = new DriftDetector.Rebuilt(replayed, desired, () -> server)) {
                        unreproducible = FidelityGuard.check(plan, replayed.schema(), replayed.fingerprints(), desired.schema(),
                                desired.fingerprints(), null, reprints::reprint, DriftReport.JAVA_SCHEMA);
                    }
                    stop.start(); // both schemas are read and held to each other: the server stops meanwhile
                    result = new Result(report, plan, desired.schema(), description, unreproducible);
                } finally {
                    if (!stop.started()) {
                        server.dropDatabase(db);
                    }
                }
            }
        } catch (RuntimeException | Error e) {
            stop.finishAfter(e);
            throw e;
        }
        stop.finish();
        return result;
    }

    /** Stopping the server a replay was given, once, on a thread of its own when it can overlap the plan. */
    private static final class Stop {
        private final PostgresServer server;
        private final boolean owned;
        private Background<Boolean> stopping;

        Stop(PostgresServer server, boolean owned) {
            this.server = server;
            this.owned = owned;
        }

        void start() {
            if (owned && stopping == null) {
                stopping = Background.start("dibs-stop", () -> {
                    server.close();
                    return Boolean.TRUE;
                }, stopped -> { });
            }
        }

        boolean started() {
            return stopping != null;
        }

        /** Waits for the stop (or stops now); a failed stop is thrown, as closing the server would. */
        void finish() {
            if (!owned) {
                return;
            }
            if (stopping == null) {
                server.close();
            } else {
                stopping.get();
            }
        }

        /** As {@link #finish}, after {@code failure}: a failed stop is added to it. */
        void finishAfter(Throwable failure) {
            try {
                finish();
            } catch (RuntimeException | Error e) {
                failure.addSuppressed(e);
            }
        }
    }
}
