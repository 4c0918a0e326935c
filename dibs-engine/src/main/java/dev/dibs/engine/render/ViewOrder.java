package dev.dibs.engine.render;

import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The views and materialized views of a schema in an order that creates each after the views it
 * reads (a depth-first walk by name, so the order is the same every time). A cycle cannot come from
 * PostgreSQL's catalog; should one appear, its views are placed where the walk meets them.
 */
final class ViewOrder {

    private ViewOrder() {
    }

    /** Each element a {@link View} or a {@link MaterializedView}. */
    static List<Object> of(Schema schema) {
        Map<QualifiedName, Object> byName = new LinkedHashMap<>();
        schema.views().forEach(v -> byName.put(v.name(), v));
        schema.materializedViews().forEach(v -> byName.put(v.name(), v));
        List<Object> out = new ArrayList<>();
        Map<QualifiedName, Boolean> visited = new LinkedHashMap<>();
        byName.keySet().stream().sorted().forEach(n -> visit(n, byName, visited, out));
        return out;
    }

    private static void visit(QualifiedName name, Map<QualifiedName, Object> byName, Map<QualifiedName, Boolean> visited,
                              List<Object> out) {
        Object v = byName.get(name);
        if (v == null || visited.containsKey(name)) {
            return;
        }
        visited.put(name, true);
        List<QualifiedName> reads = v instanceof View view ? view.relations() : ((MaterializedView) v).relations();
        reads.forEach(r -> visit(r, byName, visited, out));
        out.add(v);
    }
}
