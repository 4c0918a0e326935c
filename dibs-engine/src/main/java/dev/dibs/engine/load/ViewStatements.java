package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.load.SqlFileClassifier.Name;
import dev.dibs.engine.load.SqlFileClassifier.Verdict;
import dev.dibs.engine.model.QualifiedName;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The {@link SqlFileClassifier}'s part for views and materialized views: {@code CREATE [OR REPLACE]
 * [RECURSIVE] VIEW}, {@code CREATE MATERIALIZED VIEW}, {@code CREATE [UNIQUE] INDEX} on a
 * materialized view declared earlier in the files, and {@code ALTER VIEW … SET|RESET (…)}. An index
 * on a Java table belongs on its class, and an index on anything else is refused by name; the
 * materialized view must come first, as it is built first.
 */
final class ViewStatements {

    private final Map<QualifiedName, String> javaTables;
    /** Accepts a declaration of {@code kind} about {@code name} when its schema is managed. */
    private final BiFunction<Kind, Name, Verdict> managed;
    private final Set<QualifiedName> materializedViews = new HashSet<>();
    /** The views declared so far (an unqualified ON may name one, as PostgreSQL finds it). */
    private final Set<QualifiedName> views = new HashSet<>();
    private final SearchPathNames names;

    ViewStatements(List<String> namespaces, Map<QualifiedName, String> javaTables, BiFunction<Kind, Name, Verdict> managed) {
        this.names = new SearchPathNames(namespaces);
        this.javaTables = javaTables;
        this.managed = managed;
    }

    /** After {@code CREATE [OR REPLACE]} and the word {@code what}: a view, materialized view or index; null for anything else. */
    Verdict create(String what, SqlCursor c) {
        switch (what) {
            case "recursive":
                if (!c.accept("view")) {
                    return null;
                }
                return view(c.name());
            case "view":
                return view(c.name());
            case "materialized":
                if (!c.accept("view")) {
                    return null;
                }
                c.accept("if", "not", "exists");
                Name name = c.name();
                Verdict v = managed.apply(Kind.MATERIALIZED_VIEW, name);
                if (v.kind() != null) {
                    materializedViews.add(names.created(name));
                }
                return v;
            case "unique":
                return c.accept("index") ? index(c) : null;
            case "index":
                return index(c);
            default:
                return null;
        }
    }

    private Verdict view(Name name) {
        Verdict v = managed.apply(Kind.VIEW, name);
        if (v.kind() != null) {
            views.add(names.created(name));
        }
        return v;
    }

    /** Whether the files declared a view or materialized view of this name before the statement read now. */
    boolean declared(QualifiedName name) {
        return views.contains(name) || materializedViews.contains(name);
    }

    private Verdict index(SqlCursor c) {
        if (c.accept("concurrently")) {
            return Verdict.refuse("builds an index CONCURRENTLY, which a declaration cannot: the plan decides how indexes are built.",
                    "leave CONCURRENTLY out.");
        }
        if (!c.skipTo("on")) {
            return Verdict.refuse("is an index without ON.", "write CREATE INDEX name ON materialized_view (…).");
        }
        c.accept("only");
        Name on = c.name();
        QualifiedName target = names.existing(on, q -> javaTables.containsKey(q) || declared(q));
        if (javaTables.containsKey(target)) {
            return Verdict.refuse("creates an index on the table " + target + ", which is declared by " + javaTables.get(target)
                    + ", and its indexes are declared there.", "declare it with @Index on " + javaTables.get(target) + ".");
        }
        if (!materializedViews.contains(target)) {
            return Verdict.refuse("creates an index on " + target + ", which is no materialized view declared before it in "
                    + "the files: there, only materialized views get indexes.", "declare CREATE MATERIALIZED VIEW " + on
                    + " first (earlier in the file, or in a file before it); index a table with @Index on its Java class.");
        }
        return Verdict.accept(Kind.MATERIALIZED_VIEW_INDEX, "index on " + on);
    }

    /** After {@code ALTER VIEW}: only its options, set or reset. */
    Verdict alterView(SqlCursor c) {
        c.accept("if", "exists");
        Name view = c.name();
        // SET (…) or RESET (…): SET SCHEMA, SET TABLESPACE and the like are no options
        if ((c.accept("set") || c.accept("reset")) && c.word() == null && !c.atEnd(0)) {
            return managed.apply(Kind.VIEW_OPTIONS, view);
        }
        return Verdict.refuse("alters a view other than by SET or RESET of its options.", "write the view as it should be "
                + "in CREATE VIEW (its options in WITH (…) or ALTER VIEW … SET (…)); the plan makes the changes.");
    }
}
