package dev.dibs.engine.load;

import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import java.util.List;

/**
 * A view declared by a Java record annotated {@code @View}: the view, the record, and its
 * components, which name and type the columns PostgreSQL must derive from the query.
 */
public record TypedView(String javaClass, QualifiedName view, List<Component> components) {

    public TypedView {
        components = List.copyOf(components);
    }

    /**
     * One record component: its Java name and type (as written, for messages), the column it names
     * and the type it maps to; {@code explicit} when {@code @Column(type = …)} gave the type, which
     * must then be the column's exactly.
     */
    public record Component(String javaName, String javaType, String column, PgType type, boolean explicit) {
    }
}
