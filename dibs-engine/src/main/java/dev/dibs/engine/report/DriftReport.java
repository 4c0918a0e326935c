package dev.dibs.engine.report;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import java.util.List;

/**
 * Intent against reality: the plan that makes the database match, the desired schema, objects
 * dibs does not manage, warnings worth showing (missing source information, the scratch database
 * used), and what the plan cannot make right ({@code unreproducible}): an aspect of an object the
 * plan creates that dibs's statements do not reproduce, or an aspect of an existing object that
 * differs and that no statement of dibs changes. Those are drift, and a plan that has any is never
 * applied.
 * {@code refusals} are those of the warnings that foretell a statement PostgreSQL will refuse:
 * applying the plan is refused before it starts while there is one.
 *
 * @param database       the database compared, for people (never a password)
 * @param desiredState   what it is compared with, for sentences: {@value #JAVA_SCHEMA}, or e.g.
 *                       "the reference database jdbc:postgresql://staging:5432/app (user app)"
 * @param unreproducible one sentence each, naming the object and the aspect
 */
public record DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                          List<String> warnings, List<String> refusals, List<String> unreproducible) {

    /** The usual desired state: the schema declared by the {@code @Table} classes. */
    public static final String JAVA_SCHEMA = "the Java schema";

    /** How {@code desiredState} starts when another database is the desired state. */
    public static final String REFERENCE_DATABASE = "the reference database ";

    public DriftReport {
        notManaged = List.copyOf(notManaged);
        warnings = List.copyOf(warnings);
        refusals = List.copyOf(refusals);
        unreproducible = List.copyOf(unreproducible);
    }

    /** A report without foretold refusals. */
    public DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                       List<String> warnings, List<String> unreproducible) {
        this(database, desiredState, plan, desired, notManaged, warnings, List.of(), unreproducible);
    }

    /** A report in which the plan makes everything right. */
    public DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                       List<String> warnings) {
        this(database, desiredState, plan, desired, notManaged, warnings, List.of());
    }

    /** Whether the database differs: the plan does something, or something differs that it cannot make right. */
    public boolean hasDrift() {
        return !plan.isEmpty() || !unreproducible.isEmpty();
    }

    /** The desired state in a note's words: "the reference" when it is another database, else "the desired state". */
    public String desiredSide() {
        return desiredState.startsWith(REFERENCE_DATABASE) ? "the reference" : "the desired state";
    }

    /** A note in one line, its side in this report's words. */
    public String describe(NotManaged note) {
        return note.describe(desiredSide());
    }

    /** Notes whose object both sides have with different definitions: they stand out in every report. */
    public List<NotManaged> differingNotes() {
        return notManaged.stream().filter(n -> n.side() == NotManaged.Side.DIFFERENT).toList();
    }

    /** Whether the plan may be applied: not when part of the difference is beyond it. */
    public boolean applicable() {
        return unreproducible.isEmpty();
    }
}
