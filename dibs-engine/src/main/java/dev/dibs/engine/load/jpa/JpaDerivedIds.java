package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import io.github.classgraph.AnnotationInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Derived identifiers: a key that associations give, wholly or in part. Hibernate makes the
 * association's join columns the key columns, named as join columns ({@code student_id}, not the
 * embedded id's {@code studentId}), typed as the target's key, not null, with the association's
 * foreign key: for {@code @MapsId} (the whole basic {@code @Id}, or with a value the part of the
 * {@code @EmbeddedId} it names) and for an {@code @Id} on a to-one association ({@code @IdClass}).
 */
final class JpaDerivedIds {

    /** One part of the key: a basic leaf of the identifier, or an association filling it. */
    private record Part(String path, JpaColumns.Leaf leaf, Attribute association) {
    }

    private final JpaSchemaReader.Mapping mapping;
    private final JpaColumns columns;
    private final JpaAssociations associations;
    private final JpaNaming naming;
    private final List<Problem> problems;

    JpaDerivedIds(JpaSchemaReader.Mapping mapping, JpaColumns columns, JpaAssociations associations, JpaNaming naming,
                  List<Problem> problems) {
        this.mapping = mapping;
        this.columns = columns;
        this.associations = associations;
        this.naming = naming;
        this.problems = problems;
    }

    static boolean toOne(Attribute a) {
        return a.has("ManyToOne") || a.has("OneToOne");
    }

    /** Whether an association gives (part of) the root's key. */
    static boolean isDerived(Entity root) {
        return root.attributes().stream().anyMatch(a -> toOne(a) && (a.has("MapsId") || a.has("Id")));
    }

    /** The key's parts in Hibernate's order (by attribute path), each basic leaf or the association that fills it. */
    private List<Part> parts(Entity root) {
        List<Attribute> maps = root.attributes().stream().filter(a -> toOne(a) && a.has("MapsId")).toList();
        List<Part> out = new ArrayList<>();
        List<Attribute> used = new ArrayList<>();
        for (Attribute id : JpaColumns.idAttributes(root)) {
            if (toOne(id)) {
                out.add(new Part(id.name(), null, id));
                continue;
            }
            for (JpaColumns.Leaf leaf : columns.leaves(root, id, id.name(), Map.of())) {
                Attribute by = filledBy(maps, id, leaf.path());
                if (by == null) {
                    out.add(new Part(leaf.path(), leaf, null));
                } else if (!used.contains(by)) {
                    used.add(by);
                    out.add(new Part(leaf.path(), null, by));
                }
            }
        }
        for (Attribute m : maps) {
            if (!used.contains(m)) {
                String value = JpaAnnotations.string(m.jpa("MapsId"), "value", "");
                problems.add(new Problem(JpaColumns.where(root, m.name()), value.isEmpty()
                        ? "@MapsId maps the entity's identifier, but the entity has no @Id or @EmbeddedId attribute."
                        : "@MapsId(\"" + value + "\") names no attribute of the entity's @EmbeddedId.",
                        "give the entity the identifier attribute the association maps, or correct the @MapsId value."));
            }
        }
        out.sort(Comparator.comparing(Part::path));
        return out;
    }

    /** The {@code @MapsId} association filling the identifier leaf at {@code path}, or null. */
    private static Attribute filledBy(List<Attribute> maps, Attribute id, String path) {
        for (Attribute m : maps) {
            String value = JpaAnnotations.string(m.jpa("MapsId"), "value", "");
            String filled = value.isEmpty() ? id.name() : id.name() + "." + value;
            if (path.equals(filled) || path.startsWith(filled + ".")) {
                return m;
            }
        }
        return null;
    }

    /** The key columns of the root, as other tables reference them. */
    List<KeyColumn> keys(Entity root) {
        List<KeyColumn> out = new ArrayList<>();
        for (Part p : parts(root)) {
            if (p.leaf() != null) {
                Col c = columns.column(root, p.leaf(), JpaTable.KEY, false, true);
                if (c != null) {
                    out.add(new KeyColumn(p.path(), columns.columnName(p.leaf()), c.name(), c.type()));
                }
            } else {
                out.addAll(joinKeys(root, p.association()));
            }
        }
        return out;
    }

    /** The join columns of a key association: named as Hibernate names join columns, typed as the target's key. */
    private List<KeyColumn> joinKeys(Entity root, Attribute a) {
        Entity target = associations.target(root, a, a.jpa(a.has("OneToOne") ? "OneToOne" : "ManyToOne"), a.name());
        if (target == null || mapping.tableOf(target) == null) {
            return List.of();
        }
        List<AnnotationInfo> joins = JpaAnnotations.repeated(a.annotations(), "JoinColumn", "JoinColumns");
        List<KeyColumn> out = new ArrayList<>();
        List<KeyColumn> targetKeys = mapping.keysOf(target);
        for (int i = 0; i < targetKeys.size(); i++) {
            String written = i < joins.size() ? JpaAnnotations.string(joins.get(i), "name", "") : "";
            JpaName logical = written.isEmpty() ? naming.joinColumn(a.name(), root.entityName(), targetKeys.get(i).logical())
                    : JpaName.written(written);
            out.add(new KeyColumn(a.name(), logical, naming.physicalColumn(logical), targetKeys.get(i).type()));
        }
        return out;
    }

    /**
     * Adds the key columns to the root's table: the basic ones as keys, the associations' join
     * columns (after the attributes, where Hibernate writes them) made key columns, with their foreign keys.
     */
    void map(Entity root, JpaTable t) {
        List<Part> parts = parts(root);
        // the primary key lists its columns by attribute path; dibs's follows the column order, so where basic
        // parts and associations mix, all are key columns in path order (Hibernate writes the associations' after
        // the attributes, and the key's order matters more than the columns')
        boolean mixed = parts.stream().anyMatch(p -> p.leaf() != null);
        int group = mixed ? JpaTable.KEY : JpaTable.ATTRIBUTE + 1;
        for (Part p : parts) {
            if (p.leaf() != null) {
                Col c = columns.column(root, p.leaf(), JpaTable.KEY, false, true);
                if (c != null) {
                    t.columns.add(c);
                }
                continue;
            }
            int i = 0;
            for (Col c : associations.toOne(root, p.association(), p.association().name(), t, group, false)) {
                t.columns.set(t.columns.indexOf(c), new Col(c.member(), group, p.path() + String.format(".%03d", i++), c.name(),
                        c.type(), false, false, null, false, true, null, null, c.source()));
            }
        }
    }
}
