package dev.dibs.engine.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The list matching every differ builds on. */
class MatchingTest {

    /** A named thing with a definition, like a constraint. */
    record Named(String name, String definition) {
    }

    @Test
    void byKeyPairsInDesiredOrderAndKeepsTheRest() {
        var m = Matching.byKey(List.of("c", "a", "x"), List.of("a", "b", "c"), s -> s);

        assertThat(m.pairs()).containsExactly(new Matching.Pair<>("a", "a"), new Matching.Pair<>("c", "c"));
        assertThat(m.onlyCurrent()).containsExactly("x");
        assertThat(m.onlyDesired()).containsExactly("b");
    }

    @Test
    void anEqualDefinitionWinsOverAnEqualName() {
        Named xa = new Named("x", "a");
        Named yb = new Named("y", "b");
        Named ya = new Named("y", "a");
        Named xb = new Named("x", "b");

        var m = Matching.byDefinitionThenName(List.of(xa, yb), List.of(ya, xb), Named::name, Named::definition);

        // swapped names: two renames, not two changed definitions
        assertThat(m.pairs()).containsExactly(new Matching.Pair<>(xa, ya), new Matching.Pair<>(yb, xb));
        assertThat(m.onlyCurrent()).isEmpty();
        assertThat(m.onlyDesired()).isEmpty();
    }

    @Test
    void sameNameAndDefinitionIsMatchedBeforeARenameCandidate() {
        Named xa = new Named("x", "a");
        Named za = new Named("z", "a");

        var m = Matching.byDefinitionThenName(List.of(za, xa), List.of(xa), Named::name, Named::definition);

        assertThat(m.pairs()).containsExactly(new Matching.Pair<>(xa, xa));
        assertThat(m.onlyCurrent()).containsExactly(za);
    }

    @Test
    void aNameAloneMatchesWhatIsLeftAndTheRestIsUnmatched() {
        Named xa = new Named("x", "a");
        Named xb = new Named("x", "b");
        Named yc = new Named("y", "c");

        var m = Matching.byDefinitionThenName(List.of(xa), List.of(xb, yc), Named::name, Named::definition);

        assertThat(m.pairs()).containsExactly(new Matching.Pair<>(xa, xb));
        assertThat(m.onlyCurrent()).isEmpty();
        assertThat(m.onlyDesired()).containsExactly(yc);
    }
}
