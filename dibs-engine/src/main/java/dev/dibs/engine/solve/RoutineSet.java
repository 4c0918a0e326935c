package dev.dibs.engine.solve;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The virtual schema's routines by {@link Routine#signature()}, in the order they came, with the
 * signatures of the routines that depend on each object ({@link Routine#dependsOn()}'s words) and of
 * those of each name kept beside them: a dropped table, type or function asks for its own users,
 * where a search of every routine per change made planning quadratic (1,000 dropped tables × 310
 * routines in one plan).
 */
final class RoutineSet {
    private final Map<String, Routine> bySignature = new LinkedHashMap<>();
    private final Map<String, Set<String>> byDependency = new LinkedHashMap<>();
    private final Map<QualifiedName, Set<String>> byName = new LinkedHashMap<>();

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
            drop(byName, old.name(), signature);
        }
        if (old == null || !old.name().equals(r.name())) {
            byName.computeIfAbsent(r.name(), k -> new LinkedHashSet<>()).add(signature);
        }
        if (old != null) {
            for (String dependency : old.dependsOn()) {
                if (!r.dependsOn().contains(dependency)) {
                    drop(byDependency, dependency, signature);
                }
            }
        }
        for (String dependency : r.dependsOn()) {
            byDependency.computeIfAbsent(dependency, k -> new LinkedHashSet<>()).add(signature);
        }
    }

    void remove(String signature) {
        Routine old = bySignature.remove(signature);
        if (old == null) {
            return;
        }
        for (String dependency : old.dependsOn()) {
            drop(byDependency, dependency, signature);
        }
        drop(byName, old.name(), signature);
    }

    /** The routines whose {@link Routine#dependsOn()} names {@code dependency}, in the order they came. */
    List<Routine> using(String dependency) {
        return byDependency.getOrDefault(dependency, Set.of()).stream().map(bySignature::get).toList();
    }

    /** How many routines (overloads) have this name. */
    int named(QualifiedName name) {
        return byName.getOrDefault(name, Set.of()).size();
    }

    Collection<Routine> values() {
        return Collections.unmodifiableCollection(bySignature.values());
    }

    private static <K> void drop(Map<K, Set<String>> index, K at, String signature) {
        Set<String> signatures = index.get(at);
        if (signatures != null) {
            signatures.remove(signature);
            if (signatures.isEmpty()) {
                index.remove(at);
            }
        }
    }
}
