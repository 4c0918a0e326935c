package dev.dibs.engine.load;

import dev.dibs.engine.model.PgType;
import io.github.classgraph.ArrayTypeSignature;
import io.github.classgraph.BaseTypeSignature;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeArgument;
import io.github.classgraph.TypeSignature;
import java.util.List;
import java.util.Map;

/** PRODUCT.md's mapping from Java types to Postgres types, read from field type signatures. */
final class JavaTypeMapper {

    /** The outcome: a type, or a Java enum to resolve later, or an error text. */
    record Mapped(PgType type, String enumClass, boolean array, boolean optional, boolean primitive,
                  boolean typeUseNullable, String error) {
        static Mapped error(String text) {
            return new Mapped(null, null, false, false, false, false, text);
        }
    }

    private static final Map<String, String> SCALARS = Map.ofEntries(
            Map.entry("boolean", "boolean"), Map.entry("java.lang.Boolean", "boolean"),
            Map.entry("short", "smallint"), Map.entry("java.lang.Short", "smallint"),
            Map.entry("int", "integer"), Map.entry("java.lang.Integer", "integer"),
            Map.entry("long", "bigint"), Map.entry("java.lang.Long", "bigint"),
            Map.entry("float", "real"), Map.entry("java.lang.Float", "real"),
            Map.entry("double", "double precision"), Map.entry("java.lang.Double", "double precision"),
            Map.entry("java.math.BigDecimal", "numeric"),
            Map.entry("java.lang.String", "text"),
            Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.time.Instant", "timestamp with time zone"),
            Map.entry("java.time.OffsetDateTime", "timestamp with time zone"),
            Map.entry("java.time.LocalDateTime", "timestamp without time zone"),
            Map.entry("java.time.LocalDate", "date"),
            Map.entry("java.time.LocalTime", "time without time zone"),
            Map.entry("java.time.Duration", "interval"));

    static final String SUPPORTED = "boolean, short, int, long, float, double (and their boxes), BigDecimal, "
            + "String, UUID, Instant, OffsetDateTime, LocalDateTime, LocalDate, LocalTime, Duration, byte[], "
            + "Java enums, and List<T> or T[] of these";

    private final ScanResult scan;

    JavaTypeMapper(ScanResult scan) {
        this.scan = scan;
    }

    Mapped map(TypeSignature signature) {
        boolean typeUseNullable = Annotations.anyNamedNullable(signature.getTypeAnnotationInfo());
        if (signature instanceof BaseTypeSignature base) {
            String name = base.getTypeStr();
            String pg = SCALARS.get(name);
            if (pg == null) {
                return Mapped.error("the Java type " + name + " has no Postgres mapping");
            }
            return new Mapped(PgType.builtin(pg), null, false, false, true, typeUseNullable, null);
        }
        if (signature instanceof ArrayTypeSignature array) {
            TypeSignature element = array.getElementTypeSignature();
            if (array.getNumDimensions() == 1 && element instanceof BaseTypeSignature b && b.getTypeStr().equals("byte")) {
                return new Mapped(PgType.builtin("bytea"), null, false, false, false, typeUseNullable, null);
            }
            if (array.getNumDimensions() > 1) {
                return Mapped.error("multi-dimensional arrays (" + signature + ") are not supported");
            }
            return elementOf(element, signature.toString(), typeUseNullable);
        }
        if (signature instanceof ClassRefTypeSignature ref) {
            String className = ref.getFullyQualifiedClassName();
            typeUseNullable |= ref.getSuffixTypeAnnotationInfo() != null
                    && ref.getSuffixTypeAnnotationInfo().stream().anyMatch(Annotations::anyNamedNullable);
            if (className.equals("java.util.Optional")) {
                TypeSignature inner = singleTypeArgument(ref);
                if (inner == null) {
                    return Mapped.error("Optional without a type argument cannot be mapped");
                }
                Mapped mapped = map(inner);
                return mapped.error() != null ? mapped
                        : new Mapped(mapped.type(), mapped.enumClass(), mapped.array(), true, false, true, null);
            }
            if (className.equals("java.util.List")) {
                TypeSignature inner = singleTypeArgument(ref);
                if (inner == null) {
                    return Mapped.error("a raw List cannot be mapped; give it an element type");
                }
                return elementOf(inner, signature.toString(), typeUseNullable);
            }
            return scalar(className, typeUseNullable);
        }
        return Mapped.error("the Java type " + signature + " has no Postgres mapping");
    }

    private Mapped elementOf(TypeSignature element, String whole, boolean typeUseNullable) {
        Mapped inner = map(element);
        if (inner.error() != null) {
            return Mapped.error("the element type of " + whole + " has no Postgres mapping");
        }
        if (inner.array() || (inner.type() != null && inner.type().name().equals("bytea"))) {
            return Mapped.error("nested collections (" + whole + ") are not supported");
        }
        PgType type = inner.type() == null ? null : inner.type().arrayOf();
        return new Mapped(type, inner.enumClass(), true, false, false, typeUseNullable, null);
    }

    private Mapped scalar(String className, boolean typeUseNullable) {
        String pg = SCALARS.get(className);
        if (pg != null) {
            return new Mapped(PgType.builtin(pg), null, false, false, false, typeUseNullable, null);
        }
        ClassInfo info = scan.getClassInfo(className);
        if (info != null && info.isEnum()) {
            return new Mapped(null, className, false, false, false, typeUseNullable, null);
        }
        if (info == null && !className.startsWith("java.")) {
            return Mapped.error("the Java type " + className + " is not in the scanned packages, so dibs cannot "
                    + "tell whether it is an enum");
        }
        return Mapped.error("the Java type " + className + " has no Postgres mapping");
    }

    private static TypeSignature singleTypeArgument(ClassRefTypeSignature ref) {
        List<TypeArgument> args = ref.getTypeArguments();
        if (args.size() != 1) {
            return null;
        }
        return args.get(0).getTypeSignature(); // null for a wildcard

    }

    static boolean isIntegral(PgType type) {
        return type != null && !type.array() && type.isBuiltin()
                && (type.name().equals("smallint") || type.name().equals("integer") || type.name().equals("bigint"));
    }

}
