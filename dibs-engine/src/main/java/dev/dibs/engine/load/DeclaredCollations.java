package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What {@code @Column(collation)} (and Hibernate's {@code @Collate}) names: the collation the SQL files
 * declare ({@code CREATE COLLATION}) in the table's own schema under that name, else one they declare
 * as {@code schema.name} when the text is that, else the collation of {@code pg_catalog} of that name
 * (which the assembler took it for). So a collation of the project's own is found the way PostgreSQL
 * finds an unqualified name for a table of its schema, and a name with a dot that no file declares
 * ({@code en_US.utf8}) stays one of {@code pg_catalog}.
 */
final class DeclaredCollations {

    private DeclaredCollations() {
    }

    /** The collations {@code declarations} create, each in its schema (an unqualified one in the first managed schema). */
    static Set<QualifiedName> of(List<SqlDeclaration> declarations, List<String> namespaces) {
        SearchPathNames names = new SearchPathNames(namespaces);
        Set<QualifiedName> out = new LinkedHashSet<>();
        for (SqlDeclaration d : declarations) {
            if (d.kind() == Kind.COLLATION) {
                SqlCursor c = new SqlCursor(SqlTokens.tokenize(d.sql()));
                c.accept("create");
                c.accept("collation");
                c.accept("if", "not", "exists");
                out.add(names.created(c.name()));
            }
        }
        return out;
    }

    /** {@code schema} with each column's collation of {@code pg_catalog} that names one of {@code declared} taken for that one. */
    static Schema resolve(Schema schema, Set<QualifiedName> declared) {
        if (declared.isEmpty()) {
            return schema;
        }
        List<Table> tables = new ArrayList<>();
        boolean changed = false;
        for (Table t : schema.tables()) {
            List<Column> columns = new ArrayList<>();
            boolean tableChanged = false;
            for (Column c : t.columns()) {
                QualifiedName found = c.collation() == null || !c.collation().schema().equals(Column.BUILTIN_COLLATIONS) ? null
                        : declared(t.name().schema(), c.collation().name(), declared);
                columns.add(found == null ? c : c.withCollation(found));
                tableChanged |= found != null;
            }
            tables.add(tableChanged ? t.withColumns(columns) : t);
            changed |= tableChanged;
        }
        return changed ? schema.withTables(tables) : schema;
    }

    private static QualifiedName declared(String tableSchema, String name, Set<QualifiedName> declared) {
        QualifiedName own = new QualifiedName(tableSchema, name);
        if (declared.contains(own)) {
            return own;
        }
        int dot = name.indexOf('.');
        if (dot > 0) {
            QualifiedName qualified = new QualifiedName(name.substring(0, dot), name.substring(dot + 1));
            if (declared.contains(qualified)) {
                return qualified;
            }
        }
        return null;
    }
}
