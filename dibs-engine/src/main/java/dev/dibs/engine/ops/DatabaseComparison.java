package dev.dibs.engine.ops;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.canonical.ScratchDatabase;
import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.inspect.Extension;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.inspect.NotValidNotNulls;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Renamed;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.plan.PlanOptions;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Database against database ("is production what staging is?"): the reference database, inspected,
 * is the desired state. When the two differ, the reference (the part of it where they differ: see
 * {@link ReferenceSubset}) is built in a scratch database of the
 * target's version (an embedded PostgreSQL, never the target server) with the extensions both
 * databases have, using dibs's own statements, and read back: the plan copies the reference's
 * expressions in the words PostgreSQL stores when it re-creates them, so that after applying it a
 * second comparison finds nothing (a check copied as {@code ANY ((ARRAY[…])::text[])} is stored as
 * {@code ANY (ARRAY[(…)::text, …])}); where the target already holds exactly the reference's own
 * text, that stays. The same build is what the {@link FidelityGuard} holds to the reference's own
 * definitions. When the databases' models are equal, no scratch database is made.
 */
public final class DatabaseComparison {

    private DatabaseComparison() {
    }

    /** Compares, using the embedded PostgreSQL on the class path as scratch server if one is needed. */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options) {
        // started only when the databases differ, and stopped after: the factory owns its servers
        ScratchServers.Factory embedded = major -> PostgresServers.embedded();
        return compare(target, reference, schemas, options, embedded);
    }

    /** As {@link #compare(ConnectionInfo, ConnectionInfo, List, PlanOptions, ScratchServers.Factory)}, always with this scratch server. */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      Supplier<PostgresServer> embedded) {
        return compare(target, reference, schemas, options, ScratchServers.Factory.always(embedded));
    }

    /**
     * @param embedded starts an embedded PostgreSQL of the target's major version, used only when
     *                 the databases differ: there the reference is built with dibs's own statements,
     *                 read back (its expressions in the words PostgreSQL stores them) and held to
     *                 the reference's own definitions
     */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      ScratchServers.Factory embedded) {
        return compare(target, reference, schemas, options, embedded, Inspector.HISTORY_TABLES);
    }

    /** As above, leaving these history tables out of both databases ({@link Inspector#historyTables}: Flyway's configured one too). */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      Supplier<PostgresServer> embedded, List<String> historyTables) {
        return compare(target, reference, schemas, options, ScratchServers.Factory.always(embedded), historyTables);
    }

    /** As {@link #compare(ConnectionInfo, ConnectionInfo, List, PlanOptions, ScratchServers.Factory)}, leaving these history tables out. */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      ScratchServers.Factory embedded, List<String> historyTables) {
        // the two databases are read at once; the target's failure is the one said when both fail
        Inspection current;
        Inspection desired;
        try (Background<Inspection> reading = Background.start("dibs-inspect-reference",
                () -> Inspector.inspect(reference, schemas, historyTables), ignored -> { })) {
            Inspection read = Inspector.inspect(target, schemas, historyTables);
            // a NOT VALID NOT NULL refuses NULL in new rows: the target keeps or gets NOT NULL where the reference has one
            desired = NotValidNotNulls.enforced(reading.get());
            current = NotValidNotNulls.asTarget(read, desired.schema(), desired.notManaged(), Renamed.NONE);
        }
        List<String> warnings = new ArrayList<>();
        List<String> unreproducible = new ArrayList<>();
        Plan plan;
        Schema desiredSchema = desired.schema();
        PlanBlockers.Found blockers;
        try (CatalogSession checks = PlanBlockers.session(target, current.schema(), desired.schema())) {
            // when the models differ, the scratch server starts while the first plan is made (stopped
            // unused if that plan turns out empty)
            try (Background<ScratchServers.Choice> scratchServer = current.schema().equals(desired.schema()) ? null
                    : Background.start("dibs-scratch-server", () -> ScratchServers.forMajor(current.majorVersion(), embedded),
                            ScratchServers.Choice::close)) {
                plan = Planner.plan(current, desired.schema(), RenameHints.none(), options);
                if (plan.isEmpty()) { // nothing to write: only an aspect the model lacks can differ
                    unreproducible.addAll(FidelityGuard.check(plan, current.schema(), current.fingerprints(), desiredSchema,
                            desired.fingerprints(), null, FidelityGuard.Reprinter.NONE, REFERENCE));
                } else {
                    Supplier<ScratchServers.Choice> server = scratchServer != null ? scratchServer::get
                            : () -> ScratchServers.forMajor(current.majorVersion(), embedded);
                    Checked checked = checkedOnScratch(current, desired, PlanCreations.of(plan.changes()), server, options,
                            warnings, unreproducible);
                    plan = checked.plan();
                    desiredSchema = checked.desired();
                }
            }
            blockers = PlanBlockers.find(checks, current.majorVersion(), schemas, plan, current.notManaged(),
                    desiredSchema);
        }
        warnings.addAll(blockers.warnings());
        // each note says on which side its object is and whether the two definitions agree
        List<NotManaged> notes = NoteSides.paired(PartitionNotes.with(current.notManaged(), current.schema(), desiredSchema),
                desired.notManaged());
        return new DriftReport(target.describe(), DriftReport.REFERENCE_DATABASE + reference.describe(), plan, desiredSchema, notes,
                warnings, blockers.refusals(), unreproducible);
    }

    private static final String REFERENCE = "the reference";

    private record Checked(Plan plan, Schema desired) {
    }

    /**
     * Builds the reference — the part of it where the databases differ ({@link ReferenceSubset}) —
     * in a scratch database of the target's version (with both databases'
     * extensions), plans again against the reference as PostgreSQL stores it when re-created, and
     * holds what dibs builds to the reference's own definitions. Without a scratch database, the
     * first plan stands and a warning says what went unchecked.
     */
    private static Checked checkedOnScratch(Inspection current, Inspection desired, PlanCreations firstPlan,
                                            Supplier<ScratchServers.Choice> scratchServer, PlanOptions options, List<String> warnings,
                                            List<String> unreproducible) {
        int targetMajor = current.majorVersion();
        String versions = "The database runs PostgreSQL " + targetMajor + " and the reference PostgreSQL " + desired.majorVersion();
        boolean versionsDiffer = targetMajor != desired.majorVersion();
        try (ScratchServers.Choice choice = scratchServer.get();
             ScratchDatabase scratch = ScratchDatabase.create(choice.server(), extensions(current, desired))) {
            scratch.missingExtensions().forEach(e -> unreproducible.add(missingExtension(e, choice.server().description())));
            // only the tables where the databases differ (and what they refer to): the rest stays as both have it
            ScratchDatabase.Built built = scratch.build(ReferenceSubset.of(current, desired, firstPlan));
            Schema desiredSchema = desired.schema();
            if (choice.server().majorVersion() == targetMajor) {
                Set<QualifiedName> refused = refusedTables(desired.schema(), built.failures());
                desiredSchema = ReprintedReference.merge(current.schema(), desired.schema(), built.inspection().schema(), refused);
                if (versionsDiffer && refused.isEmpty()) {
                    warnings.add(versions + ": the reference's expressions were re-printed by PostgreSQL " + targetMajor
                            + " before comparing, so that the versions' different spellings are not reported as changes.");
                } else if (versionsDiffer) {
                    warnings.add(versions + ", and PostgreSQL " + targetMajor + " could not re-print the reference's expressions of "
                            + refused.stream().map(QualifiedName::toString).sorted().collect(Collectors.joining(", "))
                            + " (" + built.failures().get(0).message() + "): there, expressions the two versions print"
                            + " differently show as changes.");
                }
            } else if (versionsDiffer) {
                warnings.add(versions + ", and no PostgreSQL " + targetMajor + " is at hand to re-print the reference's"
                        + " expressions: expressions the two versions print differently show as changes.");
            }
            Plan plan = Planner.plan(current, desiredSchema, RenameHints.none(), options);
            unreproducible.addAll(FidelityGuard.check(plan, current.schema(), current.fingerprints(), desiredSchema,
                    desired.fingerprints(), built.inspection().fingerprints(), scratch::reprint, REFERENCE));
            warnUnchecked(plan, built.failures(), choice.server().description(), warnings);
            return new Checked(plan, desiredSchema);
        } catch (DibsException e) {
            // no scratch server (the embedded one would not start, the database could not be made):
            // the plan stands unchecked; anything else is a dibs bug and propagates
            warnings.add((versionsDiffer ? versions + ", and no" : "No") + " scratch database could be had to check what the plan"
                    + " creates against the reference's own definitions (" + Printable.message(e) + "): an aspect dibs does not"
                    + " model (an operator class, a storage parameter) may be left out"
                    + (versionsDiffer ? ", and expressions the two versions print differently show as changes." : "."));
            Plan plan = Planner.plan(current, desired.schema(), RenameHints.none(), options);
            unreproducible.addAll(FidelityGuard.check(plan, current.schema(), current.fingerprints(), desired.schema(),
                    desired.fingerprints(), null, FidelityGuard.Reprinter.NONE, REFERENCE));
            return new Checked(plan, desired.schema());
        }
    }

    /** An extension the scratch server lacks: dibs cannot build there what needs it, so it refuses rather than guess. */
    static String missingExtension(Extension e, String server) {
        return "extension " + e.name() + " (schema " + e.schema() + "), which the database has, is not available on the scratch"
                + " server " + server + ": dibs cannot build there what it would write, so it cannot check it. Use a scratch"
                + " server whose PostgreSQL ships the extension.";
    }

    /** Both databases' extensions, each once, the target's first. */
    static List<Extension> extensions(Inspection current, Inspection desired) {
        Set<String> seen = new HashSet<>();
        List<Extension> out = new ArrayList<>();
        for (Extension e : current.extensions()) {
            if (seen.add(e.name())) {
                out.add(e);
            }
        }
        for (Extension e : desired.extensions()) {
            if (seen.add(e.name())) {
                out.add(e);
            }
        }
        return out;
    }

    /** Tables a statement of the scratch build was refused for (its origin names them). */
    static Set<QualifiedName> refusedTables(Schema schema, List<ScratchDatabase.Failure> failures) {
        Set<QualifiedName> out = new HashSet<>();
        for (ScratchDatabase.Failure f : failures) {
            schema.tables().stream().map(Table::name).filter(t -> names(f.origin(), t)).forEach(out::add);
        }
        return out;
    }

    private static boolean names(String origin, QualifiedName table) {
        return origin.equals("table " + table) || origin.startsWith("table " + table + " ") || origin.startsWith("column " + table + ".");
    }

    /** A statement for the plan's tables that PostgreSQL refused in the scratch database: what it builds went unchecked. */
    private static void warnUnchecked(Plan plan, List<ScratchDatabase.Failure> failures, String server, List<String> warnings) {
        PlanCreations created = PlanCreations.of(plan.changes());
        Set<QualifiedName> tables = new HashSet<>(created.tables);
        created.indexes.forEach(k -> tables.add(k.table()));
        created.constraints.forEach(k -> tables.add(k.table()));
        for (ScratchDatabase.Failure f : failures) {
            if (tables.stream().anyMatch(t -> names(f.origin(), t))) {
                warnings.add("PostgreSQL refused \"" + f.sql() + "\" (" + f.origin() + ") in the scratch database on " + server
                        + ": " + f.message() + ". What it would build is not checked against the reference, and the database may"
                        + " refuse it too.");
            }
        }
    }
}
