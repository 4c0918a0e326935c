package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.plan.Plan;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code CREATE EXTENSION} statements PostgreSQL will refuse because the database already holds
 * functions the extension would create, outside any extension: an extension installed from its
 * contrib script before PostgreSQL had extensions (or copied by hand). Said before anything runs,
 * for {@link PlanBlockers}.
 */
final class ExtensionCollisions {

    private static final Set<String> FUNCTION_KINDS = Set.of("function", "procedure", "aggregate", "window function");

    private ExtensionCollisions() {
    }

    static List<String> find(Plan plan, List<NotManaged> notManaged) {
        List<String> warnings = new ArrayList<>();
        for (SchemaChange change : plan.changes()) {
            if (!(change instanceof SchemaChange.CreateExtension create)) {
                continue;
            }
            Extension e = create.extension();
            List<String> loose = notManaged.stream()
                    .filter(n -> FUNCTION_KINDS.contains(n.kind()) && e.schema().equals(n.schema()) && e.functions().contains(n.name()))
                    .map(n -> n.schema() + "." + n.name()).toList();
            if (!loose.isEmpty()) {
                warnings.add("PostgreSQL will refuse " + PlanBlockers.statementOf(plan, change) + ": the database already has "
                        + (loose.size() == 1 ? "the function " + loose.get(0)
                                : loose.size() + " of its functions (" + String.join(", ", loose.subList(0, Math.min(3, loose.size())))
                                        + (loose.size() > 3 ? ", …" : "") + ")")
                        + " outside any extension, as an extension installed from its script before PostgreSQL had extensions"
                        + " leaves them. Make them the extension's (on PostgreSQL 12 and older, CREATE EXTENSION " + e.name()
                        + " FROM unpackaged) or drop them, by hand or in a migration, then plan again; as it is, the plan fails"
                        + " there and is rolled back.");
            }
        }
        return warnings;
    }
}
