package dev.dibs.engine.ops;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.plan.Plan;
import java.util.List;

/**
 * Intent against reality: the plan that makes the database match, the desired schema, objects
 * dibs does not manage, and warnings worth showing (missing source information, the scratch
 * database used).
 */
public record DriftReport(String database, Plan plan, Schema desired, List<NotManaged> notManaged, List<String> warnings) {

    public DriftReport {
        notManaged = List.copyOf(notManaged);
        warnings = List.copyOf(warnings);
    }

    public boolean hasDrift() {
        return !plan.isEmpty();
    }
}
