package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.naming.Identifiers;
import io.github.classgraph.AnnotationInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * What inheritance adds (JPA-RESEARCH.md §6): SINGLE_TABLE's discriminator column with its check and
 * one check per subclass holding its not-null columns (its columns themselves are nullable, since
 * other subclasses' rows leave them empty); a JOINED subclass's key columns referencing its parent.
 */
final class JpaInheritance {

    private final JpaNaming naming;
    private final List<Problem> problems;

    JpaInheritance(JpaNaming naming, List<Problem> problems) {
        this.naming = naming;
        this.problems = problems;
    }

    private static String kind(Entity root) {
        return JpaAnnotations.enumName(root.jpa("DiscriminatorColumn"), "discriminatorType", "STRING");
    }

    private JpaName discriminatorName(Entity root) {
        AnnotationInfo dc = root.jpa("DiscriminatorColumn");
        String written = dc == null ? "" : JpaAnnotations.string(dc, "name", "");
        return naming.physicalColumn(written.isEmpty() ? naming.discriminatorColumn() : JpaName.written(written));
    }

    /** The value of an entity in its discriminator column, as SQL: {@code @DiscriminatorValue} or its entity name. */
    private String value(Entity e) {
        AnnotationInfo dv = e.jpa("DiscriminatorValue");
        String v = dv == null ? e.entityName() : JpaAnnotations.string(dv, "value", e.entityName());
        if (kind(e.root()).equals("INTEGER")) {
            if (dv == null || !v.trim().matches("-?\\d+")) {
                problems.add(new Problem(e.javaName(), "an INTEGER discriminator needs a numeric @DiscriminatorValue.",
                        "add @DiscriminatorValue(\"1\") (a number) to the entity."));
            }
            return v.trim();
        }
        return "'" + v.replace("'", "''") + "'";
    }

    void discriminator(Entity root, JpaTable t, JpaSchemaReader.Mapping mapping) {
        AnnotationInfo dc = root.jpa("DiscriminatorColumn");
        String kind = kind(root);
        PgType type = PgType.parse(switch (kind) {
            case "CHAR" -> "char(1)";
            case "INTEGER" -> "integer";
            default -> "varchar(" + (dc == null ? 31 : JpaAnnotations.integer(dc, "length", 31)) + ")";
        });
        JpaName name = discriminatorName(root);
        List<String> values = new ArrayList<>();
        collect(root, mapping, values);
        String check = Identifiers.quote(name.sqlName()) + " in (" + String.join(",", values) + ")";
        t.columns.add(new Col("@DiscriminatorColumn", JpaTable.DISCRIMINATOR, "", name, type, false, false, check, false, false,
                null, null, null));
    }

    private void collect(Entity e, JpaSchemaReader.Mapping mapping, List<String> values) {
        if (!e.cls().isAbstract()) {
            values.add(value(e));
        }
        mapping.subclasses(e).forEach(s -> collect(s, mapping, values));
    }

    /**
     * Makes a SINGLE_TABLE subclass's columns of primitive attributes nullable (other subclasses'
     * rows leave them empty) and, when there are some, adds Hibernate's
     * {@code check (DTYPE <> 'Dog' or (a is not null and …))}. A column declared not null
     * ({@code @Column(nullable = false)}) stays NOT NULL, as Hibernate writes it.
     */
    void subclassCheck(Entity e, JpaTable t, List<Col> added) {
        List<String> required = new ArrayList<>();
        java.util.Set<String> primitive = new java.util.HashSet<>();
        e.attributes().stream().filter(a -> a.type() instanceof io.github.classgraph.BaseTypeSignature)
                .forEach(a -> primitive.add(a.name()));
        // in column order, as Hibernate lists them
        for (Col c : t.ordered().stream().filter(added::contains).toList()) {
            if (!c.nullable() && primitive.contains(c.member())) {
                required.add(c.ident() + " is not null");
                int i = t.columns.indexOf(c);
                t.columns.set(i, new Col(c.member(), c.group(), c.sortKey(), c.name(), c.type(), true, c.unique(), c.check(),
                        false, false, c.comment(), c.defaultExpression(), c.source()));
            }
        }
        if (!required.isEmpty() && !e.cls().isAbstract()) {
            t.checks.add(new CheckSpec(Identifiers.quote(discriminatorName(e.root()).sqlName()) + " <> " + value(e) + " or ("
                    + String.join(" and ", required) + ")", ""));
        }
    }

    /** A JOINED subclass's key columns: named by {@code @PrimaryKeyJoinColumn}, else as the parent's. */
    List<KeyColumn> joinedKeys(Entity e, List<KeyColumn> parentKeys) {
        List<AnnotationInfo> joins = JpaAnnotations.repeated(e.cls().getAnnotationInfo(), "PrimaryKeyJoinColumn",
                "PrimaryKeyJoinColumns");
        List<KeyColumn> out = new ArrayList<>();
        for (int i = 0; i < parentKeys.size(); i++) {
            KeyColumn parent = parentKeys.get(i);
            String written = i < joins.size() ? JpaAnnotations.string(joins.get(i), "name", "") : "";
            JpaName logical = written.isEmpty() ? naming.primaryKeyJoinColumn(parent.logical()) : JpaName.written(written);
            out.add(new KeyColumn(parent.attribute(), logical, naming.physicalColumn(logical), parent.type()));
        }
        return out;
    }

    /** Adds a JOINED subclass's key columns (after its own, as Hibernate orders them) and its foreign key to the parent. */
    void joinedKey(Entity e, JpaTable t, List<KeyColumn> keys, List<KeyColumn> parentKeys, JpaTable parent) {
        List<Col> cols = new ArrayList<>();
        for (KeyColumn k : keys) {
            cols.add(new Col(k.attribute(), JpaTable.TRAILING_KEY, k.attribute(), k.physical(), k.type(), false, false, null,
                    false, true, null, null, null));
        }
        t.columns.addAll(cols);
        List<AnnotationInfo> joins = JpaAnnotations.repeated(e.cls().getAnnotationInfo(), "PrimaryKeyJoinColumn",
                "PrimaryKeyJoinColumns");
        String written = joins.isEmpty() || JpaAnnotations.nested(joins.get(0), "foreignKey").isEmpty() ? ""
                : JpaAnnotations.string(JpaAnnotations.nested(joins.get(0), "foreignKey").get(0), "name", "");
        String name = !written.isEmpty() ? JpaName.written(written).sqlName()
                : JpaName.of(naming.foreignKeyName(t.name, parent.name, cols.stream().map(Col::name).toList())).sqlName();
        t.foreignKeys.add(new ForeignKeySpec(null, String.join(", ", cols.stream().map(Col::ident).toList()),
                parent.target(parentKeys.stream().map(k -> k.physical().sqlName()).toList()), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE, name));
    }
}
