package dev.dibs.engine.ops;

import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.canonical.ScratchDatabase;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.canonical.TenantBuilds;
import dev.dibs.engine.diff.RenameStage;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.inspect.NotValidNotNulls;
import dev.dibs.engine.inspect.ServerFacts;
import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Compares the Java schema with a live database: the heart of {@code dibs:diff}, {@code dibs:sql} and {@code dibs:migrate}. */
public final class DriftDetector {

    private DriftDetector() {
    }

    /** As {@link #detect(LoadedSchema, ConnectionInfo, ScratchServers.Factory, PlanOptions)}, always with this scratch server. */
    public static DriftReport detect(LoadedSchema intent, ConnectionInfo database, Supplier<PostgresServer> embedded,
                                     PlanOptions options) {
        return detect(intent, database, ScratchServers.Factory.always(embedded), options);
    }

    /**
     * @param embedded starts the embedded PostgreSQL of the database's major version, where the
     *                 Java schema is built to be read back in PostgreSQL's words (never on the
     *                 database's own server: see {@link ScratchServers})
     */
    public static DriftReport detect(LoadedSchema intent, ConnectionInfo database, ScratchServers.Factory embedded,
                                     PlanOptions options) {
        return detect(intent, database, embedded, options, Inspector.HISTORY_TABLES);
    }

    /** As above, leaving these history tables out ({@link Inspector#historyTables}: Flyway's configured one too). */
    public static DriftReport detect(LoadedSchema intent, ConnectionInfo database, Supplier<PostgresServer> embedded,
                                     PlanOptions options, List<String> historyTables) {
        return detect(intent, database, ScratchServers.Factory.always(embedded), options, historyTables);
    }

    /** As {@link #detect(LoadedSchema, ConnectionInfo, ScratchServers.Factory, PlanOptions)}, leaving these history tables out. */
    public static DriftReport detect(LoadedSchema intent, ConnectionInfo database, ScratchServers.Factory embedded,
                                     PlanOptions options, List<String> historyTables) {
        return detect(() -> intent, intent.schema().namespaces(), database, embedded, options, historyTables);
    }

    /**
     * As above, with the Java schema possibly still being read ({@code intent} waits for it): the
     * database ({@code namespaces}, the schemas the Java schema is read for) is read and the scratch
     * server started meanwhile — each takes about half a second cold, so a large database's reading
     * is hidden behind the rest. Failures are said in the order the steps had one after the other:
     * the Java schema's, then the database's, then the scratch server's.
     */
    public static DriftReport detect(Supplier<LoadedSchema> intent, List<String> namespaces, ConnectionInfo database,
                                     ScratchServers.Factory embedded, PlanOptions options, List<String> historyTables) {
        try (Background<Inspection> reading = Background.start("dibs-inspect",
                () -> Inspector.inspect(database, namespaces, historyTables), inspection -> { })) {
            ScratchServers.Choice chosen;
            ServerFacts facts;
            try {
                facts = Inspector.serverFacts(database, namespaces);
                chosen = ScratchServers.onDemand(facts.majorVersion(), embedded);
                if (chosen.knownIdentity() == null) {
                    chosen.server(); // nothing built before can be found without it: started while the rest is read
                }
            } catch (RuntimeException e) {
                intent.get();
                reading.get();
                throw e;
            }
            try (ScratchServers.Choice scratch = chosen) {
                LoadedSchema loaded = intent.get();
                // what was built before for this Java schema on a server like the one to start: then none starts
                Optional<Canonicalizer.Canonical> kept = scratch.started() ? Optional.empty()
                        : Canonicalizer.kept(loaded, scratch.knownIdentity(), facts.extensions());
                if (kept.isEmpty()) {
                    try {
                        scratch.server();
                    } catch (RuntimeException e) {
                        reading.get(); // the database's failure is said before the scratch server's
                        throw e;
                    }
                }
                Inspection current = reading.get();
                if (!loaded.schema().namespaces().equals(namespaces)) {
                    current = Inspector.inspect(database, loaded.schema().namespaces(), historyTables);
                }
                // the database's extensions outside the managed schemas first (those inside are declared by
                // the SQL files), so that a type, function or operator class of theirs resolves there too
                Canonicalizer.Canonical canonical = kept.isPresent() && facts.extensions().equals(current.extensions())
                        ? kept.get() : Canonicalizer.canonicalize(loaded, scratch.server(), current.extensions());
                return detected(loaded, database, current, scratch, canonical, options, historyTables);
            }
        }
    }

    /**
     * A detection whose slow half starts now, on a thread of its own, while the caller works on the
     * database ({@code dibs:migrate}'s migrations): the scratch server is chosen and started, and the
     * Java schema built there and read back, with the extensions the database has now. {@link #detect}
     * then inspects the database as the caller left it; when its extensions changed meanwhile (a
     * migration created one), the Java schema is built again with them, and what PostgreSQL refused
     * in the first build (a type of that extension) is forgotten. Closing it without detecting
     * waits for that work to end and stops what it started.
     */
    public static final class Ahead implements AutoCloseable {
        /** The scratch server, and the Java schema built there with these extensions — or why PostgreSQL refused it. */
        private record Made(ScratchServers.Choice scratch, List<Extension> extensions,
                            Canonicalizer.Canonical canonical, RuntimeException refused) {
        }

        private final Supplier<LoadedSchema> reading;
        private final ConnectionInfo database;
        private final List<String> historyTables;
        private final Background<Made> made;
        private Made ready;
        private boolean detected;
        /** The database's reading, when {@link #startReading} began it. */
        private Background<Inspection> inspecting;

        private Ahead(Supplier<LoadedSchema> reading, ConnectionInfo database, ScratchServers.Factory embedded,
                      List<String> historyTables) {
            this.reading = reading;
            this.database = database;
            this.historyTables = List.copyOf(historyTables);
            this.made = Background.start("dibs-drift-ahead", () -> {
                LoadedSchema intent = reading.get();
                // catalog rows only: a whole inspection could fail on an object a migration drops under it
                ServerFacts facts = Inspector.serverFacts(database, intent.schema().namespaces());
                List<Extension> extensions = facts.extensions();
                ScratchServers.Choice scratch = ScratchServers.onDemand(facts.majorVersion(), embedded);
                try {
                    // built before on a server like the one to start: none starts, unless the migrations change the extensions
                    Optional<Canonicalizer.Canonical> kept = Canonicalizer.kept(intent, scratch.knownIdentity(), extensions);
                    return new Made(scratch, extensions, kept.isPresent() ? kept.get()
                            : Canonicalizer.canonicalize(intent, scratch.server(), extensions), null);
                } catch (RuntimeException e) {
                    // perhaps for want of an extension a migration is about to create: decided after them
                    return new Made(scratch, extensions, null, e);
                } catch (Error e) {
                    scratch.close();
                    throw e;
                }
            }, m -> m.scratch().close());
        }

        /** Starts the scratch work now; {@link #detect} after the caller's own work. */
        public static Ahead start(LoadedSchema intent, ConnectionInfo database, ScratchServers.Factory embedded,
                                  List<String> historyTables) {
            return new Ahead(() -> intent, database, embedded, historyTables);
        }

        /** As above, with the Java schema still being read ({@code intent} waits for it; the head start begins with it). */
        public static Ahead start(Supplier<LoadedSchema> intent, ConnectionInfo database, ScratchServers.Factory embedded,
                                  List<String> historyTables) {
            return new Ahead(intent, database, embedded, historyTables);
        }

        /** Waits for the head start to end (tests: to change the database only after it). */
        Ahead ready() {
            if (ready == null) {
                ready = made.get();
            }
            return this;
        }

        /**
         * Starts reading the database now, on a thread of its own, for {@link #detect}: once the
         * caller's changes are committed and what it still writes is not compared ({@code dibs:migrate}
         * calls it after the last migration, while it writes the {@code __dibs_*} rows and releases
         * its lock). Without it, {@link #detect} reads the database itself.
         */
        public synchronized void startReading() {
            if (inspecting == null) {
                inspecting = Background.start("dibs-inspect",
                        () -> Inspector.inspect(database, reading.get().schema().namespaces(), historyTables), i -> { });
            }
        }

        /** Waits for the reading {@link #startReading} began (tests: to change the database only after it). */
        synchronized Ahead readingDone() {
            if (inspecting != null) {
                inspecting.get();
            }
            return this;
        }

        /** The drift between the Java schema and the database as it is now (or as it was when {@link #startReading} was called). */
        public DriftReport detect(PlanOptions options) {
            LoadedSchema intent = reading.get();
            Background<Inspection> started;
            synchronized (this) {
                started = inspecting;
            }
            Inspection current = started != null ? started.get()
                    : Inspector.inspect(database, intent.schema().namespaces(), historyTables);
            Made m = ready().ready;
            detected = true;
            try (ScratchServers.Choice scratch = m.scratch()) {
                if (!m.extensions().equals(current.extensions())) {
                    return detected(intent, database, current, scratch,
                            Canonicalizer.canonicalize(intent, scratch.server(), current.extensions()), options, historyTables);
                }
                if (m.refused() != null) {
                    throw m.refused();
                }
                Canonicalizer.Canonical canonical = m.canonical();
                return detected(intent, database, current, scratch, canonical, options, historyTables);
            }
        }

        @Override
        public void close() {
            Background<Inspection> started;
            synchronized (this) {
                started = inspecting;
            }
            if (started != null) {
                started.close(); // a reading nobody took: waited for, so no connection outlives the goal
            }
            if (ready == null) {
                made.close();
            } else if (!detected) {
                ready.scratch().close();
            }
        }
    }

    /**
     * Detections of many databases that share their slow half: one scratch server per major version,
     * and the Java schema built there once per schema and set of extensions (a fleet's targets are
     * mostly alike). Thread-safe: a fleet detects on several targets at once. Closing it stops the
     * scratch servers it started.
     */
    public static final class Shared implements AutoCloseable {
        private record Key(LoadedSchema intent, int major, List<Extension> extensions) {
            @Override
            public boolean equals(Object o) {
                return o instanceof Key k && k.intent == intent && k.major == major && k.extensions.equals(extensions);
            }

            @Override
            public int hashCode() {
                return System.identityHashCode(intent) * 31 + major * 17 + extensions.hashCode();
            }
        }

        private final ScratchServers.Factory embedded;
        private final Map<Integer, ScratchServers.Choice> scratch = new java.util.HashMap<>();
        private final java.util.concurrent.ConcurrentHashMap<Key, java.util.concurrent.FutureTask<Canonicalizer.Canonical>> canonical =
                new java.util.concurrent.ConcurrentHashMap<>();

        /** By the scratch server's major version and the targets' extensions. */
        private final Map<String, TenantBuilds> tenants = new java.util.HashMap<>();

        public Shared(ScratchServers.Factory embedded) {
            this.embedded = embedded;
        }

        /** The drift between {@code intent} and {@code database}, as {@link #detect(LoadedSchema, ConnectionInfo, ScratchServers.Factory, PlanOptions, List)} finds it. */
        public DriftReport detect(LoadedSchema intent, ConnectionInfo database, PlanOptions options, List<String> historyTables) {
            return detect(intent, null, database, options, historyTables);
        }

        /**
         * As above for {@code tenant}'s schema ({@code intent} loaded for it; null: a whole database):
         * the tenants' Java schemas are built once and renamed (see {@link TenantBuilds}).
         */
        public DriftReport detect(LoadedSchema intent, String tenant, ConnectionInfo database, PlanOptions options,
                                  List<String> historyTables) {
            Inspection current = Inspector.inspect(database, intent.schema().namespaces(), historyTables);
            ScratchServers.Choice choice = scratch(database);
            Canonicalizer.Canonical built = tenant == null ? shared(intent, choice, current)
                    : tenantBuilds(choice, current.extensions()).canonical(intent, tenant);
            return detected(intent, database, current, choice, built, options, historyTables);
        }

        private Canonicalizer.Canonical shared(LoadedSchema intent, ScratchServers.Choice choice, Inspection current) {
            java.util.concurrent.FutureTask<Canonicalizer.Canonical> mine = new java.util.concurrent.FutureTask<>(
                    () -> Canonicalizer.canonicalize(intent, choice.server(), current.extensions()));
            Key key = new Key(intent, choice.server().majorVersion(), current.extensions());
            var task = canonical.putIfAbsent(key, mine);
            if (task == null) {
                task = mine;
                task.run();
            }
            try {
                return task.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new dev.dibs.engine.DibsException("interrupted while building the Java schema", e);
            } catch (java.util.concurrent.ExecutionException e) {
                // a failed build is not kept: the next database builds it again (the failure may have been passing)
                canonical.remove(key, task);
                throw e.getCause() instanceof RuntimeException r ? r : new dev.dibs.engine.DibsException(e.getCause().getMessage(), e);
            }
        }

        private synchronized TenantBuilds tenantBuilds(ScratchServers.Choice choice, List<Extension> extensions) {
            return tenants.computeIfAbsent(choice.server().majorVersion() + " " + extensions,
                    k -> new TenantBuilds(choice.server(), extensions));
        }

        /** Forgets the Java schemas built for {@code intent} (a tenant's, once its target is done). */
        public void forget(LoadedSchema intent) {
            canonical.keySet().removeIf(k -> k.intent == intent);
        }

        private ScratchServers.Choice scratch(ConnectionInfo database) {
            int major = ScratchServers.majorOf(database); // outside the lock: a slow database holds up no other
            synchronized (this) {
                ScratchServers.Choice choice = scratch.get(major);
                if (choice == null) {
                    choice = ScratchServers.forTarget(database, embedded);
                    scratch.put(major, choice);
                }
                return choice;
            }
        }

        @Override
        public synchronized void close() {
            tenants.values().forEach(TenantBuilds::close); // their scratch databases, before the servers stop
            tenants.clear();
            scratch.values().forEach(ScratchServers.Choice::close);
            scratch.clear();
        }
    }

    /** The rest of a detection, once the database is inspected and the Java schema canonicalised on the scratch server. */
    private static DriftReport detected(LoadedSchema intent, ConnectionInfo database, Inspection read, ScratchServers.Choice scratch,
                                        Canonicalizer.Canonical canonical, PlanOptions options, List<String> historyTables) {
        for (var table : intent.schema().tables()) {
            // the default names are refused as the classes are read; a configured name only the goal knows
            if (Inspector.leavesOut(table.name(), historyTables)) {
                var origin = intent.origins().tables().get(table.name());
                throw new dev.dibs.engine.DibsException("The Java table " + table.name() + (origin == null ? "" : " (" + origin.javaName() + ")")
                        + " is where flywayTable puts Flyway's history table, which dibs leaves out of every comparison: it"
                        + " would be planned as a new table on every run. Fix: give the class another @Table name (or schema),"
                        + " or set flywayTable to the name Flyway's table really has.");
            }
        }
        // a NOT VALID NOT NULL (18): validated where the column is declared NOT NULL, dropped where it is declared nullable
        Inspection current = NotValidNotNulls.asTarget(read, canonical.inspection().schema(), List.of(),
                RenameStage.renamed(read.schema(), canonical.inspection().schema(), intent.renames()));
        List<String> warnings = new ArrayList<>(intent.warnings());
        List<String> unreproducible = new ArrayList<>();
        if (scratch.note() != null) {
            warnings.add(scratch.note());
        }
        canonical.missingExtensions().forEach(e -> unreproducible.add(
                DatabaseComparison.missingExtension(e, scratch.description())));
        Inspection desired = canonical.inspection();
        Schema desiredSchema = desired.schema();
        try (CatalogSession checks = PlanBlockers.session(database, current.schema(), desiredSchema)) {
            Plan plan = Planner.plan(current, desiredSchema, intent.renames(), options);
            try (Rebuilt rebuilt = new Rebuilt(current, desired, scratch::server)) {
                if (addsChecks(plan)) {
                    desiredSchema = ReprintedReference.merge(current.schema(), desired.schema(), rebuilt.built().inspection().schema(),
                            DatabaseComparison.refusedTables(desired.schema(), rebuilt.built().failures()));
                    plan = Planner.plan(current, desiredSchema, intent.renames(), options);
                }
                // what the Canonicalizer built is both the desired state and what dibs writes: only objects
                // both sides have can differ in an aspect the model lacks (or in words PostgreSQL re-prints)
                unreproducible.addAll(FidelityGuard.check(plan, current.schema(), current.fingerprints(), desiredSchema,
                        desired.fingerprints(), null, rebuilt::reprint, DriftReport.JAVA_SCHEMA));
            }
            warnings.addAll(missingSchemas(intent.schema(), current.schema()));
            PlanBlockers.Found blockers = PlanBlockers.find(checks, current.majorVersion(), intent.schema().namespaces(), plan,
                    current.notManaged(), desiredSchema);
            warnings.addAll(blockers.warnings());
            return new DriftReport(database.describe(), DriftReport.JAVA_SCHEMA, plan, desiredSchema,
                    NoteSides.paired(PartitionNotes.with(current.notManaged(), current.schema(), desiredSchema),
                            desired.notManaged()), warnings, blockers.refusals(),
                    unreproducible);
        }
    }

    /** Whether the plan writes a check: the one definition PostgreSQL may store otherwise than the canonical text. */
    private static boolean addsChecks(Plan plan) {
        return plan.changes().stream().anyMatch(c -> c instanceof SchemaChange.AddCheck
                || c instanceof SchemaChange.AddTable t && !t.table().checks().isEmpty());
    }

    /**
     * PostgreSQL does not always read back what it prints: a check over a varchar column, written
     * {@code c in ('A', 'B')}, prints as {@code ((c)::text = ANY ((ARRAY['A'::character varying, …])::text[]))},
     * which, written again, is stored as {@code ARRAY[('A'::character varying)::text, …]}. A plan writing
     * the canonical text would leave a difference no plan removes. So, as a comparison of databases does
     * with its reference, the desired state is built once more and read back: what the database already
     * holds as canonical stays (a database created from the original text, by Hibernate say, matches
     * without a change), the rest is taken as re-printed, which PostgreSQL stores as written; and a
     * definition the database holds as re-printed is the desired one. The scratch database is made
     * only when needed.
     */
    static final class Rebuilt implements AutoCloseable {
        private final Inspection current;
        private final Inspection desired;
        /** Started only when a rebuild is needed. */
        private final Supplier<PostgresServer> server;
        private ScratchDatabase db;
        private ScratchDatabase.Built built;

        Rebuilt(Inspection current, Inspection desired, Supplier<PostgresServer> server) {
            this.current = current;
            this.desired = desired;
            this.server = server;
        }

        ScratchDatabase.Built built() {
            if (db == null) {
                db = ScratchDatabase.create(server.get(), DatabaseComparison.extensions(current, desired));
                built = db.build(desired.schema());
            }
            return built;
        }

        Map<String, String> reprint(List<ScratchDatabase.Reprint> definitions) {
            built();
            return db.reprint(definitions);
        }

        @Override
        public void close() {
            if (db != null) {
                db.close();
            }
        }
    }

    /**
     * A configured schema that the database lacks and no table or enum type uses is most likely
     * a misspelling in {@code schemas}; the plan would create it, empty, without anyone noticing.
     */
    static List<String> missingSchemas(Schema intent, Schema current) {
        List<String> warnings = new ArrayList<>();
        for (String schema : intent.namespaces()) {
            boolean used = intent.tables().stream().anyMatch(t -> t.name().schema().equals(schema))
                    || intent.enums().stream().anyMatch(e -> e.name().schema().equals(schema));
            if (!used && !current.namespaces().contains(schema)) {
                warnings.add("schema \"" + schema + "\" (schemas) does not exist in the database and no @Table class uses it: "
                        + "check the spelling; the plan creates it empty.");
            }
        }
        return warnings;
    }
}
