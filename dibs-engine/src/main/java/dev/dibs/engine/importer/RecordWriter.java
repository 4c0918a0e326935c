package dev.dibs.engine.importer;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The Java half of {@code dibs:import}: one annotated record per table and one {@code @PgEnum}
 * enum per enum type of an inspected schema, under {@code src/main/java/<package>/}, written so
 * that loading them gives the same tables and types back. Whatever the annotations cannot say is
 * an {@link ImportException} listing every such thing; nothing is left out silently.
 */
public final class RecordWriter {

    private RecordWriter() {
    }

    /**
     * @param warnings receives harmless remarks (a class name changed to avoid a clash)
     * @throws ImportException when the package is no Java package name, or the schema holds what records cannot say
     */
    public static List<ImportedFile> write(Schema schema, String javaPackage, List<String> warnings) {
        List<String> problems = new ArrayList<>();
        List<ImportedFile> files = write(schema, javaPackage, warnings, problems);
        if (!problems.isEmpty()) {
            throw new ImportException("The database holds what annotated records and enums cannot say; nothing was written."
                    + " Change these in the database, or leave them out of the managed schemas", problems);
        }
        return files;
    }

    /**
     * As {@link #write(Schema, String, List)}, adding what records cannot say to {@code problems}
     * instead of throwing, so that {@link DatabaseImport} reports it with the rest in one failure.
     */
    static List<ImportedFile> write(Schema schema, String javaPackage, List<String> warnings, List<String> problems) {
        checkPackage(javaPackage);
        Set<String> takenLower = new HashSet<>();
        Map<QualifiedName, String> tableClasses = new LinkedHashMap<>();
        // the usual names choose first: public before other schemas, lower case before quoted mixed case
        Comparator<QualifiedName> usualFirst = Comparator.<QualifiedName, Boolean>comparing(n -> !n.schema().equals("public"))
                .thenComparing(n -> !n.name().equals(n.name().toLowerCase(Locale.ROOT))).thenComparing(n -> n);
        for (QualifiedName t : schema.tables().stream().map(Table::name).sorted(usualFirst).toList()) {
            tableClasses.put(t, className(t, true, takenLower, warnings));
        }
        Map<QualifiedName, String> enumClasses = new LinkedHashMap<>();
        for (QualifiedName e : schema.enums().stream().map(EnumType::name).sorted(usualFirst).toList()) {
            enumClasses.put(e, className(e, false, takenLower, warnings));
        }
        String dir = "src/main/java/" + javaPackage.replace('.', '/') + "/";
        List<ImportedFile> files = new ArrayList<>();
        Set<QualifiedName> ownSequences = new HashSet<>();
        schema.sequences().forEach(q -> ownSequences.add(q.name()));
        Set<QualifiedName> collations = new HashSet<>();
        schema.collations().forEach(c -> collations.add(c.name()));
        Map<QualifiedName, Table> written = new LinkedHashMap<>();
        schema.tables().forEach(table -> written.put(table.name(), defaultsOfOwnSequences(table, ownSequences)));
        Set<String> shared = sharedConstraintNames(schema);
        for (Table t : written.values()) {
            // an inheritance child declares only the columns its parents do not give it as they are
            Set<String> fromParents = dev.dibs.engine.diff.Inheritance.givenByParents(t, written);
            String source = new TableSource(t, tableClasses, enumClasses, collations, problems, fromParents,
                    name -> shared.contains(t.name().schema() + "." + name)).render(javaPackage);
            files.add(new ImportedFile(dir + tableClasses.get(t.name()) + ".java", source));
        }
        for (EnumType e : schema.enums()) {
            String source = EnumSource.render(e, enumClasses.get(e.name()), usersOf(e.name(), schema), javaPackage, problems);
            files.add(new ImportedFile(dir + enumClasses.get(e.name()) + ".java", source));
        }
        return files;
    }

    /**
     * The constraint names more than one table of a schema has ({@code schema.name}): an
     * inheritance child's check merged with its parent's has the parent's name. Such a name is written
     * even where it is the one PostgreSQL would choose, since the loader, as PostgreSQL, chooses a name
     * no other constraint of the schema has.
     */
    private static Set<String> sharedConstraintNames(Schema schema) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (Table t : schema.tables()) {
            Set<String> names = new HashSet<>();
            t.checks().forEach(k -> names.add(k.name()));
            t.foreignKeys().forEach(f -> names.add(f.name()));
            // PostgreSQL's choice (and the loader's) avoids the key, unique and exclusion constraints' names too
            if (t.primaryKey() != null) {
                names.add(t.primaryKey().name());
            }
            t.uniques().forEach(u -> names.add(u.name()));
            t.exclusions().forEach(x -> names.add(x.name()));
            for (String n : names) {
                if (!seen.add(t.name().schema() + "." + n)) {
                    shared.add(t.name().schema() + "." + n);
                }
            }
        }
        return shared;
    }

    /**
     * {@code table} with each default that is exactly {@code nextval('s'::regclass)} of a sequence of
     * its own ({@code s} in the SQL files, owned by no column) written {@code nextval('s')}: the
     * loader reads the first form as a serial column's sequence, which it would create a second
     * time. PostgreSQL stores both forms alike (the literal becomes a {@code regclass} when the
     * default is set), so the database the project builds is the same.
     */
    private static Table defaultsOfOwnSequences(Table table, Set<QualifiedName> ownSequences) {
        List<Column> columns = new ArrayList<>();
        for (Column c : table.columns()) {
            String d = c.defaultExpression();
            QualifiedName sequence = c.isIdentity() || c.isGenerated() ? null : nextvalOf(d);
            if (sequence != null && ownSequences.contains(sequence) && d.endsWith("'::regclass)")) {
                d = d.substring(0, d.length() - "::regclass)".length()) + ")";
                c = c.withDefault(d);
            }
            columns.add(c);
        }
        return table.withColumns(columns);
    }

    /**
     * The sequence when {@code expression} is exactly {@code nextval('schema.name'::regclass)}, as
     * {@code pg_get_expr} prints a default the loader takes for a serial column's; else null.
     */
    private static QualifiedName nextvalOf(String expression) {
        List<SqlTokens.Token> t = expression == null ? List.of() : SqlTokens.tokenize(expression);
        if (t.size() != 6 || !t.get(0).isKeyword("nextval") || !t.get(1).isSymbol("(") || t.get(2).kind() != SqlTokens.Kind.STRING
                || !t.get(3).isSymbol("::") || !t.get(4).isKeyword("regclass") || !t.get(5).isSymbol(")")
                || !t.get(2).text().startsWith("'")) {
            return null;
        }
        String literal = t.get(2).text();
        List<SqlTokens.Token> parts = SqlTokens.tokenize(literal.substring(1, literal.length() - 1).replace("''", "'"));
        return parts.size() == 3 && parts.get(0).isName() && parts.get(1).isSymbol(".") && parts.get(2).isName()
                ? new QualifiedName(parts.get(0).text(), parts.get(2).text()) : null;
    }

    /** The schemas of the tables whose columns are of this enum type (or arrays of it). */
    private static Set<String> usersOf(QualifiedName enumName, Schema schema) {
        Set<String> users = new TreeSet<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                if (!c.type().isBuiltin() && c.type().schema().equals(enumName.schema()) && c.type().name().equals(enumName.name())) {
                    users.add(t.name().schema());
                }
            }
        }
        return users;
    }

    /**
     * A class name of its own in the package (file names compared ignoring case, as some file
     * systems do): the plain name, else prefixed by its schema, else numbered.
     */
    private static String className(QualifiedName name, boolean table, Set<String> takenLower, List<String> warnings) {
        String plain = JavaNames.typeName(name.name(), table);
        List<String> candidates = new ArrayList<>(List.of(plain));
        if (!name.schema().equals("public")) {
            candidates.add(JavaNames.typeName(name.schema() + "_" + name.name(), table));
        }
        candidates.add(JavaNames.typeName(name.name(), false));
        for (String c : candidates) {
            if (takenLower.add(c.toLowerCase(Locale.ROOT))) {
                if (!c.equals(plain)) {
                    warnings.add((table ? "table " : "enum type ") + name + " is written as " + c + ": " + plain
                            + " is taken by another table or enum type.");
                }
                return c;
            }
        }
        for (int n = 2; ; n++) {
            String c = plain + n;
            if (takenLower.add(c.toLowerCase(Locale.ROOT))) {
                warnings.add((table ? "table " : "enum type ") + name + " is written as " + c + ": " + plain
                        + " is taken by another table or enum type.");
                return c;
            }
        }
    }

    private static void checkPackage(String javaPackage) {
        boolean ok = javaPackage != null && !javaPackage.isEmpty();
        if (ok) {
            for (String part : javaPackage.split("\\.", -1)) {
                ok &= JavaNames.isIdentifier(part);
            }
            ok &= !javaPackage.equals("java") && !javaPackage.startsWith("java."); // javac refuses to compile into java.*
        }
        if (!ok) {
            throw new ImportException("The import package is not a Java package name", List.of("\"" + javaPackage
                    + "\": give words separated by dots, each a Java identifier and no keyword, e.g. com.acme.db"));
        }
    }
}
