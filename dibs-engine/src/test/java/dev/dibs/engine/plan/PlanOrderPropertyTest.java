package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.ops.Planner;
import java.util.List;
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
 * so it is off. Two pairs in five also carry explicit renames ({@link RandomRenames}): each hint
 * must become a rename in the plan, never a drop and an add.
 */
class PlanOrderPropertyTest {

    @Property(tries = 20_000, shrinking = ShrinkingMode.OFF)
    void plansBetweenRandomSchemasCanBeOrdered(@ForAll long seedA, @ForAll long seedB) {
        Schema a = RandomSchemas.generate(seedA);
        RandomRenames.Renamed b = RandomRenames.draw(a, RandomSchemas.generate(seedB), renameSeed(seedA, seedB));
        Plan plan;
        try {
            plan = Planner.plan(a, b.schema(), b.hints());
            plan.toSql();
        } catch (RuntimeException e) {
            throw new AssertionError("the plan between seeds " + seedA + " and " + seedB + " (renames " + b.hints() + ")", e);
        }
        assertThat(renames(plan.changes())).as("the renames of the plan between seeds %d and %d", seedA, seedB)
                .containsAll(expected(b.hints()));
    }

    /** The seed of a pair's renames: {@link PlanPropertyTest} draws the same ones. */
    static long renameSeed(long seedA, long seedB) {
        return seedA * 31 + seedB;
    }

    private static List<String> renames(List<SchemaChange> changes) {
        return changes.stream().map(c -> c instanceof RenameTable t ? "table " + t.from().name() + " -> " + t.to()
                : c instanceof RenameColumn k ? "column " + k.from() + " -> " + k.to() : null)
                .filter(java.util.Objects::nonNull).toList();
    }

    private static List<String> expected(RenameHints hints) {
        return java.util.stream.Stream.concat(hints.tables().stream().map(t -> "table " + t.from() + " -> " + t.to().name()),
                hints.columns().stream().map(k -> "column " + k.from() + " -> " + k.to())).toList();
    }
}
