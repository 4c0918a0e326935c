package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange;
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
        vs.notePlan(changes);
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
            if (!waiting.isEmpty()) { // a change's hash covers all it holds (a dropped table's every column): not for nothing
                waiting.remove(change);
            }
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

    static int phase(SchemaChange c) {
        return ChangeSimulator.phase(c);
    }
}
