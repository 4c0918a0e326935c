package dev.dibs.engine.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * A look-up by name in a list kept sorted by name (a {@link Schema}'s tables and enum types): a
 * binary search instead of a scan, since the planner, the guards and the reports look up each of
 * a thousand tables in a schema of a thousand, which a scan makes quadratic.
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
}
