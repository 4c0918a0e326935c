package dev.dibs.engine.canonical;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.load.MaterializedViewStatement;
import dev.dibs.engine.load.SqlDeclaration;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared materialized view is built {@code WITH NO DATA} in the scratch database, whatever its
 * statement says: its query may be costly or call what only the real database can answer, and the
 * scratch database has no rows to give it anyway. Whether it is declared {@code WITH DATA} (the
 * default) or {@code WITH NO DATA} is read from the statement and put into the model afterwards, for
 * the plan to create it as declared.
 */
final class MaterializedViewData {

    private MaterializedViewData() {
    }

    /** The statement of a materialized view, as built in the scratch database. */
    static String withNoData(String sql) {
        return MaterializedViewStatement.withNoData(sql);
    }

    /** The inspection with each declared materialized view's WITH [NO] DATA as its statement says. */
    static Inspection asDeclared(Inspection inspection, List<SqlDeclaration> declarations, List<String> namespaces) {
        Map<QualifiedName, Boolean> declared = new HashMap<>();
        for (SqlDeclaration d : declarations) {
            if (d.kind() == SqlDeclaration.Kind.MATERIALIZED_VIEW) {
                declared.put(MaterializedViewStatement.name(d.sql(), namespaces), MaterializedViewStatement.declaresData(d.sql()));
            }
        }
        if (declared.isEmpty()) {
            return inspection;
        }
        List<MaterializedView> views = inspection.schema().materializedViews().stream()
                .map(v -> declared.containsKey(v.name()) ? v.withData(declared.get(v.name())) : v).toList();
        return new Inspection(inspection.schema().withMaterializedViews(views), inspection.notManaged(),
                inspection.serverVersionNum(), inspection.fingerprints(), inspection.extensions());
    }
}
