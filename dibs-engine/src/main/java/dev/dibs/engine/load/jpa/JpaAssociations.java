package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.ReferentialAction;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassRefTypeSignature;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code @ManyToOne} and owning {@code @OneToOne}: join columns in the owner's table, typed as the
 * referenced columns, and the foreign key with Hibernate's hashed name (physical, unfolded names).
 */
final class JpaAssociations {

    private final JpaSchemaReader.Mapping mapping;
    private final JpaNaming naming;
    private final List<Problem> problems;
    private final JpaContainers containers;

    JpaAssociations(JpaSchemaReader.Mapping mapping, JpaNaming naming, List<Problem> problems, JpaContainers containers) {
        this.mapping = mapping;
        this.naming = naming;
        this.problems = problems;
        this.containers = containers;
    }

    /** The target entity of an association: {@code targetEntity}, or the field's type. */
    Entity target(Entity owner, Attribute a, AnnotationInfo association, String path) {
        String name = JpaAnnotations.className(association, "targetEntity");
        if ((name == null || name.equals("void")) && a.type() instanceof ClassRefTypeSignature ref) {
            name = ref.getFullyQualifiedClassName();
        }
        Entity target = name == null ? null : mapping.entity(name);
        if (target == null) {
            problems.add(new Problem(JpaColumns.where(owner, path), "the association's target " + name
                    + " is not an @Entity in the scan.", "point it at an @Entity class on the scanned classpath."));
        }
        return target;
    }

    /** Maps a to-one attribute of {@code owner} into {@code table}; returns the columns it added. */
    List<Col> toOne(Entity owner, Attribute a, String path, JpaTable table, int group, boolean forceNullable) {
        boolean one = a.has("OneToOne");
        AnnotationInfo association = a.jpa(one ? "OneToOne" : "ManyToOne");
        if (one && !JpaAnnotations.string(association, "mappedBy", "").isEmpty()) {
            return List.of(); // the other side holds the foreign key
        }
        if (one && JpaAnnotations.has(a.annotations(), "PrimaryKeyJoinColumn") && !a.has("MapsId")) {
            return List.of(); // the two share the key: Hibernate 7 adds no column and no foreign key for it
        }
        Entity target = target(owner, a, association, path);
        JpaTable targetTable = target == null ? null : mapping.tableOf(target);
        if (target == null) {
            return List.of();
        }
        if (targetTable == null) {
            problems.add(new Problem(JpaColumns.where(owner, path), "the target " + target.javaName() + " is the abstract root "
                    + "of a TABLE_PER_CLASS hierarchy, which has no table to reference.", "reference a concrete entity."));
            return List.of();
        }
        List<KeyColumn> keys = mapping.keysOf(target);
        List<AnnotationInfo> joins = JpaAnnotations.repeated(a.annotations(), "JoinColumn", "JoinColumns");
        boolean optional = JpaAnnotations.bool(association, "optional", true);
        List<Col> added = new ArrayList<>();
        List<KeyColumn> referenced = new ArrayList<>();
        for (int i = 0; i < Math.max(1, joins.isEmpty() ? keys.size() : joins.size()); i++) {
            AnnotationInfo join = joins.isEmpty() ? null : joins.get(i);
            KeyColumn ref = referenced(owner, target, targetTable, keys, join, i, path);
            if (ref == null) {
                return List.of();
            }
            String written = join == null ? "" : JpaAnnotations.string(join, "name", "");
            JpaName logical = written.isEmpty() ? naming.joinColumn(path, owner.entityName(), ref.logical())
                    : JpaName.written(written);
            boolean nullable = forceNullable || optional && (join == null || JpaAnnotations.bool(join, "nullable", true));
            boolean unique = one || join != null && JpaAnnotations.bool(join, "unique", false);
            Col c = new Col(path, group, path + "." + i, naming.physicalColumn(logical), ref.type(), nullable, unique, null,
                    false, false, null, null, a.source() == null ? null : a.source().location());
            added.add(c);
            referenced.add(ref);
        }
        table.columns.addAll(added);
        foreignKey(owner, a, path, table, targetTable, added, referenced, keys, joins);
        return added;
    }

    /** The referenced column of the i-th join column: {@code referencedColumnName}, or the target's key in order. */
    private KeyColumn referenced(Entity owner, Entity target, JpaTable targetTable, List<KeyColumn> keys, AnnotationInfo join,
                                 int i, String path) {
        String refName = join == null ? "" : JpaAnnotations.string(join, "referencedColumnName", "");
        if (refName.isEmpty()) {
            if (i < keys.size()) {
                return keys.get(i);
            }
            problems.add(new Problem(JpaColumns.where(owner, path), "the association has more join columns than " + target.javaName()
                    + " has key columns.", "give each join column its referencedColumnName, or remove the extra ones."));
            return null;
        }
        String sql = naming.physicalColumn(JpaName.written(refName)).sqlName();
        for (KeyColumn k : keys) {
            if (k.physical().sqlName().equals(sql)) {
                return k;
            }
        }
        KeyColumn other = mapping.column(target, sql);
        if (other == null) {
            problems.add(new Problem(JpaColumns.where(owner, path), "@JoinColumn(referencedColumnName = \"" + refName
                    + "\") names no column of " + targetTable.name.sqlName() + ".", "name one of its columns."));
        }
        return other;
    }

    private void foreignKey(Entity owner, Attribute a, String path, JpaTable table, JpaTable targetTable, List<Col> columns,
                            List<KeyColumn> referenced, List<KeyColumn> keys, List<AnnotationInfo> joins) {
        AnnotationInfo fk = null;
        AnnotationInfo container = JpaAnnotations.find(a.annotations(), "JoinColumns");
        JpaContainers.ForeignKey unwrapped = null;
        if (container != null && !JpaAnnotations.nested(container, "foreignKey").isEmpty()) {
            fk = JpaAnnotations.nested(container, "foreignKey").get(0);
        } else if (container == null && !joins.isEmpty()) { // ClassGraph may have unwrapped it, losing its foreignKey
            unwrapped = containers.foreignKey(a.declaringClass(), a.name(), "JoinColumns");
        }
        if (fk == null && unwrapped == null && !joins.isEmpty() && !JpaAnnotations.nested(joins.get(0), "foreignKey").isEmpty()) {
            fk = JpaAnnotations.nested(joins.get(0), "foreignKey").get(0);
        }
        String value = unwrapped != null ? unwrapped.value() : JpaAnnotations.enumName(fk, "value", "CONSTRAINT");
        if (value.equals("NO_CONSTRAINT")) {
            return;
        }
        String written = unwrapped != null ? unwrapped.name() : fk == null ? "" : JpaAnnotations.string(fk, "name", "");
        String name = !written.isEmpty() ? JpaName.written(written).sqlName()
                : JpaName.of(naming.foreignKeyName(table.name, targetTable.name, columns.stream().map(Col::name).toList())).sqlName();
        boolean toKey = referenced.equals(keys.subList(0, Math.min(keys.size(), referenced.size())));
        List<String> targetColumns = (toKey ? keys : referenced).stream().map(k -> k.physical().sqlName()).toList();
        table.foreignKeys.add(new ForeignKeySpec(null, String.join(", ", columns.stream().map(Col::ident).toList()),
                targetTable.target(targetColumns), ReferentialAction.NO_ACTION, ReferentialAction.NO_ACTION,
                Deferrability.NOT_DEFERRABLE, name));
    }
}
