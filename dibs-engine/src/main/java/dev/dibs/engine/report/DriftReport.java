package dev.dibs.engine.report;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import java.util.List;

/**
 * Intent against reality: the plan that makes the database match, the desired schema, objects
 * dibs does not manage, and warnings worth showing (missing source information, the scratch
 * database used).
 *
 * @param database     the database compared, for people (never a password)
 * @param desiredState what it is compared with, for sentences: {@value #JAVA_SCHEMA}, or e.g.
 *                     "the reference database jdbc:postgresql://staging:5432/app (user app)"
 */
public record DriftReport(String database, String desiredState, Plan plan, Schema desired, List<NotManaged> notManaged,
                          List<String> warnings) {

    /** The usual desired state: the schema declared by the {@code @Table} classes. */
    public static final String JAVA_SCHEMA = "the Java schema";

    public DriftReport {
        notManaged = List.copyOf(notManaged);
        warnings = List.copyOf(warnings);
    }

    public boolean hasDrift() {
        return !plan.isEmpty();
    }
}
