package dev.dibs.engine.load;

import dev.dibs.engine.model.Schema;
import java.util.List;

/**
 * The Java schema: the model itself, the explicit renames, where each object was declared, and
 * warnings worth showing the user (such as missing source information); and the declarations of
 * the SQL files under {@code dibs/} (functions, triggers, sequences, …), in file order, which the
 * Canonicalizer builds beside the tables, the views of {@code @View} records first; and those
 * records' typed views, whose columns the Canonicalizer checks against what PostgreSQL derives; and
 * the managed schemas in the order they were given: an unqualified name in the SQL files goes to the
 * first of them (the model lists them by name).
 */
public record LoadedSchema(Schema schema, RenameHints renames, Origins origins, List<String> warnings,
                           List<SqlDeclaration> declarations, List<TypedView> typedViews, List<String> schemas) {

    public LoadedSchema {
        warnings = List.copyOf(warnings);
        declarations = List.copyOf(declarations);
        typedViews = List.copyOf(typedViews);
        schemas = List.copyOf(schemas);
    }

    /** The managed schemas in the model's (alphabetical) order: for a schema whose first configured one is its first by name. */
    public LoadedSchema(Schema schema, RenameHints renames, Origins origins, List<String> warnings,
                        List<SqlDeclaration> declarations, List<TypedView> typedViews) {
        this(schema, renames, origins, warnings, declarations, typedViews, schema.namespaces());
    }

    /** A Java schema with SQL files and no {@code @View} records. */
    public LoadedSchema(Schema schema, RenameHints renames, Origins origins, List<String> warnings,
                        List<SqlDeclaration> declarations) {
        this(schema, renames, origins, warnings, declarations, List.of());
    }

    /** A Java schema without SQL files. */
    public LoadedSchema(Schema schema, RenameHints renames, Origins origins, List<String> warnings) {
        this(schema, renames, origins, warnings, List.of());
    }
}
