package dev.dibs.engine.solve;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The virtual schema's routines by {@link Routine#signature()}, in the order they came, with the
 * signatures of the routines that depend on each object ({@link Routine#dependsOn()}'s words) and of
 * those of each name kept beside them: a dropped table, type or function asks for its own users,
 * where a search of every routine per change made planning quadratic (1,000 dropped tables × 310
 * routines in one plan).
 */
final class RoutineSet {
    private final Map<String, Routine> bySignature = new LinkedHashMap<>();
    private final KeyIndex<String> byDependency = new KeyIndex<>();
    private final KeyIndex<QualifiedName> byName = new KeyIndex<>();

    boolean containsKey(String signature) {
        return bySignature.containsKey(signature);
    }

    Routine get(String signature) {
        return bySignature.get(signature);
    }

    /**
     * Adds the routine of {@code signature}, which must be {@code r.signature()}, or replaces it
     * where it stands (a routine replaced or commented keeps its place).
     */
    void put(String signature, Routine r) {
        Routine old = bySignature.put(signature, r);
        if (old != null && !old.name().equals(r.name())) { // one signature for two names: names with dots can meet
            byName.remove(old.name(), signature);
        }
        if (old == null || !old.name().equals(r.name())) {
            byName.add(r.name(), signature);
        }
        if (old != null) {
            for (String dependency : old.dependsOn()) {
                if (!r.dependsOn().contains(dependency)) {
                    byDependency.remove(dependency, signature);
                }
            }
        }
        for (String dependency : r.dependsOn()) {
            byDependency.add(dependency, signature);
        }
    }

    void remove(String signature) {
        Routine old = bySignature.remove(signature);
        if (old == null) {
            return;
        }
        for (String dependency : old.dependsOn()) {
            byDependency.remove(dependency, signature);
        }
        byName.remove(old.name(), signature);
    }

    /** The routines whose {@link Routine#dependsOn()} names {@code dependency}, in the order they came. */
    List<Routine> using(String dependency) {
        return byDependency.of(dependency).stream().map(bySignature::get).toList();
    }

    /**
     * The routine PostgreSQL would take for one of {@code name} with these input argument types
     * ({@link Routine#overload()}), whatever its arguments' names; null when there is none.
     */
    Routine overload(QualifiedName name, String argumentTypes) {
        for (String signature : byName.of(name)) {
            Routine r = bySignature.get(signature);
            if (r.argumentTypes().equals(argumentTypes)) {
                return r;
            }
        }
        return null;
    }

    /** How many routines (overloads) have this name. */
    int named(QualifiedName name) {
        return byName.of(name).size();
    }

    Collection<Routine> values() {
        return Collections.unmodifiableCollection(bySignature.values());
    }
}
