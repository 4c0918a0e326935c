package dev.dibs.engine.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Lists kept sorted by name (a {@link Schema}'s tables and enum types, a {@link Table}'s
 * constraints and indexes), and a look-up in them: a binary search instead of a scan, since the
 * planner, the guards and the reports look up each of a thousand tables in a schema of a thousand,
 * which a scan makes quadratic.
 */
final class SortedByName {

    private SortedByName() {
    }

    /**
     * The first element named {@code name}, as a scan from the start finds it, in
     * {@code O(log n)} calls of {@code nameOf}; empty when none is (or {@code name} is null).
     *
     * @param sorted sorted by {@code nameOf}, ascending ({@link QualifiedName}'s order agrees with its equality)
     */
    static <T> Optional<T> first(List<T> sorted, QualifiedName name, Function<T, QualifiedName> nameOf) {
        if (name == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = sorted.size();
        while (low < high) { // the first position whose name is not below name
            int mid = (low + high) >>> 1;
            if (nameOf.apply(sorted.get(mid)).compareTo(name) < 0) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < sorted.size() && nameOf.apply(sorted.get(low)).equals(name) ? Optional.of(sorted.get(low)) : Optional.empty();
    }

    /**
     * {@code list} in {@code order} (stable: equal elements keep their order), unmodifiable. A list
     * already in order, as a model rebuilt by a {@code with…} method passes its own, is checked in one
     * pass and not copied again when it is already an unmodifiable copy: a simulation rebuilds a
     * table for each of its changes.
     */
    static <T> List<T> of(List<T> list, Comparator<? super T> order) {
        for (int i = 1; i < list.size(); i++) {
            if (order.compare(list.get(i - 1), list.get(i)) > 0) {
                List<T> sorted = new ArrayList<>(list);
                sorted.sort(order);
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(list);
    }
}
