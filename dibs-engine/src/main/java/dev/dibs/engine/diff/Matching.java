package dev.dibs.engine.diff;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/** The one list-matching helper every differ uses. */
final class Matching {

    private Matching() {
    }

    /** A current object and the desired object it corresponds to. */
    record Pair<T>(T current, T desired) {
    }

    /** Matched pairs, and what exists only on one side. */
    record Matched<T>(List<Pair<T>> pairs, List<T> onlyCurrent, List<T> onlyDesired) {
    }

    /** Matches by a key (a name); order follows {@code desired}, then {@code current}. */
    static <T, K> Matched<T> byKey(List<T> current, List<T> desired, Function<T, K> key) {
        Map<K, T> remaining = new LinkedHashMap<>();
        current.forEach(c -> remaining.put(key.apply(c), c));
        List<Pair<T>> pairs = new ArrayList<>();
        List<T> onlyDesired = new ArrayList<>();
        for (T d : desired) {
            T c = remaining.remove(key.apply(d));
            if (c == null) {
                onlyDesired.add(d);
            } else {
                pairs.add(new Pair<>(c, d));
            }
        }
        return new Matched<>(pairs, new ArrayList<>(remaining.values()), onlyDesired);
    }

    /**
     * Matches constraints or indexes: first the same name and definition, then the same definition
     * under another name (a rename), then the same name with another definition (a change). What is
     * left is dropped or added.
     */
    static <T> Matched<T> byDefinitionThenName(List<T> current, List<T> desired, Function<T, String> name,
                                                Function<T, Object> definition) {
        List<T> restCurrent = new ArrayList<>(current);
        List<T> restDesired = new ArrayList<>(desired);
        List<Pair<T>> pairs = new ArrayList<>();
        pairWhere(restCurrent, restDesired, pairs,
                (c, d) -> name.apply(c).equals(name.apply(d)) && Objects.equals(definition.apply(c), definition.apply(d)));
        pairWhere(restCurrent, restDesired, pairs, (c, d) -> Objects.equals(definition.apply(c), definition.apply(d)));
        pairWhere(restCurrent, restDesired, pairs, (c, d) -> name.apply(c).equals(name.apply(d)));
        return new Matched<>(pairs, restCurrent, restDesired);
    }

    private interface Criterion<T> {
        boolean matches(T current, T desired);
    }

    private static <T> void pairWhere(List<T> current, List<T> desired, List<Pair<T>> pairs, Criterion<T> criterion) {
        for (var it = desired.iterator(); it.hasNext(); ) {
            T d = it.next();
            for (var ci = current.iterator(); ci.hasNext(); ) {
                T c = ci.next();
                if (criterion.matches(c, d)) {
                    pairs.add(new Pair<>(c, d));
                    ci.remove();
                    it.remove();
                    break;
                }
            }
        }
    }
}
