package dev.dibs.engine.ops;

import dev.dibs.engine.report.DriftReport;
import dev.dibs.engine.DibsException;
import dev.dibs.engine.canonical.Canonicalizer;
import dev.dibs.engine.canonical.ScratchServers;
import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.inspect.Inspector;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.SchemaValidationException;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.ConnectionInfo;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.postgres.PostgresServers;
import dev.dibs.engine.plan.PlanOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Database against database ("is production what staging is?"): the reference database, inspected,
 * is the desired state. Both sides come from PostgreSQL, so no canonicalisation step is needed —
 * unless the two servers run different major versions, whose deparsers may print the same
 * expression differently. Then the reference is re-printed on an embedded server of the
 * target's version (never on the target server itself) before comparing, and the report says so. (Of the forty-odd
 * expression forms in {@code DatabaseComparisonVersionsTest}, none is printed differently by 14,
 * 15, 17 and 18; the re-print guards against the ones that are.)
 */
public final class DatabaseComparison {

    private DatabaseComparison() {
    }

    /** Compares, using the embedded PostgreSQL on the class path as scratch server if one is needed. */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options) {
        return compare(target, reference, schemas, options, () -> PostgresServers.embedded());
    }

    /** As {@link #compare(ConnectionInfo, ConnectionInfo, List, PlanOptions, ScratchServers.Factory)}, always with this scratch server. */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      Supplier<PostgresServer> embedded) {
        return compare(target, reference, schemas, options, ScratchServers.Factory.always(embedded));
    }

    /**
     * @param embedded starts an embedded PostgreSQL of the target's major version, used only when
     *                 the two databases' versions differ
     */
    public static DriftReport compare(ConnectionInfo target, ConnectionInfo reference, List<String> schemas, PlanOptions options,
                                      ScratchServers.Factory embedded) {
        Inspection current = inspect(target, schemas);
        Inspection desired = inspect(reference, schemas);
        List<String> warnings = new ArrayList<>();
        Schema desiredSchema = desired.schema();
        if (current.majorVersion() != desired.majorVersion()) {
            desiredSchema = reprinted(desired, current.majorVersion(), target, embedded, warnings);
        }
        Plan plan = Planner.plan(current.schema(), desiredSchema, RenameHints.none(), options);
        PlanBlockers.Found blockers = PlanBlockers.find(target, current.majorVersion(), schemas, plan, current.notManaged(),
                desiredSchema);
        warnings.addAll(blockers.warnings());
        warnings.addAll(PartitionNotes.subPartitioned(plan, desired.notManaged()));
        List<NotManaged> notes = PartitionNotes.with(current.notManaged(), current.schema(), desiredSchema);
        for (NotManaged n : desired.notManaged()) {
            if (!current.notManaged().contains(n)) {
                notes.add(new NotManaged(n.kind(), n.schema(), n.name(), NotManaged.ONLY_IN_REFERENCE
                        + (n.detail() == null ? "" : ": " + n.detail())));
            }
        }
        return new DriftReport(target.describe(), "the reference database " + reference.describe(), plan, desiredSchema, notes,
                warnings, blockers.refusals());
    }

    /** The reference schema in the words of the target's version; the reference as read, with a warning, when that fails. */
    private static Schema reprinted(Inspection reference, int targetMajor, ConnectionInfo target, ScratchServers.Factory embedded,
                                    List<String> warnings) {
        String versions = "The database runs PostgreSQL " + targetMajor + " and the reference PostgreSQL " + reference.majorVersion();
        try (ScratchServers.Choice scratch = ScratchServers.forTarget(target, embedded)) {
            if (scratch.server().majorVersion() != targetMajor) {
                warnings.add(versions + ", and no PostgreSQL " + targetMajor + " is at hand to re-print the reference's"
                        + " expressions: expressions the two versions print"
                        + " differently show as changes.");
                return reference.schema();
            }
            Schema schema = Canonicalizer.reprint(reference.schema(), scratch.server());
            warnings.add(versions + ": the reference's expressions were re-printed by PostgreSQL " + targetMajor
                    + " before comparing, so that the versions' different spellings are not reported as changes.");
            return schema;
        } catch (SchemaValidationException e) {
            return asRead(reference, warnings, versions + ", and PostgreSQL " + targetMajor + " could not re-print the reference's"
                    + " expressions (" + e.problems().get(0).message() + ")");
        } catch (DibsException e) {
            // no scratch server (the embedded one would not start, the database could not be made):
            // the comparison itself does not need one; anything else is a dibs bug and propagates
            return asRead(reference, warnings, versions + ", and no scratch database to re-print the reference's expressions"
                    + " on PostgreSQL " + targetMajor + " could be had (" + e.getMessage() + ")");
        }
    }

    private static Schema asRead(Inspection reference, List<String> warnings, String why) {
        warnings.add(why + ": expressions the two versions print differently show as changes.");
        return reference.schema();
    }

    private static Inspection inspect(ConnectionInfo db, List<String> schemas) {
        return Inspector.inspect(db, schemas);
    }
}
