package dev.dibs.engine.solve;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The virtual schema's triggers by {@link VirtualSchema#triggerKey}, in the order they came, with
 * the keys of each table's triggers and of each function's kept beside them: a dropped table, a
 * dropped column or a dropped function asks for its own triggers, where a search of every trigger
 * per change made planning quadratic (1,000 dropped tables × 334 triggers, 310 dropped functions ×
 * 334 triggers in one plan).
 */
final class TriggerSet {
    private final Map<String, Trigger> byKey = new LinkedHashMap<>();
    private final KeyIndex<QualifiedName> byTable = new KeyIndex<>();
    private final KeyIndex<String> byFunction = new KeyIndex<>();

    boolean containsKey(String key) {
        return byKey.containsKey(key);
    }

    Trigger get(String key) {
        return byKey.get(key);
    }

    /**
     * Adds the trigger of {@code key}, which must be {@code triggerKey(t.table(), t.name())}, or
     * replaces it where it stands (a trigger enabled, disabled or commented keeps its place).
     */
    void put(String key, Trigger t) {
        Trigger old = byKey.put(key, t);
        if (old != null && !old.table().equals(t.table())) { // one key for two tables: names with dots can meet
            byTable.remove(old.table(), key);
        }
        if (old == null || !old.table().equals(t.table())) {
            byTable.add(t.table(), key);
        }
        if (old != null && java.util.Objects.equals(old.function(), t.function())) {
            return;
        }
        if (old != null && old.function() != null) {
            byFunction.remove(old.function(), key);
        }
        if (t.function() != null) {
            byFunction.add(t.function(), key);
        }
    }

    void remove(String key) {
        Trigger old = byKey.remove(key);
        if (old == null) {
            return;
        }
        byTable.remove(old.table(), key);
        if (old.function() != null) {
            byFunction.remove(old.function(), key);
        }
    }

    /** The triggers on {@code table}, in the order they came. */
    List<Trigger> on(QualifiedName table) {
        return byTable.of(table).stream().map(byKey::get).toList();
    }

    /** The triggers that execute the function of this signature. */
    List<Trigger> executing(String signature) {
        return byFunction.of(signature).stream().map(byKey::get).toList();
    }

    Collection<Trigger> values() {
        return Collections.unmodifiableCollection(byKey.values());
    }
}
