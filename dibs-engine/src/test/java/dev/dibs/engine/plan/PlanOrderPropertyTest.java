package dev.dibs.engine.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange;
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
        List<String> made = renames(plan.changes());
        assertThat(made).as("the renames of the plan between seeds %d and %d", seedA, seedB).containsAll(expected(b, made));
    }

    /** The seed of a pair's renames: {@link PlanPropertyTest} draws the same ones. */
    static long renameSeed(long seedA, long seedB) {
        return seedA * 31 + seedB;
    }

    /** Each rename of the plan, as {@link #expected} names a hint. */
    private static List<String> renames(List<SchemaChange> changes) {
        return changes.stream().map(PlanOrderPropertyTest::rename).filter(java.util.Objects::nonNull).toList();
    }

    private static String rename(SchemaChange c) {
        if (c instanceof SchemaChange.RenameTable t) {
            return "table " + t.from().name() + " -> " + t.to();
        } else if (c instanceof SchemaChange.RenameColumn k) {
            return "column " + k.from() + " -> " + k.to();
        } else if (c instanceof SchemaChange.RenameSequence q) {
            return "sequence " + q.from().name() + " -> " + q.to();
        } else if (c instanceof SchemaChange.RenameDomain d) {
            return "domain " + d.from().name() + " -> " + d.to();
        } else if (c instanceof SchemaChange.RenameRoutine r) {
            return "routine " + r.routine().name().name() + " -> " + r.to();
        } else if (c instanceof SchemaChange.RenameTrigger g) {
            return "trigger " + g.from() + " -> " + g.to();
        } else if (c instanceof SchemaChange.RenameEnumValue e) {
            return "label " + e.type() + " " + e.from() + " -> " + e.to();
        } else if (c instanceof SchemaChange.CreateTrigger g) { // a trigger hint of a changed trigger: created under its new name
            return "created trigger " + g.trigger().name();
        } else if (c instanceof SchemaChange.RecreateEnum e) { // a label hint applies in the type created again
            return "re-created " + e.from().name();
        }
        return null;
    }

    /**
     * What each hint must have become: every one applies, since its old name is in A and its new one
     * nowhere (a routine's names A's only overload, declared in B with the same arguments).
     */
    private static List<String> expected(RandomRenames.Renamed b, List<String> made) {
        RenameHints hints = b.hints();
        List<String> out = new java.util.ArrayList<>();
        hints.tables().forEach(t -> out.add("table " + t.from() + " -> " + t.to().name()));
        hints.columns().forEach(k -> out.add("column " + k.from() + " -> " + k.to()));
        hints.sequences().forEach(q -> out.add("sequence " + q.from() + " -> " + q.to().name()));
        hints.domains().forEach(d -> out.add("domain " + d.from() + " -> " + d.to().name()));
        hints.triggers().forEach(g -> out.add(made.contains("trigger " + g.from() + " -> " + g.to()) ? "trigger " + g.from() + " -> " + g.to()
                : "created trigger " + g.to()));
        hints.enumLabels().forEach(e -> out.add(made.contains("re-created " + e.type()) ? "re-created " + e.type()
                : "label " + e.type() + " " + e.from() + " -> " + e.to()));
        hints.routines().forEach(r -> out.add("routine " + r.from() + " -> " + r.to().name()));
        return out;
    }
}
