package dev.dibs.engine.load;

import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SnakeCase;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Records annotated {@code @View}: each becomes a {@code CREATE VIEW} statement, classified with
 * the SQL files' statements (the query is user text: one query, nothing else, or a problem naming
 * the record), and a {@link TypedView} the Canonicalizer checks the derived columns against.
 */
final class ViewRecordReader {

    static final String VIEW = "dev.dibs.View";

    /** What the records declare: their statements (as SQL files of their own) and their typed views. */
    record Read(List<SqlFile> statements, List<Draft> views) {
    }

    /** A typed view whose enum-typed components still wait for their enums' SQL names. */
    record Draft(String javaClass, QualifiedName view, List<TypedView.Component> components, Map<String, String> enumComponents) {
    }

    private final JavaTypeMapper types;
    private final List<Problem> problems;

    ViewRecordReader(JavaTypeMapper types, List<Problem> problems) {
        this.types = types;
        this.problems = problems;
    }

    /** Reads every {@code @View} class of {@code scan}, in class name order; records each enum a component uses in {@code enumUsage}. */
    Read read(ScanResult scan, Map<String, Set<String>> enumUsage) {
        List<SqlFile> statements = new ArrayList<>();
        List<Draft> views = new ArrayList<>();
        List<ClassInfo> classes = new ArrayList<>(scan.getClassesWithAnnotation(VIEW));
        classes.sort((a, b) -> a.getName().compareTo(b.getName()));
        for (ClassInfo cls : classes) {
            String where = cls.getName();
            AnnotationInfo view = cls.getAnnotationInfo(VIEW);
            if (!cls.isRecord()) {
                problems.add(new Problem(where, "@View is on a " + (cls.isInterface() ? "interface" : "class")
                        + ", but a view's columns are named and typed by a record's components.",
                        "declare it as a record whose components are the view's columns."));
                continue;
            }
            String query = Annotations.string(view, "value", "").strip();
            String name = Annotations.string(view, "name", "");
            QualifiedName qualified = new QualifiedName(Annotations.string(view, "schema", "public"),
                    name.isEmpty() ? SnakeCase.of(cls.getSimpleName()) : name);
            // a name that does not print is refused where the view's statement is classified (SqlFileClassifier)
            if (query.isEmpty()) {
                problems.add(new Problem(where, "@View has no query.", "write the view's query: @View(\"SELECT …\")."));
                continue;
            }
            // classified and built like a CREATE VIEW of the SQL files, named after the record
            statements.add(new SqlFile(source(cls.getName()), null,
                    "CREATE VIEW " + Identifiers.quote(qualified.schema(), qualified.name()) + " AS " + query));
            List<TypedView.Component> components = new ArrayList<>();
            Map<String, String> enums = new java.util.LinkedHashMap<>();
            for (FieldInfo field : cls.getDeclaredFieldInfo()) {
                if (field.isStatic()) {
                    continue;
                }
                component(where, field, qualified.schema(), components, enums, enumUsage);
            }
            views.add(new Draft(cls.getName(), qualified, components, enums));
        }
        return new Read(statements, views);
    }

    /** What a record's statement is said to come from, in messages: {@code com.acme.OrderTotals (@View)}. */
    static String source(String javaClass) {
        return javaClass + " (@View)";
    }

    private void component(String javaClass, FieldInfo field, String schema, List<TypedView.Component> out,
                           Map<String, String> enums, Map<String, Set<String>> enumUsage) {
        String where = javaClass + "." + field.getName();
        AnnotationInfo column = Annotations.find(field.getAnnotationInfo(), "Column");
        String name = column == null ? "" : Annotations.string(column, "name", "");
        String explicit = column == null ? "" : Annotations.string(column, "type", "");
        if (column != null && Annotations.integer(column, "statistics") != -1) {
            problems.add(new Problem(where, "@Column(statistics) on a view's column: a view has no statistics of its own"
                    + " (ANALYZE reads the tables it selects from), and PostgreSQL refuses SET STATISTICS on it.",
                    "remove statistics here, and give the target on the table's column it reads."));
        }
        if (column != null && !Annotations.string(column, "collation").isEmpty()) {
            problems.add(new Problem(where, "@Column(collation) on a view's column: a view's column has the collation its query"
                    + " gives it, and a view has no COLLATE clause of its own.",
                    "remove collation here, and give it on the table's column, or in the query (name COLLATE \"C\")."));
        }
        String javaType = field.getTypeSignatureOrTypeDescriptor().toString();
        String sqlName = name.isEmpty() ? SnakeCase.of(field.getName()) : name;
        if (!explicit.isBlank()) {
            try {
                out.add(new TypedView.Component(field.getName(), javaType, sqlName, PgType.parse(explicit), true));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(where, "@Column(type = \"" + explicit + "\") is not a type dibs can read: "
                        + e.getMessage() + ".", "write the type as PostgreSQL prints it, e.g. varchar(80)."));
            }
            return;
        }
        JavaTypeMapper.Mapped mapped = types.map(field.getTypeSignatureOrTypeDescriptor());
        if (mapped.error() != null) {
            problems.add(new Problem(where, "unsupported type: " + mapped.error() + ".",
                    "give the column's SQL type with @Column(type = \"jsonb\") (or another), or use a supported type: "
                            + JavaTypeMapper.SUPPORTED + "."));
            return;
        }
        if (mapped.enumClass() != null) {
            enums.put(field.getName(), mapped.enumClass() + (mapped.array() ? "[]" : ""));
            enumUsage.computeIfAbsent(mapped.enumClass(), k -> new TreeSet<>()).add(schema);
        }
        out.add(new TypedView.Component(field.getName(), javaType, sqlName, mapped.type(), false));
    }
}
