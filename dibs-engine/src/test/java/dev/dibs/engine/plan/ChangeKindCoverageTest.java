package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of {@link SchemaChange} is produced by at least one plan case. A new kind fails here,
 * by name, until a case under {@code plan-cases/} produces it.
 *
 * <p>Which case produces which kinds is read from the cases' {@code changes.txt}, a line per change
 * with its kind and its description, which {@link PlanCasesTest} holds to what dibs produces as it
 * plans, applies and diffs each case again on real PostgreSQL: so every kind goes through diff,
 * solve, render and describe there. (This test once ran a covering set of cases again itself: 43 s
 * of the build for nothing PlanCasesTest does not check.)
 */
class ChangeKindCoverageTest {

    static Set<String> allKinds() {
        return Arrays.stream(SchemaChange.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /**
     * The kinds each case's {@code changes.txt} lists (the first word of each line), of the cases the
     * build's PostgreSQL runs: a kind whose only case needs a newer major would be planned nowhere in CI.
     */
    static Map<PlanCase, Set<String>> kindsByCase() {
        Map<PlanCase, Set<String>> byCase = new LinkedHashMap<>();
        PlanCase.all().filter(c -> c.minimumVersion() <= PlanCasesTest.buildMajor()).forEach(c -> byCase.put(c, c.file("changes.txt").orElse("").lines()
                .filter(l -> !l.isBlank()).map(l -> l.split(" ", 2)[0]).collect(Collectors.toCollection(TreeSet::new))));
        return byCase;
    }

    @Test
    void everyChangeKindHasAPlanCase() {
        Set<String> kinds = allKinds();
        assertThat(kinds).as("SchemaChange's permitted kinds").isNotEmpty();
        Set<String> covered = new TreeSet<>();
        kindsByCase().forEach((c, ks) -> {
            assertThat(kinds).as("%s/changes.txt names kinds SchemaChange does not have", c).containsAll(ks);
            covered.addAll(ks);
        });
        Set<String> missing = new TreeSet<>(kinds);
        missing.removeAll(covered);
        assertThat(missing).as("change kinds that no plan case produces: add a case under %s whose plan has each of them",
                PlanCase.ROOT).isEmpty();
    }
}
