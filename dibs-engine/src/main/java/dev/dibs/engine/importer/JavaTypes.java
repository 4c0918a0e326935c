package dev.dibs.engine.importer;

import dev.dibs.engine.model.PgType;
import java.util.Map;

/**
 * The Java type of a column, the reverse of the loader's type mapping: a type the mapping gives
 * back exactly needs nothing more; any other (a length, a precision, a domain, an extension's
 * type, {@code jsonb}, …) gets {@code @Column(type = …)} and the closest Java type.
 */
final class JavaTypes {

    /** A column's Java type as written, the imports it needs, and the explicit SQL type (null when the mapping gives it). */
    record Choice(String javaType, String importName, boolean list, String explicitType) {
    }

    /** Canonical Postgres name → {boxed simple name, primitive (or null), import}. */
    private static final Map<String, String[]> MAPPED = Map.ofEntries(
            Map.entry("boolean", new String[] {"Boolean", "boolean", null}),
            Map.entry("smallint", new String[] {"Short", "short", null}),
            Map.entry("integer", new String[] {"Integer", "int", null}),
            Map.entry("bigint", new String[] {"Long", "long", null}),
            Map.entry("real", new String[] {"Float", "float", null}),
            Map.entry("double precision", new String[] {"Double", "double", null}),
            Map.entry("numeric", new String[] {"BigDecimal", null, "java.math.BigDecimal"}),
            Map.entry("text", new String[] {"String", null, null}),
            Map.entry("uuid", new String[] {"UUID", null, "java.util.UUID"}),
            Map.entry("timestamp with time zone", new String[] {"Instant", null, "java.time.Instant"}),
            Map.entry("timestamp without time zone", new String[] {"LocalDateTime", null, "java.time.LocalDateTime"}),
            Map.entry("date", new String[] {"LocalDate", null, "java.time.LocalDate"}),
            Map.entry("time without time zone", new String[] {"LocalTime", null, "java.time.LocalTime"}),
            Map.entry("interval", new String[] {"Duration", null, "java.time.Duration"}));

    /** Types without a mapping of their own that read best as another Java type than String. */
    private static final Map<String, String> CLOSEST = Map.of(
            "character varying", "text", "character", "text", "bpchar", "text");

    private JavaTypes() {
    }

    /**
     * @param enumClass the Java enum of the column's (element) type, or null when it is not an enum the import writes
     * @param nullable  whether the column holds nulls (a primitive then becomes its box)
     */
    static Choice of(PgType type, String enumClass, boolean nullable) {
        PgType element = type.element();
        if (enumClass != null) {
            return new Choice(type.array() ? "List<" + enumClass + ">" : enumClass, null, type.array(), null);
        }
        if (element.isBuiltin() && element.name().equals("bytea") && element.modifiers().isEmpty() && !type.array()) {
            return new Choice("byte[]", null, false, null);
        }
        String[] mapped = element.isBuiltin() ? MAPPED.get(element.name()) : null;
        boolean exact = mapped != null && element.modifiers().isEmpty();
        String explicit = exact ? null : shortSpelling(type.sql());
        if (mapped == null && element.isBuiltin()) {
            mapped = MAPPED.get(CLOSEST.getOrDefault(element.name(), "text"));
        }
        if (mapped == null) {
            mapped = MAPPED.get("text");
        }
        if (type.array()) {
            return new Choice("List<" + mapped[0] + ">", mapped[2], true, explicit);
        }
        String simple = mapped[1] != null && !nullable ? mapped[1] : mapped[0];
        return new Choice(simple, mapped[2], false, explicit);
    }

    /** The short spellings a person writes ({@code varchar(80)}, {@code timestamptz(3)}); the loader reads both alike. */
    private static String shortSpelling(String sql) {
        return sql.replaceFirst("^character varying", "varchar").replaceFirst("^character\\(", "char(")
                .replaceFirst("^timestamp(\\(\\d+\\))? with time zone", "timestamptz$1")
                .replaceFirst("^time(\\(\\d+\\))? with time zone", "timetz$1");
    }
}
