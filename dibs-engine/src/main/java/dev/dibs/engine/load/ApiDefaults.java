package dev.dibs.engine.load;

import io.github.classgraph.AnnotationInfo;
import java.util.Map;

/**
 * The defaults of the dibs-api annotation attributes the readers use, copied into code: ClassGraph
 * reports a default only when it can read the annotation class itself, which a scan restricted to
 * the user's packages cannot. Keyed {@code SimpleName.attribute}; a value is a String, a Boolean, an Integer,
 * an enum constant's name, or a list for an array. {@code ApiDefaultsTest} compares every entry with dibs-api by
 * reflection, so a default changed there fails the build until it is changed here too.
 */
final class ApiDefaults {

    static final Map<String, Object> VALUES = Map.ofEntries(
            Map.entry("Table.schema", "public"),
            Map.entry("Table.unlogged", false),
            Map.entry("Table.with", ""),
            Map.entry("Table.partitionBy", ""),
            Map.entry("Table.rowLevelSecurity", "DISABLED"),
            Map.entry("Table.inherits", java.util.List.of()),
            Map.entry("Column.name", ""),
            Map.entry("Column.type", ""),
            Map.entry("Column.statistics", -1),
            Map.entry("Column.collation", ""),
            Map.entry("GeneratedAs.virtual", false),
            Map.entry("Identity.always", false),
            Map.entry("Identity.sequence", ""),
            Map.entry("Unique.name", ""),
            Map.entry("Unique.nullsNotDistinct", false),
            Map.entry("Unique.include", ""),
            Map.entry("Unique.with", ""),
            Map.entry("Unique.deferrable", "NOT_DEFERRABLE"),
            Map.entry("UniqueConstraint.name", ""),
            Map.entry("UniqueConstraint.nullsNotDistinct", false),
            Map.entry("UniqueConstraint.include", ""),
            Map.entry("UniqueConstraint.with", ""),
            Map.entry("UniqueConstraint.deferrable", "NOT_DEFERRABLE"),
            Map.entry("Pk.name", ""),
            Map.entry("Pk.include", ""),
            Map.entry("Pk.with", ""),
            Map.entry("Pk.deferrable", "NOT_DEFERRABLE"),
            Map.entry("Check.name", ""),
            Map.entry("Check.noInherit", false),
            Map.entry("Check.validate", true),
            Map.entry("Index.columns", ""),
            Map.entry("Index.unique", false),
            Map.entry("Index.where", ""),
            Map.entry("Index.using", "btree"),
            Map.entry("Index.include", ""),
            Map.entry("Index.name", ""),
            Map.entry("Index.nullsNotDistinct", false),
            Map.entry("Index.with", ""),
            Map.entry("Index.comment", ""),
            Map.entry("ForeignKey.onDelete", "NO_ACTION"),
            Map.entry("ForeignKey.onDeleteSet", ""),
            Map.entry("ForeignKey.onUpdate", "NO_ACTION"),
            Map.entry("ForeignKey.deferrable", "NOT_DEFERRABLE"),
            Map.entry("ForeignKey.name", ""),
            Map.entry("ForeignKey.validate", true),
            Map.entry("References.onDelete", "NO_ACTION"),
            Map.entry("References.onUpdate", "NO_ACTION"),
            Map.entry("References.deferrable", "NOT_DEFERRABLE"),
            Map.entry("References.name", ""),
            Map.entry("References.validate", true),
            Map.entry("PgEnum.value", ""),
            Map.entry("PgEnum.schema", ""));

    private ApiDefaults() {
    }

    /**
     * The default of {@code attribute} of the annotation {@code info}. Asking for one not recorded
     * here is a bug in the reader (a required attribute is always written, so it never needs one).
     */
    static Object of(AnnotationInfo info, String attribute) {
        String key = info.getName().substring(Annotations.API.length()) + "." + attribute;
        Object value = VALUES.get(key);
        if (value == null) {
            throw new IllegalStateException("no default of @" + key + " is recorded in ApiDefaults");
        }
        return value;
    }
}
