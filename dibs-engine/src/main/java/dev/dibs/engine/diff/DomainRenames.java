package dev.dibs.engine.diff;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import dev.dibs.engine.naming.Identifiers;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * How a schema reads after {@code ALTER DOMAIN from RENAME TO to}. PostgreSQL holds a type by its
 * identity in columns, stored expressions (defaults, checks, index keys, view queries, trigger
 * conditions, policies), other domains and routines' signatures, results and SQL-standard bodies, and
 * prints it under the new name from then on ({@link SchemaTexts}); a routine's signature then reads
 * differently, and so do the lists that name it by signature. A body kept as a string (PL/pgSQL)
 * names the type as text, which PostgreSQL leaves as it was: one that names the new type in the
 * desired state differs, and is replaced.
 */
public final class DomainRenames {

    private DomainRenames() {
    }

    /** {@code text} with every qualified reference to type {@code from} naming {@code to} instead (the same instance when none). */
    public static String renamed(String text, QualifiedName from, QualifiedName to) {
        return SchemaTexts.renamed(text, from, to, false);
    }

    /** {@code schema} after the rename: the domain itself, and everything that prints its name. */
    public static Schema renamed(Schema schema, QualifiedName from, QualifiedName to) {
        return schema
                .withDomains(schema.domains().stream().map(d -> renamedIn(d, from, to)).toList())
                .withTables(schema.tables().stream().map(t -> renamedIn(t, from, to)).toList())
                .withViews(schema.views().stream().map(v -> renamedIn(v, from, to)).toList())
                .withMaterializedViews(schema.materializedViews().stream().map(v -> renamedIn(v, from, to)).toList())
                .withTriggers(schema.triggers().stream().map(t -> renamedIn(t, from, to)).toList())
                .withPolicies(schema.policies().stream().map(p -> renamedIn(p, from, to)).toList())
                .withRoutines(schema.routines().stream().map(r -> SchemaTexts.in(r, texts(from, to), dependencies(from, to))).toList());
    }

    private static UnaryOperator<String> texts(QualifiedName from, QualifiedName to) {
        return text -> renamed(text, from, to);
    }

    /**
     * A routine's dependency after the rename ({@code Routine.dependsOn}'s words, names as they are):
     * the type itself, or a routine whose arguments name it (printed as SQL, so rewritten as a text).
     */
    public static UnaryOperator<String> dependencies(QualifiedName from, QualifiedName to) {
        String type = "type " + from;
        return entry -> {
            if (entry.equals(type)) {
                return "type " + to;
            }
            int open = entry.startsWith("routine ") ? entry.indexOf('(') : -1;
            if (open < 0) {
                return entry;
            }
            String arguments = entry.substring(open + 1);
            String renamed = renamed(arguments, from, to);
            return renamed == arguments ? entry : entry.substring(0, open + 1) + renamed;
        };
    }

    /** {@code d} renamed when it is {@code from}; its base type, default and checks naming {@code from} name {@code to}. */
    public static Domain renamedIn(Domain d, QualifiedName from, QualifiedName to) {
        Domain texts = SchemaTexts.in(d, texts(from, to));
        return !d.name().equals(from) ? texts
                : new Domain(to, texts.baseType(), texts.collation(), texts.defaultExpression(), texts.notNull(), texts.checks(), texts.comment());
    }

    /** {@code t} with its columns of type {@code from} (or arrays of it) and its expressions naming {@code from} renamed. */
    public static Table renamedIn(Table t, QualifiedName from, QualifiedName to) {
        Table texts = SchemaTexts.in(t, texts(from, to));
        List<Column> columns = SchemaTexts.map(texts.columns(), c -> {
            if (!from.schema().equals(c.type().schema()) || !from.name().equals(c.type().name())) {
                return c;
            }
            PgType type = PgType.parse(Identifiers.quote(to.schema(), to.name()) + (c.type().array() ? "[]" : ""));
            return c.withType(type);
        });
        return columns == texts.columns() ? texts : texts.withColumns(columns);
    }

    /** Its query and column types; the signatures of the routines it calls name the type in their arguments. */
    public static View renamedIn(View v, QualifiedName from, QualifiedName to) {
        return SchemaTexts.in(v, texts(from, to), texts(from, to));
    }

    public static MaterializedView renamedIn(MaterializedView v, QualifiedName from, QualifiedName to) {
        return SchemaTexts.in(v, texts(from, to), texts(from, to));
    }

    /** A trigger's {@code WHEN} condition may cast to the domain. */
    public static Trigger renamedIn(Trigger t, QualifiedName from, QualifiedName to) {
        return SchemaTexts.in(t, texts(from, to), texts(from, to));
    }

    public static Policy renamedIn(Policy p, QualifiedName from, QualifiedName to) {
        return SchemaTexts.in(p, texts(from, to));
    }
}
