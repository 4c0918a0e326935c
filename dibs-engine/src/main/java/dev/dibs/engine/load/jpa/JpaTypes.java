package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.model.PgType;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ArrayTypeSignature;
import io.github.classgraph.BaseTypeSignature;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.FieldInfo;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The column type Hibernate 7's PostgreSQLDialect gives a basic attribute (JPA-RESEARCH.md §3, §8),
 * with the check Hibernate adds for an enum. Not dibs's own {@code JavaTypeMapper}: Hibernate maps
 * {@code String} to {@code varchar(255)}, {@code LocalTime} to {@code time(0)}, and so on.
 */
final class JpaTypes {

    /** A mapped type; {@code enumLabels} non-null for an enum ({@code ordinal}: stored as its position). */
    record Mapped(PgType type, boolean primitive, List<String> enumLabels, boolean ordinal, String checkFormat) {
        Mapped(PgType type, boolean primitive, List<String> enumLabels, boolean ordinal) {
            this(type, primitive, enumLabels, ordinal, null);
        }
    }

    static final int JSON = 3001;
    static final int LONG32VARCHAR = 4001;
    static final int LONG32NVARCHAR = 4002;
    static final int LONG32VARBINARY = 4003;
    static final int NAMED_ENUM = 6001;

    private static final Map<String, String> PRIMITIVES = Map.of("int", "integer", "long", "bigint", "short", "smallint",
            "byte", "smallint", "boolean", "boolean", "char", "char(1)", "float", "float4", "double", "float(53)");

    private static final Map<String, String> FIXED = Map.ofEntries(
            Map.entry("java.lang.Integer", "integer"), Map.entry("java.lang.Long", "bigint"),
            Map.entry("java.lang.Short", "smallint"), Map.entry("java.lang.Byte", "smallint"),
            Map.entry("java.lang.Boolean", "boolean"), Map.entry("java.lang.Character", "char(1)"),
            Map.entry("java.lang.Float", "float4"), Map.entry("java.lang.Double", "float(53)"),
            Map.entry("java.math.BigInteger", "numeric(38,0)"),
            Map.entry("java.time.LocalDate", "date"), Map.entry("java.sql.Date", "date"),
            Map.entry("java.time.LocalTime", "time(0)"), Map.entry("java.sql.Time", "time(0)"),
            Map.entry("java.time.OffsetTime", "time(0)"),
            Map.entry("java.time.Duration", "numeric(21,0)"), Map.entry("java.util.UUID", "uuid"),
            Map.entry("java.util.Currency", "varchar(3)"), Map.entry("java.time.ZoneOffset", "varchar(6)"),
            Map.entry("java.time.Year", "integer"), Map.entry("java.util.Locale", "varchar(255)"),
            Map.entry("java.net.URL", "varchar(255)"), Map.entry("java.lang.Class", "varchar(255)"),
            Map.entry("java.util.TimeZone", "varchar(255)"), Map.entry("java.time.ZoneId", "varchar(255)"),
            Map.entry("java.sql.Blob", "oid"), Map.entry("java.sql.Clob", "oid"), Map.entry("java.sql.NClob", "oid"));

    private static final List<String> ZONED = List.of("java.time.Instant", "java.time.OffsetDateTime", "java.time.ZonedDateTime");
    private static final List<String> LOCAL = List.of("java.time.LocalDateTime", "java.util.Date", "java.sql.Timestamp",
            "java.util.Calendar");

    private final ScanResult scan;
    private final List<Problem> problems;
    private final JpaConverters converters;
    private final JpaNamedEnums namedEnums;

    JpaTypes(ScanResult scan, List<Problem> problems) {
        this.scan = scan;
        this.problems = problems;
        this.converters = new JpaConverters(scan, problems);
        this.namedEnums = new JpaNamedEnums(scan, problems);
    }

    /** The PostgreSQL enum types the {@code NAMED_ENUM} attributes mapped so far ask for, by Java enum class. */
    Map<String, dev.dibs.engine.model.EnumType> namedEnums() {
        return namedEnums.types();
    }


    /** The Java type's name: {@code int}, {@code java.lang.String}, {@code byte[]}. */
    static String typeName(TypeSignature type) {
        if (type instanceof BaseTypeSignature b) {
            return b.getTypeStr();
        }
        if (type instanceof ClassRefTypeSignature c) {
            return c.getFullyQualifiedClassName();
        }
        if (type instanceof ArrayTypeSignature a) {
            return typeName(a.getElementTypeSignature()) + "[]".repeat(a.getNumDimensions());
        }
        return String.valueOf(type);
    }

    /**
     * The type of a basic attribute; null (and a problem) when Hibernate has no default mapping for it.
     * {@code column} is the attribute's {@code @Column} (or its override), possibly null.
     */
    Mapped basic(EntityScan.Attribute a, AnnotationInfo column, String where) {
        String java = typeName(a.type());
        if (a.annotations() != null) {
            JpaConverters.Converted converted = converters.of(a, where);
            if (converted != null) {
                boolean primitive = a.type() instanceof BaseTypeSignature;
                if (converted.sqlType() != null) {
                    return new Mapped(PgType.parse(converted.sqlType()), primitive, null, false, converted.check());
                }
                // the database side maps as a basic attribute of that type would (a String to varchar(length))
                Mapped m = basic(new EntityScan.Attribute(a.name(), converted.databaseType(), null, a.declaringClass(), a.source()),
                        column, where);
                return m == null ? null : new Mapped(m.type(), primitive, null, false);
            }
        }
        AnnotationInfo jdbcType = a.hibernate("JdbcTypeCode");
        if (jdbcType != null) {
            int code = JpaAnnotations.integer(jdbcType, "value", 0);
            String sql = switch (code) {
                case JSON -> "jsonb";
                case LONG32VARCHAR, LONG32NVARCHAR -> "text";
                case LONG32VARBINARY -> "bytea";
                default -> null;
            };
            if (code == NAMED_ENUM) {
                PgType named = namedEnums.map(a, where);
                return named == null ? null : new Mapped(named, false, null, false);
            }
            if (sql == null) {
                problems.add(new Problem(where, "@JdbcTypeCode(" + code + ") is not a type code dibs maps.",
                        "use SqlTypes.JSON, LONG32VARCHAR, LONG32VARBINARY or NAMED_ENUM, or give the type with @Column(columnDefinition = \"…\")."));
                return null;
            }
            return plain(sql, false);
        }
        if (PRIMITIVES.containsKey(java)) {
            return plain(PRIMITIVES.get(java), true);
        }
        boolean lob = a.has("Lob");
        if (lob && List.of("java.lang.String", "byte[]", "java.lang.Byte[]", "char[]", "java.lang.Character[]").contains(java)) {
            return plain("oid", false); // PostgreSQLDialect keeps CLOB and BLOB as large objects
        }
        int length = JpaAnnotations.integer(column, "length", 255);
        if (java.equals("java.lang.String") || java.equals("char[]")) {
            return plain("varchar(" + length + ")", false);
        }
        if (java.equals("byte[]") || java.equals("java.lang.Byte[]")) {
            return plain("bytea", false);
        }
        if (java.equals("java.math.BigDecimal")) {
            int precision = JpaAnnotations.integer(column, "precision", 0);
            int scale = JpaAnnotations.integer(column, "scale", 0);
            return plain("numeric(" + (precision > 0 ? precision : 38) + "," + (scale > 0 ? scale : 2) + ")", false);
        }
        AnnotationInfo temporal = a.jpa("Temporal");
        if (temporal != null && (java.equals("java.util.Date") || java.equals("java.util.Calendar"))) {
            String kind = JpaAnnotations.enumName(temporal, "value", "TIMESTAMP");
            if (!kind.equals("TIMESTAMP")) {
                return plain(kind.equals("DATE") ? "date" : "time(0)", false);
            }
        }
        int secondPrecision = JpaAnnotations.integer(column, "secondPrecision", -1);
        String fraction = "(" + (secondPrecision >= 0 ? secondPrecision : 6) + ")";
        if (ZONED.contains(java)) {
            return plain("timestamp" + fraction + " with time zone", false);
        }
        if (LOCAL.contains(java)) {
            return plain("timestamp" + fraction, false);
        }
        if (FIXED.containsKey(java)) {
            return plain(FIXED.get(java), false);
        }
        TypeSignature element = arrayElement(a.type());
        if (element != null) {
            // a basic array or a List/Set of a basic type without @ElementCollection: an array column
            Mapped m = basic(new EntityScan.Attribute(a.name(), element, null, a.declaringClass(), a.source()), column, where);
            return m == null ? null : new Mapped(m.type().arrayOf(), false, null, false);
        }
        ClassInfo cls = a.type() instanceof ClassRefTypeSignature ref ? scan.getClassInfo(ref.getFullyQualifiedClassName()) : null;
        if (cls != null && cls.isEnum()) {
            return enumType(a, cls, length);
        }
        problems.add(new Problem(where, "the type " + java.replace('$', '.') + " has no default Hibernate mapping dibs knows"
                + (cls == null && !java.contains("[") && !java.startsWith("java.") ? " (its class is not in the scan)" : "") + ".",
                "map it with @Column(columnDefinition = \"…\"), @JdbcTypeCode, @Convert, @Embedded or an association, or mark it @Transient."));
        return null;
    }

    /** The element of {@code X[]}, {@code List<X>}, {@code Set<X>} or {@code Collection<X>}; null for anything else. */
    private static TypeSignature arrayElement(TypeSignature type) {
        if (type instanceof ArrayTypeSignature a && a.getNumDimensions() == 1) {
            return a.getElementTypeSignature();
        }
        if (type instanceof ClassRefTypeSignature ref && List.of("java.util.List", "java.util.Set", "java.util.Collection")
                .contains(ref.getFullyQualifiedClassName()) && ref.getTypeArguments().size() == 1) {
            return ref.getTypeArguments().get(0).getTypeSignature();
        }
        return null;
    }

    private Mapped enumType(EntityScan.Attribute a, ClassInfo cls, int length) {
        List<String> labels = new ArrayList<>();
        for (FieldInfo f : cls.getDeclaredFieldInfo()) {
            if (f.isEnum()) {
                labels.add(f.getName());
            }
        }
        String kind = JpaAnnotations.enumName(a.jpa("Enumerated"), "value", "ORDINAL");
        if (kind.equals("STRING")) {
            return new Mapped(PgType.parse("varchar(" + length + ")"), false, labels, false);
        }
        return new Mapped(PgType.parse("smallint"), false, labels, true);
    }

    private static Mapped plain(String sql, boolean primitive) {
        return new Mapped(PgType.parse(sql), primitive, null, false);
    }

    /** Hibernate's enum check on {@code column} (an SQL identifier), or null for none. */
    static String enumCheck(Mapped m, String column) {
        if (m.checkFormat() != null) {
            return String.format(m.checkFormat(), column);
        }
        if (m.enumLabels() == null) {
            return null;
        }
        if (m.ordinal()) {
            return column + " between 0 and " + (m.enumLabels().size() - 1);
        }
        List<String> quoted = m.enumLabels().stream().map(l -> "'" + l.replace("'", "''") + "'").toList();
        return column + " in (" + String.join(",", quoted) + ")";
    }
}
