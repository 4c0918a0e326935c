package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.postgres.PostgresServer;
import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every kind of {@link SchemaChange} is produced by at least one plan case, and goes through diff,
 * solve, render and describe on real PostgreSQL (applied, then a second diff is empty). A new kind
 * fails here, by name, until a case under {@code plan-cases/} produces it.
 *
 * <p>Which case produces which kinds is read from the cases' {@code changes.txt} (which
 * {@link PlanCasesTest} holds to what dibs produces); this test then runs only as few cases as
 * cover every kind, and checks that each really produced the kinds it was chosen for.
 */
@WithPostgres
class ChangeKindCoverageTest {

    @TempDir
    Path dir;

    /** A case and the kinds it was chosen to cover. */
    record Cover(PlanCase planCase, Set<String> kinds) {
        @Override
        public String toString() {
            return planCase + " " + kinds;
        }
    }

    static Set<String> allKinds() {
        return Arrays.stream(SchemaChange.class.getPermittedSubclasses()).map(Class::getSimpleName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The kinds each case's {@code changes.txt} lists (the first word of each line). */
    static Map<PlanCase, Set<String>> kindsByCase() {
        Map<PlanCase, Set<String>> byCase = new LinkedHashMap<>();
        PlanCase.all().forEach(c -> byCase.put(c, c.file("changes.txt").orElse("").lines()
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

    /** Greedily, the case that covers the most kinds not yet covered, until none is left. */
    static Stream<Cover> covers() {
        Map<PlanCase, Set<String>> byCase = kindsByCase();
        Set<String> left = allKinds();
        List<Cover> chosen = new ArrayList<>();
        while (!left.isEmpty()) {
            Cover best = null;
            for (Map.Entry<PlanCase, Set<String>> e : byCase.entrySet()) {
                Set<String> gain = new TreeSet<>(e.getValue());
                gain.retainAll(left);
                if (best == null || gain.size() > best.kinds().size()) {
                    best = new Cover(e.getKey(), gain);
                }
            }
            if (best == null || best.kinds().isEmpty()) {
                break; // what is left has no case: everyChangeKindHasAPlanCase names it
            }
            chosen.add(best);
            left.removeAll(best.kinds());
        }
        return chosen.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("covers")
    void eachKindIsPlannedAppliedAndDescribed(Cover cover, TestDatabase db, PostgresServer server) throws Exception {
        PlanCaseRunner.Outcome outcome = PlanCaseRunner.run(cover.planCase(), db, server, dir);
        if (outcome == null) {
            return; // its only case needs a newer server, which rejects it (asserted by the runner)
        }
        assertThat(outcome.plan().changes().stream().map(c -> c.getClass().getSimpleName()).toList())
                .as("%s: the kinds its changes.txt promises", cover.planCase()).containsAll(cover.kinds());
        assertThat(outcome.changesText()).as("every change described").hasLineCount(outcome.plan().changes().size());
    }
}
