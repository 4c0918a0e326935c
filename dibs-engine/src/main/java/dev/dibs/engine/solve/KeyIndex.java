package dev.dibs.engine.solve;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * The keys of the objects that share one value (a table, a function, a dependency, a name), in the
 * order they came: the lookups {@link TriggerSet} and {@link RoutineSet} keep beside their objects.
 */
final class KeyIndex<V> {
    private final Map<V, Set<String>> keys = new LinkedHashMap<>();

    void add(V value, String key) {
        keys.computeIfAbsent(value, k -> new LinkedHashSet<>()).add(key);
    }

    void remove(V value, String key) {
        Set<String> at = keys.get(value);
        if (at != null) {
            at.remove(key);
            if (at.isEmpty()) {
                keys.remove(value);
            }
        }
    }

    Set<String> of(V value) {
        return keys.getOrDefault(value, Set.of());
    }
}
