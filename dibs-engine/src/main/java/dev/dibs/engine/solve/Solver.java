package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.AddCheck;
import dev.dibs.engine.diff.SchemaChange.AddColumn;
import dev.dibs.engine.diff.SchemaChange.AddEnumValue;
import dev.dibs.engine.diff.SchemaChange.AddForeignKey;
import dev.dibs.engine.diff.SchemaChange.AddIndex;
import dev.dibs.engine.diff.SchemaChange.AddPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.AddTable;
import dev.dibs.engine.diff.SchemaChange.AddUnique;
import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.CreateEnum;
import dev.dibs.engine.diff.SchemaChange.CreateSchema;
import dev.dibs.engine.diff.SchemaChange.DropCheck;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropEnum;
import dev.dibs.engine.diff.SchemaChange.DropForeignKey;
import dev.dibs.engine.diff.SchemaChange.DropIndex;
import dev.dibs.engine.diff.SchemaChange.DropPrimaryKey;
import dev.dibs.engine.diff.SchemaChange.DropSchema;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.DropUnique;
import dev.dibs.engine.diff.SchemaChange.RecreateEnum;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameConstraint;
import dev.dibs.engine.diff.SchemaChange.RenameEnumValue;
import dev.dibs.engine.diff.SchemaChange.RenameIndex;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.diff.SchemaChange.SetEnumComment;
import dev.dibs.engine.diff.SchemaChange.SetTableComment;
import dev.dibs.engine.diff.SchemaChange.ValidateConstraint;
import dev.dibs.engine.model.Schema;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders changes by simulating them on a {@link VirtualSchema}. Changes start in a natural order
 * (drops of what depends on others before what they depend on, creations the other way round);
 * one the simulation refuses waits and is retried when a phase is done, so the usual plan is
 * placed in a single pass. Then the whole plan must turn "current" into exactly "desired".
 */
public final class Solver {

    private Solver() {
    }

    public static List<SchemaChange> order(Schema current, Schema desired, List<SchemaChange> changes) {
        List<SchemaChange> sorted = new ArrayList<>(changes);
        sorted.sort(Comparator.comparingInt(Solver::phase)); // stable: the diff's order within a phase
        VirtualSchema vs = new VirtualSchema(current, desired);
        List<SchemaChange> ordered = new ArrayList<>(changes.size());
        Map<SchemaChange, String> waiting = new LinkedHashMap<>();
        int phase = -1;
        for (SchemaChange change : sorted) {
            if (phase(change) != phase) {
                retry(vs, waiting, ordered);
                phase = phase(change);
            }
            tryApply(vs, change, waiting, ordered);
        }
        retry(vs, waiting, ordered);
        if (!waiting.isEmpty()) {
            List<String> reasons = new ArrayList<>();
            waiting.forEach((change, reason) -> reasons.add(change.subject() + " (" + change.getClass().getSimpleName() + "): " + reason));
            throw new SolveException("dibs cannot order " + waiting.size() + " of " + changes.size() + " changes", reasons);
        }
        List<String> differences = SchemaComparison.differences(vs.toSchema(), desired);
        if (!differences.isEmpty()) {
            throw new SolveException("dibs bug: the plan does not turn the current schema into the desired one", differences);
        }
        return ordered;
    }

    private static void tryApply(VirtualSchema vs, SchemaChange change, Map<SchemaChange, String> waiting, List<SchemaChange> ordered) {
        try {
            ChangeSimulator.apply(vs, change);
            ordered.add(change);
            waiting.remove(change);
        } catch (SimulationException e) {
            waiting.put(change, e.getMessage());
        }
    }

    /** Retries waiting changes until none can be placed any more. */
    private static void retry(VirtualSchema vs, Map<SchemaChange, String> waiting, List<SchemaChange> ordered) {
        boolean progress = true;
        while (progress && !waiting.isEmpty()) {
            progress = false;
            for (SchemaChange change : new ArrayList<>(waiting.keySet())) {
                int before = ordered.size();
                tryApply(vs, change, waiting, ordered);
                progress |= ordered.size() > before;
            }
        }
    }

    /** The natural position of a change kind; the simulation corrects it where needed. */
    static int phase(SchemaChange c) {
        if (c instanceof CreateSchema) {
            return 0;
        } else if (c instanceof CreateEnum || c instanceof RenameEnumValue || c instanceof AddEnumValue) {
            return 1;
        } else if (c instanceof DropForeignKey) {
            return 2;
        } else if (c instanceof DropIndex || c instanceof DropCheck || c instanceof DropUnique || c instanceof DropPrimaryKey) {
            return 3;
        } else if (c instanceof RenameTable) {
            return 4;
        } else if (c instanceof RenameColumn || c instanceof RenameConstraint || c instanceof RenameIndex) {
            return 5;
        } else if (c instanceof RecreateEnum) {
            return 6;
        } else if (c instanceof DropColumn) {
            return 7;
        } else if (c instanceof AddTable) {
            return 8;
        } else if (c instanceof AddColumn) {
            return 9;
        } else if (c instanceof AlterColumn) {
            return 10;
        } else if (c instanceof AddPrimaryKey || c instanceof AddUnique) {
            return 11;
        } else if (c instanceof AddCheck || c instanceof AddIndex || c instanceof ValidateConstraint) {
            return 12;
        } else if (c instanceof AddForeignKey) {
            return 13;
        } else if (c instanceof DropTable) {
            return 14;
        } else if (c instanceof DropEnum) {
            return 15;
        } else if (c instanceof SetTableComment || c instanceof SetEnumComment) {
            return 16;
        } else if (c instanceof DropSchema) {
            return 17;
        }
        throw new IllegalStateException("dibs bug: the solver has no place for " + c);
    }
}
