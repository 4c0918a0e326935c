package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.PostgresNames;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The PostgreSQL enum types of {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} attributes, as Hibernate 7's
 * {@code PostgreSQLEnumJdbcType} creates them: {@code create type <Enum's simple name> as enum (…)},
 * the name written bare (so folded to lower case, and not passed through the physical naming
 * strategy), the labels the constants' names sorted as Java sorts strings (whatever
 * {@code @Enumerated} says), the type in the default namespace (an unqualified {@code create type},
 * so {@code public}, even for a table of another schema). One type per enum, whichever entities use it.
 */
final class JpaNamedEnums {

    /** Hibernate writes the type unqualified: it lands where tables without a schema do. */
    private static final String SCHEMA = "public";

    private final ScanResult scan;
    private final List<Problem> problems;
    /** Per Java enum class, its type; per type name, the enum class that took it. */
    private final Map<String, EnumType> types = new TreeMap<>();
    private final Map<String, String> owners = new TreeMap<>();

    JpaNamedEnums(ScanResult scan, List<Problem> problems) {
        this.scan = scan;
        this.problems = problems;
    }

    /** The enum types asked for, by Java enum class (each once). */
    Map<String, EnumType> types() {
        return Collections.unmodifiableMap(types);
    }

    /** The column type of a {@code NAMED_ENUM} attribute, or null (a problem recorded) when Hibernate could not map it. */
    PgType map(EntityScan.Attribute a, String where) {
        ClassInfo cls = a.type() instanceof ClassRefTypeSignature ref && ref.getTypeArguments().isEmpty()
                ? scan.getClassInfo(ref.getFullyQualifiedClassName()) : null;
        if (cls == null || !cls.isEnum()) {
            // an array or List of enums included: Hibernate 7.4.15 itself fails on it (EnumHelper's NullPointerException)
            String type = JpaTypes.typeName(a.type()).replace('$', '.');
            problems.add(new Problem(where, "@JdbcTypeCode(SqlTypes.NAMED_ENUM) is on a " + type
                    + ", not on a single Java enum of the scan; Hibernate maps only an enum attribute (or an @ElementCollection"
                    + " element) to a PostgreSQL enum type.", "put it on an enum attribute, or map the values as a collection"
                    + " with @ElementCollection."));
            return null;
        }
        String simple = cls.getSimpleName();
        String name = new JpaName(simple, false).sqlName();
        if (JpaReservedWords.reserved(name)) {
            problems.add(new Problem(where, "the enum " + cls.getName().replace('$', '.') + " becomes the PostgreSQL type " + name
                    + ", a keyword Hibernate writes unquoted in create type, so its own DDL fails.",
                    "rename the enum, or map it with @Enumerated(STRING) instead of @JdbcTypeCode(SqlTypes.NAMED_ENUM)."));
            return null;
        }
        String owner = owners.putIfAbsent(name, cls.getName());
        if (owner != null && !owner.equals(cls.getName())) {
            problems.add(new Problem(where, "the enums " + owner.replace('$', '.') + " and " + cls.getName().replace('$', '.')
                    + " both become the PostgreSQL type " + name + " (Hibernate names it after the simple name), and Hibernate"
                    + " would create one type with the labels of only one of them.", "rename one of the enums, or map one with "
                    + "@Enumerated(STRING)."));
            return null;
        }
        if (!types.containsKey(cls.getName())) {
            List<String> labels = labels(cls, where);
            if (labels == null) {
                return null;
            }
            types.put(cls.getName(), new EnumType(new QualifiedName(SCHEMA, name), labels, null));
        }
        return PgType.user(SCHEMA, name);
    }

    /**
     * The constants' names in Java's string order, as Hibernate's {@code Arrays.sort}; null (a
     * problem recorded) when PostgreSQL would refuse one.
     */
    private List<String> labels(ClassInfo cls, String where) {
        List<String> labels = new ArrayList<>();
        for (FieldInfo f : cls.getDeclaredFieldInfo()) {
            if (f.isEnum()) {
                labels.add(f.getName());
            }
        }
        if (labels.isEmpty()) {
            problems.add(new Problem(where, "the enum " + cls.getName().replace('$', '.') + " has no constants, and an enum type"
                    + " without labels holds no value.", "add constants, or map the attribute to another type."));
            return null;
        }
        for (String label : labels) {
            if (PostgresNames.byteLength(label) > PostgresNames.MAX_IDENTIFIER_BYTES) {
                problems.add(new Problem(where + " (" + cls.getName().replace('$', '.') + "." + label + ")", "the enum label "
                        + label + " is longer than 63 bytes, which PostgreSQL refuses in Hibernate's create type.",
                        "shorten the constant's name."));
                return null;
            }
        }
        Collections.sort(labels);
        return labels;
    }
}
