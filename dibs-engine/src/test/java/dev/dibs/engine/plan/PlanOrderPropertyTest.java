package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;

/**
 * The planner alone, without a server, over many more random pairs than {@link PlanPropertyTest} can
 * apply: for every pair (A, B) as {@link RandomSchemas} writes them, the differ's changes can be
 * ordered, the ordered plan turns A into B in the simulation, and it renders. An ordering the solver
 * cannot find (a reader created before a change it stops, two changes waiting on each other) shows
 * here at a thousandth of the cost of applying plans; whether PostgreSQL agrees with the simulation
 * is {@link PlanPropertyTest}'s part, as is the canonical form: the schemas are planned as the
 * generator writes them (expressions as PostgreSQL prints them where a path of the planner looks for
 * that, such as an enum default's cast), not as a server would read them back. A failure prints both
 * seeds: {@code PlanPropertyMain pair A B} runs the pair on a server. Shrinking a seed means nothing,
 * so it is off.
 */
class PlanOrderPropertyTest {

    @Property(tries = 20_000, shrinking = ShrinkingMode.OFF)
    void plansBetweenRandomSchemasCanBeOrdered(@ForAll long seedA, @ForAll long seedB) {
        Schema a = RandomSchemas.generate(seedA);
        Schema b = RandomSchemas.generate(seedB);
        assertThatCode(() -> Planner.plan(a, b, RenameHints.none()).toSql())
                .as("the plan between seeds %d and %d", seedA, seedB).doesNotThrowAnyException();
    }
}
