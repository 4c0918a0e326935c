package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The extensions a plan creates, updates or moves (always before the statements that use them),
 * and what they bring: a need of the plan they meet is no reason for PostgreSQL to refuse it, even
 * though the target's catalog lacks it today. Types, operator classes and default operator classes
 * (by method and type) are known exactly; a
 * function is taken as brought when it is in the schema of such an extension, since the model
 * does not list an extension's functions (a doubt counts as present, as everywhere in
 * {@link CatalogNeeds}).
 */
record PlannedExtensions(List<Extension> extensions) {

    static PlannedExtensions of(List<SchemaChange> changes) {
        List<Extension> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.CreateExtension x) {
                out.add(x.extension());
            } else if (c instanceof SchemaChange.AlterExtension x) {
                out.add(x.to());
            }
        }
        return new PlannedExtensions(List.copyOf(out));
    }

    Set<QualifiedName> types() {
        Set<QualifiedName> out = new HashSet<>();
        extensions.forEach(e -> e.types().forEach(t -> out.add(new QualifiedName(e.schema(), t))));
        return out;
    }

    /** @param type for a default operator class, the key column's type as {@code format_type} prints it */
    boolean provides(CatalogNeed need, String type) {
        return switch (need.kind()) {
            case OPERATOR_CLASS -> need.schema() != null && extensions.stream()
                    .anyMatch(e -> e.operatorClasses().contains(Identifiers.quote(need.schema(), need.name())));
            case FUNCTION -> extensions.stream().anyMatch(e -> e.schema().equals(need.schema()));
            case DEFAULT_OPERATOR_CLASS -> type != null && extensions.stream()
                    .anyMatch(e -> e.defaultClasses().contains(need.method() + ":" + type));
            case TYPE, ACCESS_METHOD, COLLATION -> false; // types: left out as the plan's own, with its enums
        };
    }
}
