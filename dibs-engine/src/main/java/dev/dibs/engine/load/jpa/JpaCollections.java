package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.Deferrability;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.naming.Identifiers;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ScanResult;
import io.github.classgraph.TypeArgument;
import io.github.classgraph.TypeSignature;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Collections (JPA-RESEARCH.md §1b, §8, §10): a join table for an owning {@code @ManyToMany} or a
 * unidirectional {@code @OneToMany} (a primary key over both sides for a Set, none for a bag), a
 * join column in the target's table for {@code @OneToMany @JoinColumn}, and a collection table for
 * an {@code @ElementCollection} (unique over all columns for a Set, keyed by the order column of an
 * {@code @OrderColumn} List or the key column of a Map).
 */
final class JpaCollections {

    private final JpaSchemaReader.Mapping mapping;
    private final JpaNaming naming;
    private final JpaColumns columns;
    private final JpaTypes types;
    private final ScanResult scan;
    private final List<Problem> problems;

    JpaCollections(JpaSchemaReader.Mapping mapping, JpaNaming naming, JpaColumns columns, JpaTypes types, ScanResult scan,
                   List<Problem> problems) {
        this.mapping = mapping;
        this.naming = naming;
        this.columns = columns;
        this.types = types;
        this.scan = scan;
        this.problems = problems;
    }

    void map(Entity owner, Attribute a, String path) {
        AnnotationInfo association = a.jpa("OneToMany") != null ? a.jpa("OneToMany") : a.jpa("ManyToMany");
        if (association != null) {
            if (!JpaAnnotations.string(association, "mappedBy", "").isEmpty()) {
                return; // the other side maps it
            }
            boolean oneToMany = a.has("OneToMany");
            if (oneToMany && !JpaAnnotations.repeated(a.annotations(), "JoinColumn", "JoinColumns").isEmpty()) {
                joinColumnInTarget(owner, a, association, path);
            } else {
                joinTable(owner, a, association, path, oneToMany);
            }
            return;
        }
        elementCollection(owner, a, path);
    }

    private String where(Entity owner, String path) {
        return JpaColumns.where(owner, path);
    }

    private static List<TypeSignature> typeArguments(Attribute a) {
        List<TypeSignature> out = new ArrayList<>();
        if (a.type() instanceof ClassRefTypeSignature ref) {
            for (TypeArgument t : ref.getTypeArguments()) {
                out.add(t.getTypeSignature());
            }
        }
        return out;
    }

    private static String container(Attribute a) {
        return a.type() instanceof ClassRefTypeSignature ref ? ref.getFullyQualifiedClassName() : "";
    }

    private static boolean isSet(Attribute a) {
        return container(a).endsWith("Set");
    }

    /** The owner's side of a join or collection table: columns referencing the owner's key, not null. */
    private List<Col> ownerColumns(Entity owner, JpaTable table, List<AnnotationInfo> joins, String attribute, int group) {
        List<Col> cols = new ArrayList<>();
        List<KeyColumn> keys = mapping.keysOf(owner);
        for (int i = 0; i < keys.size(); i++) {
            String written = i < joins.size() ? JpaAnnotations.string(joins.get(i), "name", "") : "";
            JpaName logical = written.isEmpty() ? naming.joinColumn(attribute, owner.entityName(), keys.get(i).logical())
                    : JpaName.written(written);
            cols.add(new Col(logical.text(), group, String.format("%03d", i), naming.physicalColumn(logical),
                    keys.get(i).type(), false, false, null, false, false, null, null, null));
        }
        table.columns.addAll(cols);
        return cols;
    }

    private void foreignKey(JpaTable table, List<Col> cols, JpaTable target, List<KeyColumn> keys, AnnotationInfo fk) {
        foreignKey(naming, table, cols, target, keys, fk);
    }

    /** The foreign key of a join or collection table's columns: named as written, else Hibernate's hash; none for NO_CONSTRAINT. */
    static void foreignKey(JpaNaming naming, JpaTable table, List<Col> cols, JpaTable target, List<KeyColumn> keys,
                           AnnotationInfo fk) {
        if (fk != null && JpaAnnotations.enumName(fk, "value", "CONSTRAINT").equals("NO_CONSTRAINT")) {
            return;
        }
        String written = fk == null ? "" : JpaAnnotations.string(fk, "name", "");
        String name = !written.isEmpty() ? JpaName.written(written).sqlName()
                : JpaName.of(naming.foreignKeyName(table.name, target.name, cols.stream().map(Col::name).toList())).sqlName();
        table.foreignKeys.add(new ForeignKeySpec(null, String.join(", ", cols.stream().map(Col::ident).toList()),
                target.target(keys.stream().map(k -> k.physical().sqlName()).toList()), ReferentialAction.NO_ACTION,
                ReferentialAction.NO_ACTION, Deferrability.NOT_DEFERRABLE, name));
    }

    private static AnnotationInfo first(List<AnnotationInfo> list) {
        return list.isEmpty() ? null : list.get(0);
    }

    private Entity targetOf(Entity owner, Attribute a, AnnotationInfo association, String path, boolean keyed) {
        String name = JpaAnnotations.className(association, "targetEntity");
        List<TypeSignature> args = typeArguments(a);
        if ((name == null || name.equals("void")) && !args.isEmpty() && args.get(args.size() - 1) instanceof ClassRefTypeSignature r) {
            name = r.getFullyQualifiedClassName();
        }
        Entity target = name == null ? null : mapping.entity(name);
        if (target == null || mapping.tableOf(target) == null) {
            problems.add(new Problem(where(owner, path), "the collection's element type " + name + " is not an @Entity with a "
                    + "table in the scan.", "declare the collection as List<Target> or Set<Target> of an @Entity, or give targetEntity."));
            return null;
        }
        if (container(a).endsWith("Map") && (!keyed || typeArguments(a).size() != 2)) {
            problems.add(new Problem(where(owner, path), "an association Map " + (keyed ? "without its key and value types"
                    : "kept by a @JoinColumn in the target's table") + " is not supported by dibs yet.",
                    "map it through a join table (no @JoinColumn) as Map<K, Target>, or as a Set or List."));
            return null;
        }
        return target;
    }

    private void joinTable(Entity owner, Attribute a, AnnotationInfo association, String path, boolean oneToMany) {
        Entity target = targetOf(owner, a, association, path, true);
        JpaTable ownerTable = mapping.tableOf(owner);
        if (target == null || ownerTable == null) {
            return;
        }
        JpaTable targetTable = mapping.tableOf(target);
        AnnotationInfo jt = a.jpa("JoinTable");
        String written = jt == null ? "" : JpaAnnotations.string(jt, "name", "");
        JpaName logical = written.isEmpty() ? naming.joinTable(ownerTable.name, targetTable.name, path) : JpaName.written(written);
        JpaTable table = mapping.collectionTable(owner, path, naming.physicalTable(logical), jt);
        String inverse = oneToMany ? null : inverseAttribute(owner, target, path);
        List<Col> ownerCols = ownerColumns(owner, table, JpaAnnotations.nested(jt, "joinColumns"), inverse, JpaTable.KEY);
        List<KeyColumn> targetKeys = mapping.keysOf(target);
        List<AnnotationInfo> inverseJoins = JpaAnnotations.nested(jt, "inverseJoinColumns");
        List<Col> targetCols = new ArrayList<>();
        // a Map keyed by an attribute of the target (@MapKey) is keyed as a Set; else by its own key column
        boolean map = container(a).endsWith("Map");
        boolean byAttribute = map && a.has("MapKey");
        for (int i = 0; i < targetKeys.size(); i++) {
            String name = i < inverseJoins.size() ? JpaAnnotations.string(inverseJoins.get(i), "name", "") : "";
            JpaName col = name.isEmpty() ? naming.joinColumn(path, owner.entityName(), targetKeys.get(i).logical()) : JpaName.written(name);
            targetCols.add(new Col(col.text(), JpaTable.ATTRIBUTE, String.format("%03d", i), naming.physicalColumn(col),
                    targetKeys.get(i).type(), false, oneToMany && targetKeys.size() == 1, null, false, isSet(a) || byAttribute, null,
                    null, null));
        }
        table.columns.addAll(targetCols);
        AnnotationInfo oc = a.jpa("OrderColumn");
        if (map && !byAttribute) {
            if (mapKey(owner, a, path, table, typeArguments(a).get(0))) {
                primaryKey(table, ownerCols);
            }
        } else if (oc != null) {
            String orderName = JpaAnnotations.string(oc, "name", "");
            JpaName order = naming.physicalColumn(orderName.isEmpty() ? naming.orderColumn(path) : JpaName.written(orderName));
            table.columns.add(new Col(path + " (order)", JpaTable.TRAILING_KEY, "", order, PgType.parse("integer"), false, false,
                    Identifiers.quote(order.sqlName()) + ">=0", false, true, null, null, null));
            primaryKey(table, ownerCols);
        } else if (isSet(a) || byAttribute) {
            List<Col> keyed = new ArrayList<>();
            for (Col c : ownerCols) {
                keyed.add(new Col(c.member(), c.group(), c.sortKey(), c.name(), c.type(), false, false, null, false, true, null,
                        null, null));
            }
            table.columns.removeAll(ownerCols);
            table.columns.addAll(keyed);
            ownerCols = keyed;
        }
        foreignKey(table, ownerCols, ownerTable, mapping.keysOf(owner), first(JpaAnnotations.nested(jt, "foreignKey")));
        foreignKey(table, targetCols, targetTable, targetKeys, first(JpaAnnotations.nested(jt, "inverseForeignKey")));
    }

    /** The attribute of the target that is this association's inverse side ({@code mappedBy} it), or null. */
    private static String inverseAttribute(Entity owner, Entity target, String path) {
        for (Entity e = target; e != null; e = e.parent()) {
            for (Attribute t : e.attributes()) {
                AnnotationInfo m = t.jpa("ManyToMany");
                if (m != null && JpaAnnotations.string(m, "mappedBy", "").equals(path)) {
                    return t.name();
                }
            }
        }
        return null;
    }

    private void joinColumnInTarget(Entity owner, Attribute a, AnnotationInfo association, String path) {
        Entity target = targetOf(owner, a, association, path, false);
        if (target == null) {
            return;
        }
        JpaTable targetTable = mapping.tableOf(target);
        JpaTable ownerTable = mapping.tableOf(owner);
        List<AnnotationInfo> joins = JpaAnnotations.repeated(a.annotations(), "JoinColumn", "JoinColumns");
        List<Col> cols = new ArrayList<>();
        List<KeyColumn> keys = mapping.keysOf(owner);
        for (int i = 0; i < keys.size(); i++) {
            String written = i < joins.size() ? JpaAnnotations.string(joins.get(i), "name", "") : "";
            JpaName logical = written.isEmpty() ? naming.joinColumn(path, owner.entityName(), keys.get(i).logical())
                    : JpaName.written(written);
            boolean nullable = i >= joins.size() || JpaAnnotations.bool(joins.get(i), "nullable", true);
            cols.add(new Col(owner.javaName() + "." + path, JpaTable.FOREIGN, logical.text(), naming.physicalColumn(logical),
                    keys.get(i).type(), nullable, false, null, false, false, null, null, null));
        }
        AnnotationInfo oc = a.jpa("OrderColumn");
        if (oc != null) { // the position in the target's table: nullable (a row may be in no list), never negative
            String orderName = JpaAnnotations.string(oc, "name", "");
            JpaName order = naming.physicalColumn(orderName.isEmpty() ? naming.orderColumn(path) : JpaName.written(orderName));
            cols.add(new Col(owner.javaName() + "." + path + " (order)", JpaTable.FOREIGN, cols.get(cols.size() - 1).sortKey()
                    + " (order)", order, PgType.parse("integer"), JpaAnnotations.bool(oc, "nullable", true), false,
                    Identifiers.quote(order.sqlName()) + ">=0", false, false, null, null, null));
        }
        targetTable.columns.addAll(cols);
        List<Col> joined = oc == null ? cols : cols.subList(0, cols.size() - 1);
        foreignKey(targetTable, joined, ownerTable, keys, first(JpaAnnotations.nested(first(joins), "foreignKey")));
    }

    private void elementCollection(Entity owner, Attribute a, String path) {
        JpaTable ownerTable = mapping.tableOf(owner);
        AnnotationInfo ct = a.jpa("CollectionTable");
        String written = ct == null ? "" : JpaAnnotations.string(ct, "name", "");
        JpaName logical = written.isEmpty() ? naming.collectionTable(owner.entityName(), path) : JpaName.written(written);
        JpaTable table = mapping.collectionTable(owner, path, naming.physicalTable(logical), ct);
        List<Col> ownerCols = ownerColumns(owner, table, JpaAnnotations.nested(ct, "joinColumns"), null, JpaTable.KEY);
        foreignKey(table, ownerCols, ownerTable, mapping.keysOf(owner), first(JpaAnnotations.nested(ct, "foreignKey")));
        List<TypeSignature> args = typeArguments(a);
        boolean map = container(a).endsWith("Map");
        if (args.size() != (map ? 2 : 1)) {
            problems.add(new Problem(where(owner, path), "the element collection's type " + JpaTypes.typeName(a.type())
                    + " does not say its element type.", "declare it as List<E>, Set<E> or Map<K, V>."));
            return;
        }
        TypeSignature elementType = args.get(args.size() - 1);
        Attribute element = new Attribute(a.name(), elementType, a.annotations(), a.declaringClass(), a.source());
        List<Col> elementCols = new ArrayList<>();
        ClassInfo emb = elementType instanceof ClassRefTypeSignature r ? scan.getClassInfo(r.getFullyQualifiedClassName()) : null;
        if (emb != null && JpaAnnotations.has(emb.getAnnotationInfo(), "Embeddable")) {
            Map<String, AnnotationInfo> overrides = JpaColumns.overrides(a);
            Map<String, AnnotationInfo> scoped = new java.util.HashMap<>();
            overrides.forEach((k, v) -> scoped.put(path + "." + k, v));
            Attribute asEmbedded = new Attribute(a.name(), elementType, null, a.declaringClass(), a.source());
            for (JpaColumns.Leaf leaf : columns.leaves(owner, asEmbedded, path, scoped)) {
                JpaRefusals.statisticsNotRead(leaf.attribute(), JpaColumns.where(owner, leaf.path()),
                        "the field of a collection's element", problems);
                Col c = columns.column(owner, leaf, JpaTable.ATTRIBUTE, false, false);
                if (c != null) {
                    elementCols.add(c);
                }
            }
        } else {
            Col c = columns.column(owner, new JpaColumns.Leaf(element, path, a.jpa("Column")), JpaTable.ATTRIBUTE, false, false);
            if (c != null) {
                elementCols.add(c);
            }
        }
        table.columns.addAll(elementCols);
        if (map) {
            if (mapKey(owner, a, path, table, args.get(0))) {
                primaryKey(table, ownerCols);
            }
        } else if (a.jpa("OrderColumn") != null) {
            AnnotationInfo oc = a.jpa("OrderColumn");
            String orderName = JpaAnnotations.string(oc, "name", "");
            JpaName order = naming.physicalColumn(orderName.isEmpty() ? naming.orderColumn(path) : JpaName.written(orderName));
            table.columns.add(new Col(path + " (order)", JpaTable.TRAILING_KEY, "", order, PgType.parse("integer"), false, false,
                    Identifiers.quote(order.sqlName()) + ">=0", false, true, null, null, null));
            primaryKey(table, ownerCols);
        } else if (isSet(a)) {
            List<String> all = new ArrayList<>();
            ownerCols.forEach(c -> all.add(c.ident()));
            elementCols.forEach(c -> all.add(c.ident()));
            table.uniques.add(UniqueSpec.hibernate(String.join(", ", all), ""));
        }
    }

    /** A map's key column ({@code @MapKeyColumn}, else {@code <attribute>_KEY}), part of the key; false if it cannot be mapped. */
    private boolean mapKey(Entity owner, Attribute a, String path, JpaTable table, TypeSignature keyType) {
        AnnotationInfo mk = a.jpa("MapKeyColumn");
        String keyName = mk == null ? "" : JpaAnnotations.string(mk, "name", "");
        JpaName keyLogical = keyName.isEmpty() ? naming.mapKeyColumn(path) : JpaName.written(keyName);
        Attribute key = new Attribute(a.name() + " (key)", keyType, null, a.declaringClass(), a.source());
        Col k = columns.column(owner, new JpaColumns.Leaf(key, path + ".key", mk), JpaTable.TRAILING_KEY, false, true);
        if (k == null) {
            return false;
        }
        JpaName physical = naming.physicalColumn(keyLogical);
        table.columns.add(new Col(k.member(), k.group(), k.sortKey(), physical, k.type(), false, false, k.check() == null ? null
                : k.check().replace(k.ident(), Identifiers.quote(physical.sqlName())), false, true, null, null, null));
        return true;
    }

    private static void primaryKey(JpaTable table, List<Col> ownerCols) {
        for (Col c : ownerCols) {
            table.columns.set(table.columns.indexOf(c), new Col(c.member(), c.group(), c.sortKey(), c.name(), c.type(), false,
                    false, null, false, true, null, null, null));
        }
    }
}
