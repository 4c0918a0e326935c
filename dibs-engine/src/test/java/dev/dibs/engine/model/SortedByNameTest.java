package dev.dibs.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A schema's look-up of a table by name: the planner, the guards and the reports make one per table,
 * so a scan of all tables each time made a comparison of a thousand tables quadratic.
 */
class SortedByNameTest {

    @Test
    void findsByBinarySearchNotByScan() {
        List<QualifiedName> names = new ArrayList<>();
        for (int i = 0; i < 100_000; i++) {
            names.add(new QualifiedName("public", String.format("t%06d", i)));
        }
        AtomicInteger looked = new AtomicInteger();
        Optional<QualifiedName> found = SortedByName.first(names, new QualifiedName("public", "t099999"), n -> {
            looked.incrementAndGet();
            return n;
        });
        assertThat(found).contains(new QualifiedName("public", "t099999"));
        // a scan reads 100,000 names; a binary search ⌈log2(100,001)⌉ = 17, and one more to confirm the match
        assertThat(looked.get()).isLessThanOrEqualTo(18);
    }

    @Test
    void answersAsAScanDoes() {
        Random random = new Random(20);
        for (int round = 0; round < 200; round++) {
            List<QualifiedName> names = new ArrayList<>();
            int size = random.nextInt(12);
            for (int i = 0; i < size; i++) { // few names in two schemas: repeats and misses both happen
                names.add(new QualifiedName(random.nextBoolean() ? "a" : "b", "t" + random.nextInt(6)));
            }
            List<Tagged> sorted = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                sorted.add(new Tagged(names.get(i), i));
            }
            sorted.sort((x, y) -> x.name().compareTo(y.name())); // stable, as a Schema sorts its tables
            for (String schema : List.of("a", "b", "c")) {
                for (int t = 0; t < 7; t++) {
                    QualifiedName wanted = new QualifiedName(schema, "t" + t);
                    Optional<Tagged> scan = sorted.stream().filter(x -> x.name().equals(wanted)).findFirst();
                    assertThat(SortedByName.first(sorted, wanted, Tagged::name)).as("%s in %s", wanted, sorted).isEqualTo(scan);
                }
            }
            assertThat(SortedByName.first(sorted, null, Tagged::name)).isEmpty();
        }
    }

    /** A name and where it stood before sorting: which of equal names is found shows. */
    private record Tagged(QualifiedName name, int position) {
    }

    /** A list already in order is kept as it is when it is already an unmodifiable copy; one out of order is sorted, stably. */
    @Test
    void sortsOnlyWhatIsOutOfOrderAndStably() {
        List<QualifiedName> sorted = List.of(new QualifiedName("a", "x"), new QualifiedName("b", "x"));
        assertThat(SortedByName.of(sorted, java.util.Comparator.naturalOrder())).isSameAs(sorted);

        record Named(String name, int order) {
        }
        List<Named> mixed = new ArrayList<>(List.of(new Named("b", 1), new Named("a", 2), new Named("b", 3), new Named("a", 4)));
        assertThat(SortedByName.of(mixed, java.util.Comparator.comparing(Named::name)))
                .containsExactly(new Named("a", 2), new Named("a", 4), new Named("b", 1), new Named("b", 3));
        assertThat(mixed).extracting(Named::order).containsExactly(1, 2, 3, 4); // the caller's list untouched
    }

    /** The hand-written hash is the record's own, so no map or set keyed by names changes its order. */
    @Test
    void aNameHashesAsTheRecordItReplacesWould() {
        record AsRecord(String schema, String name) {
        }
        for (String[] n : new String[][] {{"public", "orders"}, {"s", ""}, {"Weird Schema", "t\u00e9"}}) {
            assertThat(new QualifiedName(n[0], n[1]).hashCode()).isEqualTo(new AsRecord(n[0], n[1]).hashCode());
            assertThat(new QualifiedName(n[0], n[1])).isEqualTo(new QualifiedName(n[0], n[1]))
                    .isNotEqualTo(new QualifiedName(n[1], n[0] + "x"));
        }
    }
}
