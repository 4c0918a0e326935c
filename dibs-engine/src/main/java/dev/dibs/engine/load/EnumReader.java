package dev.dibs.engine.load;

import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.naming.SnakeCase;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the Java enums that columns use into Postgres enum types. */
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
        Map<String, ReadEnum> result = new LinkedHashMap<>();
        for (Map.Entry<String, Set<String>> entry : usage.entrySet()) {
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
            schema = usedFromSchemas.iterator().next();
        }
        if (PostgresNames.byteLength(name) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            problems.add(new Problem(where, "the enum type name \"" + name + "\" is longer than 63 bytes; Postgres would "
                    + "silently cut it.", "give a shorter name with @PgEnum(\"...\")."));
        }
        List<String> labels = new ArrayList<>();
        Map<String, String> renames = new HashMap<>();
        Map<String, String> renamedBy = new HashMap<>();
        for (FieldInfo constant : cls.getEnumConstants()) {
            labels.add(constant.getName());
            AnnotationInfo renamed = Annotations.find(constant.getAnnotationInfo(), "RenamedFrom");
            if (renamed != null) {
                String old = Annotations.string(renamed, "value", "");
                String previous = renamedBy.put(old, constant.getName());
                if (previous != null) {
                    problems.add(new Problem(where + "." + constant.getName(), "@RenamedFrom(\"" + old
                            + "\") is also on " + previous + "; one old label can become only one new label.",
                            "keep @RenamedFrom on one of them."));
                } else {
                    renames.put(constant.getName(), old);
                }
            }
            if (PostgresNames.byteLength(constant.getName()) > PostgresNames.MAX_IDENTIFIER_BYTES) {
                problems.add(new Problem(where + "." + constant.getName(), "the enum label is longer than 63 bytes.",
                        "shorten the constant's name."));
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
        SourceInfo info = sources.read(cls.getName());
        return new ReadEnum(className, new EnumType(new QualifiedName(schema, name), labels, info == null ? null : info.doc()),
                renames);
    }
}
