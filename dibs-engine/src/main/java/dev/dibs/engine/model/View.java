package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * A view declared in SQL, known by its name.
 *
 * @param definition its query as {@code pg_get_viewdef} prints it under the inspection's
 *                   {@code search_path} (every name qualified): what two views are compared by
 * @param columns    its columns in order, with the types PostgreSQL derived
 * @param options    its {@code reloptions} ({@code security_barrier=true}, {@code check_option=local},
 *                   {@code security_invoker=true}), sorted
 * @param relations  the tables, views and materialized views its query reads, sorted
 * @param uses       the columns of those it reads, sorted: PostgreSQL refuses to drop or retype them
 * @param comment    null when absent
 * @param functions  the functions and procedures its query calls, as {@link Routine#signature()}s, sorted
 *                   (those of {@code pg_catalog} left out): PostgreSQL refuses to drop them under it
 */
public record View(QualifiedName name, String definition, List<ViewColumn> columns, List<String> options,
                   List<QualifiedName> relations, List<RelationColumn> uses, String comment, List<String> functions) {

    public View {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        options = options.stream().distinct().sorted().toList();
        relations = relations.stream().filter(r -> !r.equals(name)).distinct().sorted().toList();
        uses = uses.stream().filter(u -> !u.relation().equals(name)).distinct().sorted().toList();
        functions = functions.stream().distinct().sorted().toList();
    }

    /** A view that calls no function of its own. */
    public View(QualifiedName name, String definition, List<ViewColumn> columns, List<String> options,
                List<QualifiedName> relations, List<RelationColumn> uses, String comment) {
        this(name, definition, columns, options, relations, uses, comment, List.of());
    }

    public View withComment(String newComment) {
        return new View(name, definition, columns, options, relations, uses, newComment, functions);
    }

    public View withOptions(List<String> newOptions) {
        return new View(name, definition, columns, newOptions, relations, uses, comment, functions);
    }

    /** This view reading {@code newRelations} and {@code newUses} (after a rename). */
    public View reading(List<QualifiedName> newRelations, List<RelationColumn> newUses) {
        return new View(name, definition, columns, options, newRelations, newUses, comment, functions);
    }

    /** Whether {@code CREATE OR REPLACE VIEW} turns this view into {@code to}: its columns kept, in order, new ones only appended. */
    public boolean replaceableBy(View to) {
        return to.columns.size() >= columns.size() && to.columns.subList(0, columns.size()).equals(columns);
    }
}
