package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlFileClassifier.Name;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * How PostgreSQL reads an unqualified name in the SQL files, which dibs builds (as it runs
 * migrations) with {@code search_path} set to the first managed schema, then {@code public}: a
 * {@code CREATE} puts the new object in the first schema, and a name of an existing relation
 * ({@code ON t} of a trigger, policy or index) is found in the first of the two that has it. So with
 * schemas {@code app, public}, {@code CREATE POLICY p ON t} is on {@code public.t} when only
 * {@code public} has a {@code t}.
 */
final class SearchPathNames {

    private final List<String> path;

    SearchPathNames(List<String> namespaces) {
        this.path = namespaces.get(0).equals("public") ? List.of("public") : List.of(namespaces.get(0), "public");
    }

    /** Where {@code CREATE} puts {@code name}: its own schema, else the first managed one. */
    QualifiedName created(Name name) {
        return new QualifiedName(name.schema() == null ? path.get(0) : name.schema(), name.name());
    }

    /** The relation {@code name} is: its own schema, else the first schema of the path where {@code exists} finds it, else the first. */
    QualifiedName existing(Name name, Predicate<QualifiedName> exists) {
        if (name.schema() != null) {
            return new QualifiedName(name.schema(), name.name());
        }
        for (String schema : path) {
            QualifiedName q = new QualifiedName(schema, name.name());
            if (exists.test(q)) {
                return q;
            }
        }
        return new QualifiedName(path.get(0), name.name());
    }

    /** The views and materialized views the declarations create, each where {@code CREATE} puts it. */
    Set<QualifiedName> views(List<SqlDeclaration> declarations) {
        Set<QualifiedName> views = new HashSet<>();
        for (SqlDeclaration d : declarations) {
            if (d.kind() == SqlDeclaration.Kind.VIEW || d.kind() == SqlDeclaration.Kind.MATERIALIZED_VIEW) {
                SqlCursor c = new SqlCursor(SqlTokens.tokenize(d.sql()));
                c.accept("create");
                c.accept("or", "replace");
                c.accept("recursive");
                c.accept("materialized");
                c.accept("view");
                c.accept("if", "not", "exists");
                views.add(created(c.name()));
            }
        }
        return views;
    }
}
