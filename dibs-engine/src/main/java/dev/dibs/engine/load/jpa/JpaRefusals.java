package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.ColumnStatistics;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import io.github.classgraph.AnnotationInfo;
import java.util.List;
import java.util.Map;

/**
 * Mappings dibs does not turn into columns, each refused with one problem naming the member and
 * the fix, never skipped: what Hibernate maps that dibs cannot compare, and dibs annotations that
 * say what a JPA annotation says.
 */
final class JpaRefusals {

    /** dibs annotations on an entity member, and the JPA (or Hibernate) annotation that says the same. */
    private static final Map<String, String> DIBS = Map.ofEntries(
            Map.entry("Pk", "@jakarta.persistence.Id"),
            Map.entry("Identity", "@GeneratedValue(strategy = IDENTITY)"), Map.entry("References", "@ManyToOne with @JoinColumn"),
            Map.entry("Unique", "@Column(unique = true)"), Map.entry("Index", "@Table(indexes = @Index(columnList = …))"),
            Map.entry("Nullable", "@Column(nullable = true) (the default for a reference type)"),
            Map.entry("Table", "@jakarta.persistence.Table"), Map.entry("Check", "Hibernate's @Check on the field"),
 Map.entry("GeneratedAs", "Hibernate's @Generated with @ColumnDefault"));

    /** dibs annotations that say what JPA cannot, read on entity members (and dibs's {@code @Column} with only {@code statistics}). */
    static final List<String> MIXINS = List.of("dev.dibs.RenamedFrom", "dev.dibs.Default");

    private JpaRefusals() {
    }

    /** Whether the attribute is refused (a problem recorded). */
    static boolean refused(Attribute a, String where, List<Problem> problems) {
        for (String simple : List.of("Any", "ManyToAny", "JoinFormula", "JoinColumnOrFormula", "JoinColumnsOrFormulas")) {
            if (a.hibernate(simple) != null) {
                problems.add(new Problem(where, "Hibernate's @" + simple + " has no foreign key or column dibs can derive.",
                        "map the association with @ManyToOne and @JoinColumn, or keep this entity out of dibs's scan."));
                return true;
            }
        }
        AnnotationInfo column = a.jpa("Column");
        if (column != null && !JpaAnnotations.string(column, "table", "").isEmpty()) {
            problems.add(new Problem(where, "@Column(table = \"" + JpaAnnotations.string(column, "table", "") + "\") maps the"
                    + " attribute to a secondary table, which dibs does not support.", "keep this entity out of dibs's scan."));
            return true;
        }
        if (a.hibernate("Type") != null || a.hibernate("JavaType") != null || a.hibernate("JdbcType") != null) {
            problems.add(new Problem(where, "a Hibernate custom type is not read by dibs, so the column's"
                    + " database type is unknown.", "give the type with @Column(columnDefinition = \"…\") or keep this "
                    + "entity out of dibs's scan."));
            return true;
        }
        return dibsAnnotation(a, where, problems);
    }

    /** Whether the attribute carries a dibs annotation JPA has a word for (a problem recorded): on key attributes too. */
    static boolean dibsAnnotation(Attribute a, String where, List<Problem> problems) {
        if (a.annotations() != null) {
            for (AnnotationInfo info : a.annotations()) {
                String name = info.getName();
                if (name.equals("dev.dibs.Column")) {
                    List<String> others = ColumnStatistics.otherParameters(info);
                    if (others.isEmpty()) {
                        continue; // statistics and collation, which JPA has no word for: read with the column
                    }
                    problems.add(new Problem(where, "dibs's @Column(" + String.join(", ", others) + ") on a JPA entity member:"
                            + " JPA's annotations describe entity columns; on an entity, dibs's @Column says only statistics"
                            + " and collation.", "use @jakarta.persistence.Column(name, columnDefinition) for the column, and keep"
                            + " only statistics and collation in @dev.dibs.Column."));
                    return true;
                }
                if (name.startsWith("dev.dibs.") && !MIXINS.contains(name)) {
                    String simple = name.substring("dev.dibs.".length());
                    String says = DIBS.getOrDefault(simple, "a JPA annotation");
                    problems.add(new Problem(where, "dibs's @" + simple + " on a JPA entity member: JPA's annotations describe"
                            + " entity columns.", "use " + says + " instead."));
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * dibs's {@code @Column(statistics)} where dibs does not read it: on a collection or a to-one with a
     * join table (its columns are in another table), on a derived identifier ({@code what} says which).
     */
    static void statisticsNotRead(Attribute a, String where, String what, List<Problem> problems) {
        if (a.annotations() != null && a.annotations().get("dev.dibs.Column") != null) {
            problems.add(new Problem(where, "dibs's @Column(statistics) on " + what + ": dibs sets statistics targets only"
                    + " on an entity's basic, embedded and to-one attributes.", "remove @dev.dibs.Column from this attribute."));
        }
        if (a.hibernate("Collate") != null) {
            collationNotRead(a, where, what, problems);
        }
    }

    /**
     * A collation (Hibernate's {@code @Collate}, dibs's {@code @Column(collation)}) where dibs does not
     * read one: on an association, a collection, a derived identifier ({@code what} says which).
     */
    static void collationNotRead(Attribute a, String where, String what, List<Problem> problems) {
        AnnotationInfo dibs = a.annotations() == null ? null : a.annotations().get("dev.dibs.Column");
        boolean dibsCollation = dibs != null && dibs.getParameterValues(false).stream().anyMatch(p -> p.getName().equals("collation"));
        if (a.hibernate("Collate") != null || dibsCollation) {
            problems.add(new Problem(where, (dibsCollation ? "dibs's @Column(collation)" : "Hibernate's @Collate") + " on " + what
                    + ": dibs reads a collation only on an entity's basic and embedded attributes.", "remove it from this attribute,"
                    + " or give the collation where the column is declared."));
        }
    }
}
