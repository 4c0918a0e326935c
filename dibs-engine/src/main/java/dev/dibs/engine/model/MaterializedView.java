package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A materialized view declared in SQL, known by its name.
 *
 * @param definition its query as {@code pg_get_viewdef} prints it (every name qualified)
 * @param columns    its columns in order, with the types PostgreSQL derived
 * @param withData   whether it is created {@code WITH DATA} (as declared): a creation option, not
 *                   state — a view created {@code WITH NO DATA} and refreshed since is no difference
 *                   ({@link #sameAs})
 * @param indexes    its indexes, sorted by name
 * @param options    its storage parameters ({@code reloptions}), sorted
 * @param relations  the tables, views and materialized views its query reads, sorted
 * @param uses       the columns of those it reads, sorted
 * @param comment    null when absent
 * @param functions  the functions and procedures its query calls ({@link View#functions()})
 */
public record MaterializedView(QualifiedName name, String definition, List<ViewColumn> columns, boolean withData,
                               List<ViewIndex> indexes, List<String> options, List<QualifiedName> relations,
                               List<RelationColumn> uses, String comment, List<String> functions) {

    public MaterializedView {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(definition, "definition");
        columns = List.copyOf(columns);
        indexes = indexes.stream().sorted(Comparator.comparing(ViewIndex::name)).toList();
        options = options.stream().distinct().sorted().toList();
        relations = relations.stream().filter(r -> !r.equals(name)).distinct().sorted().toList();
        uses = uses.stream().filter(u -> !u.relation().equals(name)).distinct().sorted().toList();
        functions = functions.stream().distinct().sorted().toList();
    }

    /** A materialized view that calls no function of its own. */
    public MaterializedView(QualifiedName name, String definition, List<ViewColumn> columns, boolean withData,
                            List<ViewIndex> indexes, List<String> options, List<QualifiedName> relations,
                            List<RelationColumn> uses, String comment) {
        this(name, definition, columns, withData, indexes, options, relations, uses, comment, List.of());
    }

    public MaterializedView withData(boolean newWithData) {
        return new MaterializedView(name, definition, columns, newWithData, indexes, options, relations, uses, comment, functions);
    }

    public MaterializedView withIndexes(List<ViewIndex> newIndexes) {
        return new MaterializedView(name, definition, columns, withData, newIndexes, options, relations, uses, comment, functions);
    }

    public MaterializedView withComment(String newComment) {
        return new MaterializedView(name, definition, columns, withData, indexes, options, relations, uses, newComment, functions);
    }

    /** This view reading {@code newRelations} and {@code newUses} (after a rename). */
    public MaterializedView reading(List<QualifiedName> newRelations, List<RelationColumn> newUses) {
        return new MaterializedView(name, definition, columns, withData, indexes, options, newRelations, newUses, comment, functions);
    }

    /** Equal but for {@link #withData}, which only says how it is created. */
    public boolean sameAs(MaterializedView other) {
        return equals(other.withData(withData));
    }

    /** Whether {@code other} is this view as created: the same query, columns and options (its indexes and comment aside). */
    public boolean sameQuery(MaterializedView other) {
        return definition.equals(other.definition) && columns.equals(other.columns) && options.equals(other.options)
                && relations.equals(other.relations) && uses.equals(other.uses) && functions.equals(other.functions);
    }
}
