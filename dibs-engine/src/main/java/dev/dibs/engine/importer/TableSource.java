package dev.dibs.engine.importer;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.PostgresNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The source of one table's record: its class annotations ({@link TableAnnotations}), one
 * component per column in column order, and the table and column comments as Javadoc.
 */
final class TableSource {

    private final Table table;
    private final java.util.function.Predicate<String> sharedName;
    /** javac's limit on a method's parameters, in slots (a long or double takes two). */
    private static final int MAX_PARAMETER_SLOTS = 255;

    private final String className;
    private final Map<QualifiedName, String> enumClasses;
    private final Set<QualifiedName> tableNames;
    /** The collations the SQL files declare: a column may name one of them, or one of pg_catalog. */
    private final Set<QualifiedName> collations;
    private final List<String> problems;
    private final String where;
    /** Column name → its component's annotations, in the order they are written. */
    private final Map<String, List<String>> memberAnnotations = new LinkedHashMap<>();
    private final Map<String, String> members = new LinkedHashMap<>();
    final Set<String> imports = new TreeSet<>();

    /**
     * How {@code @Column(collation)} names {@code collation}: by its bare name when pg_catalog or the
     * table's schema holds it (the loader looks for a collation the SQL files declare there first),
     * else as {@code schema.name}; empty for none. One of a schema not imported (no SQL file can
     * declare it, and the loader would look for it in pg_catalog) is a problem.
     */
    private String collation(String column, QualifiedName collation) {
        if (collation == null) {
            return "";
        }
        if (collation.schema().equals(Column.BUILTIN_COLLATIONS)) {
            if (collations.contains(new QualifiedName(table.name().schema(), collation.name()))) {
                problem(column, "its collation is pg_catalog's " + collation.name() + ", and the table's schema has a collation of"
                        + " that name too, which @Column(collation = \"" + collation.name() + "\") would name (rename the one of "
                        + table.name().schema() + ")");
                return "";
            }
            return collation.name();
        }
        if (!collations.contains(collation)) {
            problem(column, "its collation " + collation + " is in a schema the import leaves out, which no SQL file can declare"
                    + " (add that schema to schemas, or give the column a collation of pg_catalog or of an imported schema)");
            return "";
        }
        return collation.schema().equals(table.name().schema()) ? collation.name() : collation.schema() + "." + collation.name();
    }

    /** @param tableClasses every table the import writes (the targets foreign keys may have), with its class */
    TableSource(Table table, Map<QualifiedName, String> tableClasses, Map<QualifiedName, String> enumClasses,
                Set<QualifiedName> collations, List<String> problems) {
        this(table, tableClasses, enumClasses, collations, problems, Set.of(), name -> false);
    }

    /**
     * @param fromParents the columns the table's parents ({@code INHERITS}) give it as they are: left
     *                    out of the record unless an annotation of the column's own needs them
     * @param sharedName  whether another table of the schema has a check or foreign key of that name:
     *                    then it is written even where it is the one PostgreSQL would choose
     */
    TableSource(Table table, Map<QualifiedName, String> tableClasses, Map<QualifiedName, String> enumClasses,
                Set<QualifiedName> collations, List<String> problems, Set<String> fromParents,
                java.util.function.Predicate<String> sharedName) {
        this.sharedName = sharedName;
        this.fromParents = Set.copyOf(fromParents);
        this.table = table;
        this.collations = collations;
        this.tableNames = tableClasses.keySet();
        String className = tableClasses.get(table.name());
        this.className = className;
        this.enumClasses = enumClasses;
        this.problems = problems;
        this.where = "table " + table.name();
        Set<String> used = new HashSet<>();
        for (Column c : table.columns()) {
            String member = JavaNames.memberName(c.name());
            String unique = member;
            for (int n = 2; !used.add(unique); n++) {
                unique = member + n;
            }
            members.put(c.name(), unique);
            memberAnnotations.put(c.name(), new ArrayList<>());
        }
    }

    private final Set<String> fromParents;

    void problem(String column, String text) {
        problems.add(where + (column == null ? "" : ", column " + column) + ": " + text);
    }

    /** Adds an annotation to the component of {@code column}, importing it. */
    void onMember(String column, AnnotationText annotation, String simpleName) {
        memberAnnotations.get(column).add(annotation.text());
        imports.add("dev.dibs." + simpleName);
    }

    boolean memberHas(String column, String simpleName) {
        return memberAnnotations.get(column).stream().anyMatch(a -> a.startsWith("@" + simpleName + "(") || a.equals("@" + simpleName));
    }

    String render(String javaPackage) {
        if (table.columns().isEmpty()) {
            problem(null, "it has no columns, and a record without components declares no table");
        }
        primaryKey();
        List<String> classAnnotations = new TableAnnotations(table, this).classAnnotations();
        List<String[]> components = new ArrayList<>();
        int slots = 1; // the canonical constructor's this
        for (Column c : componentOrder()) {
            if (fromParents.contains(c.name()) && memberAnnotations.get(c.name()).isEmpty()) {
                continue; // @Table(inherits) gives it
            }
            String[] component = component(c);
            components.add(component);
            slots += component[1].equals("long") || component[1].equals("double") ? 2 : 1;
        }
        // a record's canonical constructor takes at most 255 parameter slots: a wider table is a class of fields
        boolean record = slots <= MAX_PARAMETER_SLOTS;
        StringBuilder out = new StringBuilder("package ").append(javaPackage).append(";\n\n");
        for (String i : imports) {
            out.append("import ").append(i).append(";\n");
        }
        out.append('\n').append(javadoc(record));
        for (String a : classAnnotations) {
            out.append(a).append('\n');
        }
        if (record) {
            out.append("public record ").append(className).append("(\n");
            out.append(String.join(",\n", components.stream().map(m -> "        " + m[0] + m[1] + " " + m[2]).toList()));
            return out.append(") {\n}\n").toString();
        }
        out.append("public class ").append(className).append(" {\n");
        for (String[] m : components) {
            Column c = table.column(columnOf(m[2])).orElseThrow();
            List<String> doc = c.comment() == null ? List.of() : commentLines(c.name(), c.comment());
            if (!doc.isEmpty()) {
                out.append("    /**\n");
                doc.forEach(l -> out.append(l.isEmpty() ? "     *" : "     * " + l).append('\n'));
                out.append("     */\n");
            }
            out.append("    ").append(m[0]).append(m[1]).append(' ').append(m[2]).append(";\n");
        }
        return out.append("}\n").toString();
    }

    private String columnOf(String member) {
        return members.entrySet().stream().filter(e -> e.getValue().equals(member)).findFirst().orElseThrow().getKey();
    }

    /**
     * The columns in table order, except that a primary key whose columns stand in another order
     * puts them first, in key order: {@code @Pk} members form the key in declaration order, and
     * the comparison does not weigh the order of columns.
     */
    private List<Column> componentOrder() {
        PrimaryKey pk = table.primaryKey();
        if (pk == null || table.columns().stream().map(Column::name).filter(pk.columns()::contains).toList().equals(pk.columns())) {
            return table.columns();
        }
        List<Column> ordered = new ArrayList<>();
        pk.columns().forEach(k -> ordered.add(table.column(k).orElseThrow()));
        table.columns().stream().filter(c -> !pk.columns().contains(c.name())).forEach(ordered::add);
        return ordered;
    }

    private void primaryKey() {
        PrimaryKey pk = table.primaryKey();
        if (pk == null) {
            return;
        }
        // a name only where PostgreSQL's default would not give it back (a table renamed since, most often)
        String name = pk.name().equals(new PostgresNames().primaryKey(table.name().name())) ? "" : pk.name();
        for (int i = 0; i < pk.columns().size(); i++) {
            AnnotationText a = new AnnotationText("Pk");
            if (i == 0) {
                a.string("name", name).string("include", AnnotationText.columns(pk.include())).string("with", AnnotationText.storage(pk.options()));
                deferrable(a, pk.deferrability());
            }
            onMember(pk.columns().get(i), a, "Pk");
        }
    }

    /** {@code deferrable = Deferrable.…} unless not deferrable; imports {@code Deferrable}. */
    void deferrable(AnnotationText a, Deferrability d) {
        if (d != Deferrability.NOT_DEFERRABLE) {
            a.constant("deferrable", "Deferrable", d == Deferrability.INITIALLY_DEFERRED ? "DEFERRED" : "IMMEDIATE", "");
            imports.add("dev.dibs.Deferrable");
        }
    }

    /** Annotations (with a trailing space, or empty), Java type and member name of a column's component. */
    private String[] component(Column c) {
        List<String> annotations = new ArrayList<>(memberAnnotations.get(c.name()));
        boolean pk = table.primaryKey() != null && table.primaryKey().columns().contains(c.name());
        // a serial column's options go to the SQL files (SerialSequences); an identity's to @Identity(sequence), but
        // for AS: its sequence's type follows the column
        if (c.sequence() != null && (!c.isIdentity() || c.sequence().contains("AS "))) {
            problem(c.name(), "its sequence has options that are not the defaults (" + c.sequence()
                    + "), which no annotation can say" + (c.isIdentity() ? ": an identity's sequence has the column's type" : ""));
        }
        if (c.isIdentity()) {
            annotations.add(new AnnotationText("Identity").flag("always", c.identity() == Identity.ALWAYS)
                    .string("sequence", c.sequence() == null ? "" : c.sequence()).text());
            imports.add("dev.dibs.Identity");
        }
        QualifiedName typeName = c.type().isBuiltin() ? null : new QualifiedName(c.type().schema(), c.type().name());
        String enumClass = typeName == null ? null : enumClasses.get(typeName);
        JavaTypes.Choice type = JavaTypes.of(c.type(), enumClass, c.nullable());
        String member = members.get(c.name());
        if (!JavaNames.mapsBack(member, c.name()) || type.explicitType() != null || c.statistics() != null
                || c.collation() != null) {
            annotations.add(new AnnotationText("Column").string("name", JavaNames.mapsBack(member, c.name()) ? "" : c.name())
                    .string("type", type.explicitType()).integer("statistics", c.statistics()).string("collation", collation(c.name(), c.collation()))
                    .text());
            imports.add("dev.dibs.Column");
        }
        if (c.defaultExpression() != null && !c.isIdentity()) {
            annotations.add(new AnnotationText("Default").requiredSql("value", c.defaultExpression()).text());
            imports.add("dev.dibs.Default");
        }
        if (c.isGenerated()) {
            annotations.add(new AnnotationText("GeneratedAs").requiredSql("value", JavaText.unwrapped(c.generatedExpression())).flag("virtual", c.virtual()).text());
            imports.add("dev.dibs.GeneratedAs");
        }
        if (c.nullable() && !pk && !c.isIdentity()) {
            annotations.add("@Nullable");
            imports.add("dev.dibs.Nullable");
        } else if (c.nullable()) {
            problem(c.name(), "it is nullable, and a key or identity column is always NOT NULL");
        }
        if (type.importName() != null) {
            imports.add(type.importName());
        }
        if (type.list()) {
            imports.add("java.util.List");
        }
        String prefix = annotations.isEmpty() ? "" : String.join(" ", annotations) + " ";
        return new String[] {prefix, type.javaType(), member};
    }

    /** The type's Javadoc: the table comment, and in a record the column comments as {@code @param} tags. */
    private String javadoc(boolean record) {
        List<String> lines = new ArrayList<>();
        if (table.comment() != null) {
            lines.addAll(commentLines(null, table.comment()));
        }
        List<String> params = new ArrayList<>();
        for (Column c : table.columns()) {
            if (record && c.comment() != null) {
                List<String> text = commentLines(c.name(), c.comment());
                if (!text.isEmpty()) {
                    params.add("@param " + members.get(c.name()) + " " + text.get(0));
                    text.subList(1, text.size()).forEach(t -> params.add("    " + t));
                }
            }
        }
        if (!lines.isEmpty() && !params.isEmpty()) {
            lines.add("");
        }
        lines.addAll(params);
        if (lines.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("/**\n");
        for (String l : lines) {
            out.append(l.isEmpty() ? " *" : " * " + l).append('\n');
        }
        return out.append(" */\n").toString();
    }

    private List<String> commentLines(String column, String comment) {
        String why = JavaText.whyNotJavadoc(comment);
        if (why != null) {
            problem(column, "its comment cannot be written as Javadoc: " + why);
            return List.of();
        }
        return JavaText.javadocLines(comment);
    }

    Set<QualifiedName> tableNames() {
        return tableNames;
    }

    String member(String column) {
        return members.get(column);
    }

    /** Whether another table of the schema has a check or foreign key named {@code name}. */
    boolean sharedName(String name) {
        return sharedName.test(name);
    }
}
