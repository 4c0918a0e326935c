package dev.dibs.engine.report;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import java.util.List;

/**
 * Intent against reality: the plan that makes the database match, the desired schema, objects
 * dibs does not manage, and warnings worth showing (missing source information, the scratch
 * database used). {@code refusals} are those of the warnings that foretell a statement PostgreSQL
 * will refuse: applying the plan is refused before it starts while there is one.
 *
 * @param database     the database compared, for people (never a password)
 * @param desiredState what it is compared with, for sentences: {@value #JAVA_SCHEMA}, or e.g.
 *                     "the reference database jdbc:postgresql://staging:5432/app (user app)"
 */
public record DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                          List<String> warnings, List<String> refusals) {

    /** The usual desired state: the schema declared by the {@code @Table} classes. */
    public static final String JAVA_SCHEMA = "the Java schema";

    public DriftReport {
        notManaged = List.copyOf(notManaged);
        warnings = List.copyOf(warnings);
        refusals = List.copyOf(refusals);
    }

    /** A report without foretold refusals. */
    public DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                       List<String> warnings) {
        this(database, desiredState, plan, desired, notManaged, warnings, List.of());
    }

    public boolean hasDrift() {
        return !plan.isEmpty();
    }
}
