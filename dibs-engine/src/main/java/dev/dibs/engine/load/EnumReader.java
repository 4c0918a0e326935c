package dev.dibs.engine.load;

import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SnakeCase;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns Java enums into Postgres enum types: those that columns use, and every {@code @PgEnum}
 * enum of the scan, used or not (a type the database has before any column needs it).
 */
final class EnumReader {

    /** An enum type with the Java enum it came from and its label rename hints (new label → old label). */
    record ReadEnum(String javaClass, EnumType type, Map<String, String> labelRenames) {
    }

    private final ScanResult scan;
    private final SourceInfo.Reader sources;
    private final List<Problem> problems;

    EnumReader(ScanResult scan, SourceInfo.Reader sources, List<Problem> problems) {
        this.scan = scan;
        this.sources = sources;
        this.problems = problems;
    }

    /**
     * @param usage for each Java enum class, the schemas of the tables whose columns use it
     * @return per Java enum class name, the read enum (absent when it had a problem)
     */
    Map<String, ReadEnum> read(Map<String, Set<String>> usage) {
        Map<String, Set<String>> all = new LinkedHashMap<>(usage);
        List<ClassInfo> annotated = new ArrayList<>(scan.getClassesWithAnnotation(Annotations.API + "PgEnum"));
        annotated.sort(Comparator.comparing(ClassInfo::getName));
        for (ClassInfo cls : annotated) {
            if (!cls.isEnum()) {
                problems.add(new Problem(cls.getName().replace('$', '.'), "@PgEnum is on a type that is not a Java enum.",
                        "remove @PgEnum, or make the type an enum whose constants are the labels."));
            } else {
                all.putIfAbsent(cls.getName(), Set.of());
            }
        }
        Map<String, ReadEnum> result = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> entry : all.entrySet()) {
            ReadEnum read = readOne(entry.getKey(), new TreeSet<>(entry.getValue()));
            if (read != null) {
                result.put(entry.getKey(), read);
            }
        }
        return result;
    }

    private ReadEnum readOne(String className, Set<String> usedFromSchemas) {
        ClassInfo cls = scan.getClassInfo(className);
        String where = className.replace('$', '.');
        AnnotationInfo pgEnum = Annotations.find(cls.getAnnotationInfo(), "PgEnum");
        String name = pgEnum == null ? "" : Annotations.string(pgEnum, "value");
        if (name.isEmpty()) {
            name = SnakeCase.of(cls.getSimpleName());
        }
        String schema = pgEnum == null ? "" : Annotations.string(pgEnum, "schema");
        if (schema.isEmpty()) {
            if (usedFromSchemas.size() > 1) {
                problems.add(new Problem(where, "the enum is used by tables in several schemas " + usedFromSchemas
                        + ", so dibs cannot tell where its type lives.",
                        "name the schema: @PgEnum(schema = \"" + usedFromSchemas.iterator().next() + "\")."));
                return null;
            }
            // a type no column uses lives where a table without a schema would: in public
            schema = usedFromSchemas.isEmpty() ? "public" : usedFromSchemas.iterator().next();
        }
        PrintableNames.check(problems, where, "the enum type name", name, "give a name of printable characters with @PgEnum(\"...\").");
        PrintableNames.check(problems, where, "the enum type's schema", schema, "give a schema name of printable characters.");
        if (PostgresNames.byteLength(name) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            problems.add(new Problem(where, "the enum type name \"" + Printable.escape(name) + "\" is longer than 63 bytes; Postgres would "
                    + "silently cut it.", "give a shorter name with @PgEnum(\"...\")."));
        }
        List<String> labels = new ArrayList<>();
        Map<String, String> renames = new HashMap<>();
        Map<String, String> renamedBy = new HashMap<>();
        Map<String, String> constantOf = new HashMap<>();
        for (FieldInfo constant : cls.getEnumConstants()) {
            String label = label(where, constant);
            if (label == null) {
                continue;
            }
            String twin = constantOf.putIfAbsent(label, constant.getName());
            if (twin != null) {
                problems.add(new Problem(where + "." + constant.getName(), "its label '" + label + "' is also the label of "
                        + twin + "; the labels of an enum type are distinct.", "give one of them another @PgEnum.Label."));
                continue;
            }
            labels.add(label);
            AnnotationInfo renamed = Annotations.find(constant.getAnnotationInfo(), "RenamedFrom");
            if (renamed != null) {
                String old = Annotations.string(renamed, "value", "");
                String previous = renamedBy.put(old, constant.getName());
                if (previous != null) {
                    problems.add(new Problem(where + "." + constant.getName(), "@RenamedFrom(\"" + old
                            + "\") is also on " + previous + "; one old label can become only one new label.",
                            "keep @RenamedFrom on one of them."));
                } else {
                    renames.put(label, old);
                }
            }
        }
        for (Map.Entry<String, String> rename : renames.entrySet()) {
            if (labels.contains(rename.getValue())) {
                problems.add(new Problem(where + "." + rename.getKey(), "@RenamedFrom(\"" + rename.getValue()
                        + "\") names a label that still exists.", "remove @RenamedFrom, or the old constant."));
            }
        }
        if (labels.isEmpty()) {
            problems.add(new Problem(where, "the enum has no constants; Postgres enum types need at least one label to "
                    + "be useful.", "add constants, or map the column to another type with @Column(type = ...)."));
            return null;
        }
        if (labels.size() < cls.getEnumConstants().size()) {
            return null; // a label had a problem, already recorded
        }
        SourceInfo info = sources.read(cls.getName());
        return new ReadEnum(className, new EnumType(new QualifiedName(schema, name), labels, info == null ? null : info.doc()),
                renames);
    }

    /** The constant's label: {@code @PgEnum.Label}, else its name; null when it has a problem (recorded). */
    private String label(String where, FieldInfo constant) {
        AnnotationInfo given = Annotations.find(constant.getAnnotationInfo(), "PgEnum$Label");
        String label = given == null ? constant.getName() : Annotations.string(given, "value", "");
        String at = where + "." + constant.getName();
        if (label.isEmpty()) {
            problems.add(new Problem(at, "@PgEnum.Label(\"\") gives the constant an empty label, which PostgreSQL refuses.",
                    "write the label, or remove @PgEnum.Label to use the constant's name."));
            return null;
        }
        PrintableNames.check(problems, at, "the enum label", label, "write a label of printable characters.");
        if (PostgresNames.byteLength(label) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            problems.add(new Problem(at, "the enum label '" + Printable.escape(label) + "' is longer than 63 bytes.",
                    given == null ? "shorten the constant's name, or give a shorter @PgEnum.Label." : "shorten @PgEnum.Label."));
            return null;
        }
        return label;
    }
}
