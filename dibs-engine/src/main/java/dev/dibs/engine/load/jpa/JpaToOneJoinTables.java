package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import io.github.classgraph.AnnotationInfo;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code @ManyToOne} or {@code @OneToOne} through a {@code @JoinTable}, as Hibernate 7 creates it:
 * a table keyed by the owner's columns (named as the owner's key columns unless
 * {@code joinColumns} names them), the target's join columns not null (unique for a one-to-one),
 * columns in name order, and a foreign key to each side.
 */
final class JpaToOneJoinTables {

    private final JpaSchemaReader.Mapping mapping;
    private final JpaNaming naming;
    private final JpaAssociations associations;

    JpaToOneJoinTables(JpaSchemaReader.Mapping mapping, JpaNaming naming, JpaAssociations associations) {
        this.mapping = mapping;
        this.naming = naming;
        this.associations = associations;
    }

    void map(Entity owner, Attribute a, String path) {
        boolean one = a.has("OneToOne");
        Entity target = associations.target(owner, a, a.jpa(one ? "OneToOne" : "ManyToOne"), path);
        JpaTable ownerTable = mapping.tableOf(owner);
        JpaTable targetTable = target == null ? null : mapping.tableOf(target);
        if (targetTable == null || ownerTable == null) {
            return;
        }
        AnnotationInfo jt = a.jpa("JoinTable");
        String written = JpaAnnotations.string(jt, "name", "");
        JpaName logical = written.isEmpty() ? naming.joinTable(ownerTable.name, targetTable.name, path) : JpaName.written(written);
        JpaTable table = mapping.collectionTable(owner, path, naming.physicalTable(logical), jt);
        List<KeyColumn> ownerKeys = mapping.keysOf(owner);
        List<KeyColumn> targetKeys = mapping.keysOf(target);
        List<Col> ownerCols = columns(JpaAnnotations.nested(jt, "joinColumns"), ownerKeys, null, true, false);
        List<Col> targetCols = columns(JpaAnnotations.nested(jt, "inverseJoinColumns"), targetKeys, path, false,
                one && targetKeys.size() == 1);
        table.columns.addAll(ownerCols);
        table.columns.addAll(targetCols);
        foreignKey(table, ownerCols, ownerTable, ownerKeys, JpaAnnotations.nested(jt, "foreignKey"));
        foreignKey(table, targetCols, targetTable, targetKeys, JpaAnnotations.nested(jt, "inverseForeignKey"));
    }

    /** One side's columns: named by the join columns, else the owner's key names or the implicit join column names. */
    private List<Col> columns(List<AnnotationInfo> joins, List<KeyColumn> keys, String path, boolean key, boolean unique) {
        List<Col> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String name = i < joins.size() ? JpaAnnotations.string(joins.get(i), "name", "") : "";
            JpaName logical = !name.isEmpty() ? JpaName.written(name)
                    : path == null ? keys.get(i).logical() : naming.joinColumn(path, null, keys.get(i).logical());
            JpaName physical = naming.physicalColumn(logical);
            out.add(new Col(logical.text(), JpaTable.KEY, physical.sqlName(), physical, keys.get(i).type(), false, unique, null,
                    false, key, null, null, null));
        }
        return out;
    }

    private void foreignKey(JpaTable table, List<Col> cols, JpaTable target, List<KeyColumn> keys, List<AnnotationInfo> fks) {
        JpaCollections.foreignKey(naming, table, cols, target, keys, fks.isEmpty() ? null : fks.get(0));
    }
}
