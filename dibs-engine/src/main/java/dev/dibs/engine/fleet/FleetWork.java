package dev.dibs.engine.fleet;

import dev.dibs.engine.load.LoadedSchema;
import dev.dibs.engine.migrate.MigrationListener;
import dev.dibs.engine.migrate.MigrationReport;
import dev.dibs.engine.migrate.MigrationRunner;
import dev.dibs.engine.migrate.MigrationStatus;
import dev.dibs.engine.ops.DriftDetector;
import dev.dibs.engine.plan.PlanOptions;
import dev.dibs.engine.report.DriftReport;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** What {@code dibs:migrate}, {@code dibs:status} and {@code dibs:diff} do on each target of a fleet. */
public final class FleetWork {

    private FleetWork() {
    }

    /**
     * Applies the pending migrations, exactly as {@code dibs:migrate} on one database (its advisory
     * lock, one transaction per migration with its history row), then reads where the target stands.
     *
     * @param runner  the project's migrations and settings; copied to each target (found once)
     * @param schemas the configured schemas (a tenant schema replaces the first)
     */
    public static TargetOutcome.Work migrate(MigrationRunner runner, List<String> schemas) {
        return target -> {
            Warnings warnings = new Warnings();
            MigrationRunner on = runner.on(target.database(), target.schemas(schemas), target.tenant(), warnings);
            MigrationReport report;
            try {
                report = on.run();
            } catch (RuntimeException e) {
                TargetOutcome.Result standing = standingOrNull(on);
                throw new TargetOutcome.Failed(e.getMessage() == null ? e.toString() : e.getMessage(),
                        standing == null ? null : warnings.into(standing), e);
            }
            return warnings.into(standing(on.status(), report.applied().size(), null, 0));
        };
    }

    /** Where the target stands: its current migration and pending count, without running anything. */
    public static TargetOutcome.Work status(MigrationRunner runner, List<String> schemas) {
        return target -> standing(runner.on(target.database(), target.schemas(schemas), target.tenant(), MigrationListener.NONE)
                .status(), 0, null, 0);
    }

    /**
     * Where the target stands and whether it differs from the Java schema ({@code dibs:diff} on it).
     *
     * @param intents the Java schema of a target (a tenant's has its tables in the tenant schema)
     * @param drift   shares the scratch servers and built Java schemas between targets
     */
    public static TargetOutcome.Work diff(MigrationRunner runner, List<String> schemas, Function<FleetTarget, LoadedSchema> intents,
                                          DriftDetector.Shared drift, List<String> historyTables) {
        return target -> {
            MigrationStatus status = runner.on(target.database(), target.schemas(schemas), target.tenant(), MigrationListener.NONE)
                    .status();
            LoadedSchema intent = intents.apply(target);
            try {
                DriftReport report = drift.detect(intent, target.tenant(), target.database(), PlanOptions.defaults(), historyTables);
                TargetOutcome.Result r = standing(status, 0, report.hasDrift(), report.plan().changes().size());
                return new TargetOutcome.Result(r.current(), r.applied(), r.pending(), r.ran(), r.drift(), r.changes(), r.notes(),
                        FleetDifferences.of(report));
            } finally {
                if (target.tenant() != null) {
                    drift.forget(intent);
                }
            }
        };
    }

    /**
     * {@code migrate}, then {@code diff} on the same target, as {@code dibs:migrate} checks one database
     * after migrating it: the result has the migration's counts and notes, and what the target still
     * differs in. A comparison that fails after the migrations ran leaves the target done (its
     * migrations did run: a fleet that stops on failures is not stopped by a check) with no drift said
     * ({@code drift} null) and the reason in {@code notCompared}, and in its notes after {@value #NOT_COMPARED}.
     */
    public static TargetOutcome.Work migrateThenDiff(MigrationRunner runner, List<String> schemas,
                                                     Function<FleetTarget, LoadedSchema> intents, DriftDetector.Shared drift,
                                                     List<String> historyTables) {
        TargetOutcome.Work migrating = migrate(runner, schemas);
        TargetOutcome.Work comparing = diff(runner, schemas, intents, drift, historyTables);
        return target -> {
            TargetOutcome.Result migrated = migrating.run(target);
            TargetOutcome.Result compared;
            try {
                compared = comparing.run(target);
            } catch (OutOfMemoryError e) {
                throw e;
            } catch (Throwable e) { // an Error too (a class of the project that will not load): the migrations ran all the same
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                String message = e instanceof Error || e.getMessage() == null || e.getMessage().isBlank() ? e.toString() : e.getMessage();
                String why = message.lines().findFirst().orElse(message);
                String notes = migrated.notes().isEmpty() ? NOT_COMPARED + why : migrated.notes() + "; " + NOT_COMPARED + why;
                return new TargetOutcome.Result(migrated.current(), migrated.applied(), migrated.pending(), migrated.ran(), null, 0,
                        notes, List.of(), why);
            }
            return new TargetOutcome.Result(migrated.current(), migrated.applied(), migrated.pending(), migrated.ran(),
                    compared.drift(), compared.changes(), migrated.notes(), compared.differences());
        };
    }

    /** What the notes of a target {@link #migrateThenDiff} could not compare say before the reason, after any other note. */
    public static final String NOT_COMPARED = "not compared with the Java schema: ";

    /**
     * What the runner warns of on a target (a migration that sorts before an applied one, applied
     * migrations no file has any more, a wait for another run's lock): kept in the target's notes,
     * where the fleet's log, table and report show them.
     */
    private static final class Warnings implements MigrationListener {
        private final List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
        private volatile boolean waited;

        @Override
        public void warning(String message) {
            lines.add(message);
        }

        @Override
        public void waitingForLock(String holder, java.time.Duration waited) {
            if (!this.waited) {
                this.waited = true;
                lines.add("waited for the migration lock held by " + holder);
            }
        }

        TargetOutcome.Result into(TargetOutcome.Result r) {
            if (lines.isEmpty()) {
                return r;
            }
            List<String> notes = new ArrayList<>(lines);
            if (!r.notes().isEmpty()) {
                notes.add(r.notes());
            }
            return new TargetOutcome.Result(r.current(), r.applied(), r.pending(), r.ran(), r.drift(), r.changes(),
                    String.join("; ", notes), r.differences());
        }
    }

    private static TargetOutcome.Result standingOrNull(MigrationRunner on) {
        try {
            return standing(on.status(), 0, null, 0);
        } catch (RuntimeException unreadable) {
            return null; // the server is gone, say: the failure says why
        }
    }

    private static TargetOutcome.Result standing(MigrationStatus status, int ran, Boolean drift, int changes) {
        List<String> applied = status.applied();
        List<String> notes = new ArrayList<>();
        if (!status.changed().isEmpty()) {
            notes.add(status.changed().size() + " changed since applied");
        }
        if (!status.missing().isEmpty()) {
            notes.add(status.missing().size() + " applied but missing from the project");
        }
        notes.addAll(status.refusals());
        return new TargetOutcome.Result(applied.isEmpty() ? null : applied.get(applied.size() - 1), applied.size(),
                status.pending().size(), ran, drift, changes, String.join("; ", notes));
    }
}
