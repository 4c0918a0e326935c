package dev.dibs.engine.migrate;

import dev.dibs.engine.naming.Printable;
import dev.dibs.DibsMigration;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.LockTimeout;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.function.Supplier;
import java.util.Map;
import java.util.Objects;

/**
 * Applies pending migrations ({@code @Migration} classes and Flyway SQL files) in {@link MigrationOrder}, each exactly once: runs are serialised by an advisory
 * lock, each migration runs in its own transaction together with its row in
 * {@code __dibs_migrations}, and a changed applied migration stops the run before anything runs.
 *
 * <pre>{@code
 * MigrationReport report = MigrationRunner.builder()
 *         .database(info).classpath(classpath).schemas(List.of("public"))
 *         .listener(progress).build().run();
 * }</pre>
 */
public final class MigrationRunner {

    /**
     * The driver forgets every statement it prepared on the server when a CREATE, ALTER or DROP
     * completes, since one might now return other columns. Nearly every migration runs one, so dibs's
     * own statements (which never change shape) would be parsed and planned anew for each migration;
     * the migration's own statements are never server-prepared instead ({@link RunContext},
     * {@link MigrationTransaction}), so none of them can be caught by a change of shape either.
     */
    private static final Map<String, String> MIGRATION_CONNECTION = Map.of("flushCacheOnDdl", "false");

    private final ConnectionInfo database;
    private final List<Path> classpath;
    private final List<String> packages;
    private final List<String> schemas;
    private final Duration lockWait;
    private final String lockTimeout;
    private final MigrationListener listener;
    /** The Java schema, possibly still being read; null: none. */
    private final Supplier<LoadedSchema> intent;
    private final dev.dibs.engine.model.QualifiedName flywayTable;
    /** {@code flywayTable} as configured: a copy for a tenant schema finds it in its own schema. */
    private final String flywayTableSetting;
    private final List<String> flywayLocations;
    /** The tenant schema a fleet of tenants runs this on (the first of {@code schemas}); null outside tenant mode. */
    private final String tenant;
    /** The migrations on the class path, found once however many databases this runner is copied to. */
    private final Discovered discovered;
    /** Told when the last migration committed (see {@link Builder#afterMigrations}). */
    private final Runnable afterMigrations;

    private MigrationRunner(Builder b) {
        this.database = Objects.requireNonNull(b.database, "database");
        this.classpath = List.copyOf(b.classpath);
        this.packages = List.copyOf(b.packages);
        this.schemas = List.copyOf(b.schemas);
        this.lockWait = b.lockWait;
        this.lockTimeout = b.lockTimeout;
        this.listener = b.listener;
        this.intent = b.intent;
        this.afterMigrations = b.afterMigrations;
        this.flywayTableSetting = b.flywayTable;
        this.flywayTable = FlywayHistory.location(b.flywayTable, schemas);
        this.flywayLocations = List.copyOf(b.flywayLocations);
        this.tenant = b.tenant;
        this.discovered = new Discovered(classpath, packages, flywayLocations, b.found);
    }

    /** The same migrations and settings, for another database (a fleet's target). */
    private MigrationRunner(MigrationRunner from, ConnectionInfo database, List<String> schemas, String tenant,
                            MigrationListener listener) {
        this.database = Objects.requireNonNull(database, "database");
        this.classpath = from.classpath;
        this.packages = from.packages;
        this.schemas = List.copyOf(schemas);
        this.lockWait = from.lockWait;
        this.lockTimeout = from.lockTimeout;
        this.listener = listener;
        this.intent = from.intent;
        this.afterMigrations = () -> { }; // a copy runs on another database: its caller's hook is not about this one
        this.flywayTableSetting = from.flywayTableSetting;
        this.flywayTable = FlywayHistory.location(flywayTableSetting, this.schemas);
        this.flywayLocations = from.flywayLocations;
        this.tenant = tenant;
        this.discovered = from.discovered;
    }

    /**
     * This runner for another database: a fleet's target, or a tenant schema ({@code tenant} non-null,
     * the first of {@code schemas}: its {@code __dibs_*} tables, search path and lock live there). The
     * migrations are found once for all copies.
     */
    public MigrationRunner on(ConnectionInfo target, List<String> targetSchemas, String targetTenant, MigrationListener progress) {
        if (targetTenant != null && !targetTenant.equals(targetSchemas.get(0))) {
            throw new IllegalArgumentException("a tenant schema must be the first of the schemas");
        }
        return new MigrationRunner(this, target, targetSchemas, targetTenant, progress);
    }

    /** The migrations this runner applies, found on the class path (once). */
    public List<DiscoveredMigration> migrations() {
        return discovered.get();
    }
    public static Builder builder() {
        return new Builder();
    }

    public MigrationReport run() {
        List<DiscoveredMigration> discovered;
        try {
            discovered = migrations();
        } catch (RuntimeException e) {
            throw javaSchemaFirst(e);
        }
        long start = System.nanoTime();
        try (Connection c = database.open(MIGRATION_CONNECTION)) {
            // the Java schema is waited for before the lock (which another run may hold for long) and
            // before anything is written: one that cannot be read stops the run here
            LoadedSchema schema = intent == null ? null : intent.get();
            AdvisoryLock lock = new AdvisoryLock(c, schemas.get(0));
            lock.acquire(lockWait, listener);
            MigrationReport report;
            try {
                report = runLocked(c, discovered, start, schema);
            } catch (SQLException | RuntimeException e) {
                // A lost connection took its session lock with it; releasing it again must not hide why the run stopped.
                try {
                    if (!c.isClosed()) {
                        lock.release();
                    }
                } catch (SQLException r) {
                    e.addSuppressed(r);
                }
                throw e;
            }
            lock.release();
            return report;
        } catch (SQLException e) {
            throw javaSchemaFirst(new MigrationException("cannot run migrations on " + database.describe() + ": " + Printable.message(e), e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException("interrupted while waiting for the migration lock", e);
        }
    }

    /**
     * {@code failure}, unless the Java schema (still being read when the run began) cannot be read:
     * that is said first, as when it was read before anything else, with {@code failure} attached.
     */
    private RuntimeException javaSchemaFirst(RuntimeException failure) {
        if (intent != null) {
            try {
                intent.get();
            } catch (RuntimeException unreadable) {
                if (unreadable != failure) {
                    unreadable.addSuppressed(failure);
                }
                return unreadable;
            }
        }
        return failure;
    }

    /**
     * The migrations on {@code classpath} as a runner finds them (sorted), found before there is a
     * database to run them on: {@link Builder#migrations} hands them to the runner, which then does
     * not look again (a replay finds them while its server starts).
     */
    public static List<DiscoveredMigration> discover(List<Path> classpath, List<String> packages, List<String> flywayLocations) {
        return new Discovered(List.copyOf(classpath), List.copyOf(packages), List.copyOf(flywayLocations), null).get();
    }

    /** Applied, pending, changed and missing migrations, without running anything. */
    public MigrationStatus status() {
        List<DiscoveredMigration> discovered = migrations();
        try (Connection c = database.open()) {
            MetadataStore store = new MetadataStore(c, schemas);
            Map<String, String> applied = store.exists() ? store.applied() : Map.of();
            return MigrationStatus.of(discovered, applied, FlywayHistory.read(c, flywayTable));
        } catch (SQLException e) {
            throw new MigrationException("cannot read the migration status of " + database.describe() + ": " + Printable.message(e), e);
        }
    }

    /** The @Migration classes and the Flyway Java migrations (placed, never run, by dibs), found on first use. */
    private static final class Discovered {
        private final List<Path> classpath;
        private final List<String> packages;
        private final List<String> flywayLocations;
        private List<DiscoveredMigration> found;

        Discovered(List<Path> classpath, List<String> packages, List<String> flywayLocations, List<DiscoveredMigration> found) {
            this.classpath = classpath;
            this.packages = packages;
            this.flywayLocations = flywayLocations;
            this.found = found;
        }

        synchronized List<DiscoveredMigration> get() {
            if (found == null) {
                List<DiscoveredMigration> all = new ArrayList<>(MigrationDiscovery.discover(classpath, packages, flywayLocations));
                all.addAll(FlywayJavaMigrations.find(classpath, packages));
                found = all.stream().sorted().toList();
            }
            return found;
        }
    }

    private MigrationReport runLocked(Connection c, List<DiscoveredMigration> discovered, long start, LoadedSchema schema)
            throws SQLException {
        MetadataStore store = new MetadataStore(c, schemas);
        store.create();
        MigrationStatus status = MigrationStatus.of(discovered, store.applied(), FlywayHistory.read(c, flywayTable));
        if (!status.refusals().isEmpty()) {
            throw new MigrationException(status.refusals().get(0));
        }
        if (!status.changed().isEmpty()) {
            throw new MigrationException("Applied migrations changed since they ran; nothing was run. dibs does not re-run them:"
                    + status.changed().stream().map(m -> "\n  " + Printable.escape(m.describe())).reduce("", String::concat)
                    + "\nRevert the changes, or write a new migration for what should change.");
        }
        if (!status.missing().isEmpty()) {
            listener.warning("Applied migrations no class or SQL file has any more: " + Printable.escape(status.missing().toString()));
        }
        String lastApplied = status.applied().isEmpty() ? null : status.applied().get(status.applied().size() - 1);
        FlywayScript.refuseUnrunnable(status.pending());
        status.pending().stream().filter(m -> lastApplied != null && MigrationOrder.compare(m.id(), lastApplied) < 0).forEach(m ->
                listener.warning("Migration " + m.id() + " sorts before the already applied " + lastApplied + "; it runs now."));
        listener.planned(status.applied().size(), status.pending().size());
        // in the order the migrations first touched each object: the metadata rows are merged in that order
        Map<MetadataStore.ObjectKey, String> createdBy = new java.util.LinkedHashMap<>();
        Map<MetadataStore.ObjectKey, String> modifiedBy = new java.util.LinkedHashMap<>();
        List<DiscoveredMigration> ran = new ArrayList<>();
        try (URLClassLoader loader = MigrationClasses.loader(classpath)) {
            int number = 0;
            for (DiscoveredMigration m : status.pending()) {
                listener.migrationStarted(m, ++number, status.pending().size());
                // A transactional migration's objects are found from its own catalog rows; a
                // non-transactional one commits as it goes, so its effect is a before/after comparison.
                Map<MetadataStore.ObjectKey, String> before = m.transactional() ? null : store.fingerprints();
                if (!m.transactional()) {
                    SearchPath.pin(c, schemas); // a transactional migration pins it in the query that begins it
                }
                long t0 = System.nanoTime();
                java.util.Set<MetadataStore.ObjectKey> touched;
                try {
                    touched = runOne(c, store, m, m.script() != null ? new FlywaySqlMigration(m.script()) : MigrationClasses.instantiate(m, loader));
                } catch (MigrationFailedException e) {
                    listener.migrationFailed(m, e.getMessage());
                    throw e;
                }
                Duration took = Duration.ofNanos(System.nanoTime() - t0);
                listener.migrationFinished(m, took);
                ran.add(m);
                if (before != null) {
                    touched = new java.util.HashSet<>();
                    for (var entry : store.fingerprints().entrySet()) {
                        if (!entry.getValue().equals(before.get(entry.getKey()))) {
                            touched.add(entry.getKey());
                        }
                    }
                }
                for (MetadataStore.ObjectKey key : touched) {
                    createdBy.putIfAbsent(key, m.id());
                    modifiedBy.put(key, m.id());
                }
            }
        } catch (java.io.IOException e) {
            throw new MigrationException("cannot close the migration class loader", e);
        }
        try {
            afterMigrations.run(); // what follows writes only dibs's own tables
        } catch (RuntimeException e) {
            // the migrations are committed and recorded: their __dibs_* rows are written all the same
            listener.warning("After the migrations, the step told of their end failed (" + e + "); the migrations are applied"
                    + " and recorded, and dibs goes on.");
        }
        store.updateObjects(createdBy, modifiedBy, schema);
        return new MigrationReport(ran, status.applied().size(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Runs one migration; for a transactional one, returns the objects it created or changed (else null). */
    private java.util.Set<MetadataStore.ObjectKey> runOne(Connection c, MetadataStore store, DiscoveredMigration m,
                                                          DibsMigration migration) throws SQLException {
        MigrationTransaction tx = new MigrationTransaction(c, m);
        RunContext ctx = new RunContext(c, m, listener, tx, tenant);
        long t0 = System.nanoTime();
        if (m.transactional()) {
            c.setAutoCommit(false);
            boolean committing = false;
            try {
                // Round trips: this begin, each statement, and the recording (with the last statement's check) and commit.
                tx.begin(SearchPath.of(schemas), lockTimeout);
                migration.migrate(ctx);
                tx.beforeRecord();
                if (tenant != null) {
                    TenantBoundary.check(c, tenant, database);
                }
                committing = true;
                var touched = store.recordAndCommit(m, (System.nanoTime() - t0) / 1_000_000, tx.xid());
                tx.afterRecord(touched != null);
                c.setAutoCommit(true);
                return touched;
            } catch (Exception | LinkageError e) {
                // What remains is what PostgreSQL reports of the migration's transaction, not what dibs assumes.
                String state = tx.afterFailure(database, ctx.statementIndex(), committing) + validationNote(ctx.failedSql());
                restoreAutoCommit(c);
                throw new MigrationFailedException(m, ctx.statementIndex(), ctx.failedSql(), e, state);
            }
        }
        boolean failed = false;
        try {
            if (lockTimeout != null) {
                // for the session: a non-transactional migration commits as it goes; reset below
                LockTimeout.set(c, lockTimeout, false);
            }
            migration.migrate(ctx);
            NonTransactionalRun.refuseOpenTransaction(c, m);
            store.record(m, (System.nanoTime() - t0) / 1_000_000);
            return null;
        } catch (Exception | LinkageError e) {
            failed = true;
            throw new MigrationFailedException(m, ctx.statementIndex(), ctx.currentSql, e, (c.isClosed()
                    ? "The connection to PostgreSQL was lost " + (ctx.currentSql == null ? "after statement " + ctx.statementIndex() + ". "
                            : "during statement " + ctx.statementIndex() + ": whether that statement itself committed is unknown. ")
                    : "") + "This migration is not transactional (" + (m.script() != null
                            ? "a SQL file whose statements all run outside a transaction, as Flyway runs it"
                            : "@Migration(transactional = false)") + "): the statements before the failing one"
                            + " ran and stay committed, and it is not recorded as applied, so the next run starts it again from"
                            + " the beginning. Make its statements safe to repeat (IF NOT EXISTS, idempotent backfills) or undo"
                            + " them by hand; a failed CREATE INDEX CONCURRENTLY leaves an INVALID index to drop first.");
        } finally {
            NonTransactionalRun.resetLockTimeout(c, failed);
        }
    }

    /** After a failure the connection may be gone: the failure being reported already says so. */
    private static void restoreAutoCommit(Connection c) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            // the connection broke after the failure was examined; the run stops with that failure
        }
    }

    /** Builder of a {@link MigrationRunner}. */
    public static final class Builder {
        private ConnectionInfo database;
        private final List<Path> classpath = new ArrayList<>();
        private final List<String> packages = new ArrayList<>();
        private final List<String> schemas = new ArrayList<>(List.of("public"));
        private Duration lockWait = Duration.ofMinutes(10);
        private String lockTimeout;
        private MigrationListener listener = MigrationListener.NONE;
        private Supplier<LoadedSchema> intent;
        private Runnable afterMigrations = () -> { };
        private String flywayTable;
        private final List<String> flywayLocations = new ArrayList<>(List.of(FlywayDiscovery.DEFAULT_LOCATION));
        private String tenant;
        private List<DiscoveredMigration> found;

        public Builder database(ConnectionInfo info) {
            this.database = info;
            return this;
        }

        /** Compiled migrations and their dependencies. */
        public Builder classpath(List<Path> elements) {
            classpath.addAll(elements);
            return this;
        }

        public Builder packages(List<String> names) {
            packages.addAll(names);
            return this;
        }

        /** The managed schemas; the metadata tables live in the first. */
        public Builder schemas(List<String> names) {
            if (names.isEmpty()) {
                throw new IllegalArgumentException("schemas must name at least one schema");
            }
            schemas.clear();
            schemas.addAll(names);
            return this;
        }

        /** How long to wait for another runner (default 10 minutes). */
        public Builder lockWait(Duration wait) {
            this.lockWait = wait;
            return this;
        }

        /** Postgres {@code lock_timeout} for each migration's statements, e.g. {@code 10s}; null keeps the server's. */
        public Builder lockTimeout(String timeout) {
            this.lockTimeout = timeout;
            return this;
        }

        public Builder listener(MigrationListener l) {
            this.listener = l;
            return this;
        }

        /** The Java schema, to record source positions and doc comments in the metadata tables. */
        public Builder intent(LoadedSchema schema) {
            this.intent = schema == null ? null : () -> schema;
            return this;
        }

        /**
         * The Java schema still being read ({@code dibs:migrate} reads it while the migrations are
         * found and the database is opened): waited for before the lock is taken and anything
         * written, so that a Java schema that cannot be read stops the run before any migration, and
         * is said before the migrations' own problems or an unreachable database, as when it was read first.
         */
        public Builder intent(Supplier<LoadedSchema> schema) {
            this.intent = schema;
            return this;
        }

        /**
         * Told once the last migration committed, before dibs writes which migration made each object
         * (its own {@code __dibs_*} rows) and releases the lock: from then on the compared objects do
         * not change, so {@code dibs:migrate} starts reading the database for its check after
         * migrating. Called whenever the run gets that far, with or without pending migrations; a hook
         * that throws is reported as a warning, and the run goes on to record the migrations' objects.
         */
        public Builder afterMigrations(Runnable hook) {
            this.afterMigrations = java.util.Objects.requireNonNull(hook, "hook");
            return this;
        }

        /**
         * Flyway's schema history table, {@code table} or {@code schema.table} (default
         * {@code flyway_schema_history} in the first of the schemas): the migrations it records
         * count as applied.
         */
        public Builder flywayTable(String table) {
            this.flywayTable = table;
            return this;
        }

        /**
         * Class-path folders holding Flyway SQL migrations ({@code db/migration} by default; {@code classpath:}
         * accepted as Flyway writes it). An empty list looks for none.
         */
        public Builder flywayLocations(List<String> locations) {
            flywayLocations.clear();
            flywayLocations.addAll(locations);
            return this;
        }

        /**
         * The tenant schema this run migrates (it must be the first of {@code schemas}); a migration
         * reads it from {@link dev.dibs.MigrationContext#tenant()}.
         */
        public Builder tenant(String schema) {
            this.tenant = schema;
            return this;
        }

        /**
         * The migrations {@link #discover} found on this builder's class path, packages and Flyway
         * locations, so that the runner does not look again.
         */
        public Builder migrations(List<DiscoveredMigration> discovered) {
            this.found = List.copyOf(discovered);
            return this;
        }

        public MigrationRunner build() {
            if (tenant != null && !tenant.equals(schemas.get(0))) {
                throw new IllegalArgumentException("the tenant schema must be the first of the schemas");
            }
            return new MigrationRunner(this);
        }
    }

    private static final java.util.regex.Pattern VALIDATE = java.util.regex.Pattern.compile(
            "(?is)\\s*ALTER\\s+TABLE\\s.+\\sVALIDATE\\s+CONSTRAINT\\s.+");

    /** The name of a check standing for a column's NOT NULL: {@code <table>_<column>_dibs_not_null}, a number after it or not. */
    private static final java.util.regex.Pattern NOT_NULL_CHECK = java.util.regex.Pattern.compile("(?i)_dibs_not_null[0-9]*\"?\\s*$");

    /**
     * After a failed {@code VALIDATE CONSTRAINT} (what {@code dibs:generate} writes as {@code …_validate}):
     * what the constraint is left as, and that the rows, not the migration, are what to fix. Empty otherwise.
     */
    static String validationNote(String failedSql) {
        if (failedSql == null || !VALIDATE.matcher(failedSql).matches()) {
            return "";
        }
        // the check dibs:generate adds to stand for a column's NOT NULL while its rows are read (AlterColumnRenderer)
        boolean notNull = NOT_NULL_CHECK.matcher(failedSql).find();
        return " The constraint it validates stays as it was: NOT VALID, PostgreSQL checking the rows written since it was"
                + " added, not those already there. If rows break it, the migration is right and the rows are what to fix"
                + (notNull ? " (it stands for the column's NOT NULL, which this migration sets after it: fill or remove the rows"
                + " holding NULL in that column)" : " (or remove)")
                + "; if it waited past lockTimeout behind a VACUUM, an ANALYZE or a schema change of the table,"
                + " run again once that is done.";
    }
}
