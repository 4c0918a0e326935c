package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.naming.Identifiers;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ClassRefTypeSignature;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The columns of basic and embedded attributes, and of the identifier, as Hibernate names, types
 * and constrains them. Embedded columns are named after the leaf attribute only (Hibernate's
 * JPA-compliant implicit naming), unless an {@code @AttributeOverride} names them.
 */
final class JpaColumns {

    /** A column of an entity's key, as other tables reference it. */
    record KeyColumn(String attribute, JpaName logical, JpaName physical, PgType type) {
    }

    /** What a columnDefinition may hold for dibs to read it: a type only. */
    private static final Pattern TYPE_ONLY = Pattern.compile("[A-Za-z_][A-Za-z0-9_ ]*(\\(\\s*\\d+(\\s*,\\s*\\d+)?\\s*\\))?"
            + "[A-Za-z ]*(\\[\\])*");

    private final JpaNaming naming;
    private final JpaTypes types;
    private final ScanResult scan;
    private final java.util.function.Function<String, dev.dibs.engine.load.SourceInfo> sources;
    private final List<Problem> problems;

    JpaColumns(JpaNaming naming, JpaTypes types, ScanResult scan,
               java.util.function.Function<String, dev.dibs.engine.load.SourceInfo> sources, List<Problem> problems) {
        this.naming = naming;
        this.types = types;
        this.scan = scan;
        this.sources = sources;
        this.problems = problems;
    }

    /**
     * The persistent members of an embeddable: its own {@code @Access}, else the owning entity's
     * access (fields, or getters), as JPA says; with the Javadoc the processor recorded.
     */
    private List<Attribute> embeddableMembers(Entity owner, ClassInfo emb) {
        String explicit = JpaAnnotations.enumName(JpaAnnotations.find(emb.getAnnotationInfo(), "Access"), "value", "");
        boolean property = explicit.isEmpty() ? EntityScan.propertyAccess(owner.cls(), scan) : explicit.equals("PROPERTY");
        var source = sources.apply(emb.getName());
        return property ? EntityScan.properties(emb, source) : EntityScan.fields(emb, source, problems);
    }

    static String where(Entity e, String path) {
        return e.javaName() + "." + path;
    }

    /** The embeddable class of an attribute ({@code @Embedded}, {@code @EmbeddedId}, or its type is {@code @Embeddable}), or null. */
    ClassInfo embeddable(Attribute a) {
        if (!(a.type() instanceof ClassRefTypeSignature ref)) {
            return null;
        }
        ClassInfo cls = scan.getClassInfo(ref.getFullyQualifiedClassName());
        boolean marked = a.has("Embedded") || a.has("EmbeddedId");
        if (cls != null && (marked || JpaAnnotations.has(cls.getAnnotationInfo(), "Embeddable"))) {
            return cls;
        }
        if (marked) {
            problems.add(new Problem(a.declaringClass() + "." + a.name(), "@Embedded on " + ref.getFullyQualifiedClassName()
                    + ", whose compiled class is not in the scan.", "put the @Embeddable class on the scanned classpath."));
        }
        return null;
    }

    /** The attribute overrides on an attribute: path relative to it → the overriding {@code @Column}. */
    static Map<String, AnnotationInfo> overrides(Attribute a) {
        Map<String, AnnotationInfo> out = new HashMap<>();
        for (AnnotationInfo o : JpaAnnotations.repeated(a.annotations(), "AttributeOverride", "AttributeOverrides")) {
            List<AnnotationInfo> column = JpaAnnotations.nested(o, "column");
            out.put(JpaAnnotations.string(o, "name", ""), column.isEmpty() ? null : column.get(0));
        }
        return out;
    }

    /**
     * The basic leaves of an attribute: itself, or the fields of its embeddable (nested ones too),
     * each with its path and the {@code @Column} that applies (an override wins).
     */
    List<Leaf> leaves(Entity e, Attribute a, String path, Map<String, AnnotationInfo> outer) {
        return leaves(e, a, path, outer, null);
    }

    /** As above; a to-one association inside the embeddable goes to {@code toOnes} (when given), to be mapped by the caller. */
    List<Leaf> leaves(Entity e, Attribute a, String path, Map<String, AnnotationInfo> outer, List<Leaf> toOnes) {
        List<Leaf> out = new ArrayList<>();
        ClassInfo emb = embeddable(a);
        if (emb == null) {
            out.add(new Leaf(a, path, outer.containsKey(path) ? outer.get(path) : a.jpa("Column")));
            return out;
        }
        if (JpaTable.dibsColumn(a) != null) {
            problems.add(new Problem(where(e, path), "dibs's @Column on an embedded value: its columns are the fields of "
                    + emb.getSimpleName() + ".", "put @dev.dibs.Column(statistics = …) on those fields."));
        }
        Map<String, AnnotationInfo> scoped = new HashMap<>(outer);
        overrides(a).forEach((k, v) -> scoped.putIfAbsent(path + "." + k, v));
        List<Attribute> fields = new ArrayList<>(embeddableMembers(e, emb));
        fields.sort(Comparator.comparing(Attribute::name));
        for (Attribute f : fields) {
            JpaRefusals.dibsAnnotation(f, where(e, path + "." + f.name()), problems); // an embeddable's fields, at every level
            if (toOnes != null && (f.has("ManyToOne") || f.has("OneToOne"))) {
                toOnes.add(new Leaf(f, path + "." + f.name(), null));
                continue;
            }
            if (f.has("ManyToOne") || f.has("OneToOne") || f.has("OneToMany") || f.has("ManyToMany") || f.has("ElementCollection")) {
                problems.add(new Problem(where(e, path + "." + f.name()), "an association or collection inside an embeddable"
                        + " is not supported by dibs yet.", "map it on the entity, or keep this table out of dibs's scan."));
                continue;
            }
            out.addAll(leaves(e, f, path + "." + f.name(), scoped, toOnes));
        }
        return out;
    }

    /** A basic attribute at {@code path} with the {@code @Column} that applies. */
    record Leaf(Attribute attribute, String path, AnnotationInfo column) {
    }

    /** The column name of a leaf: {@code @Column(name)} or the implicit one, through the physical strategy. */
    JpaName columnName(Leaf leaf) {
        String written = JpaAnnotations.string(leaf.column(), "name", "");
        JpaName logical = leaf.column() != null && !written.isEmpty() ? JpaName.written(written) : naming.basicColumn(leaf.path());
        return logical;
    }

    /** The column of a basic leaf, or null (a problem recorded) when it cannot be mapped. */
    Col column(Entity e, Leaf leaf, int group, boolean forceNullable, boolean key) {
        Attribute a = leaf.attribute();
        String where = where(e, leaf.path());
        AnnotationInfo col = leaf.column();
        JpaName name = naming.physicalColumn(columnName(leaf));
        String definition = col == null ? "" : JpaAnnotations.string(col, "columnDefinition", "").trim();
        JpaTypes.Mapped m = definition.isEmpty() ? types.basic(a, col, where) : definition(definition, where);
        if (m == null) {
            return null;
        }
        // a primitive inside an embeddable stays nullable, as Hibernate leaves it: the embedded value as a whole may be null
        boolean embedded = leaf.path().contains(".");
        boolean notNull = m.primitive() && !embedded || key || a.has("Version") || (col != null && !JpaAnnotations.bool(col, "nullable", true));
        String check = definition.isEmpty() ? JpaTypes.enumCheck(m, Identifiers.quote(name.sqlName())) : null;
        boolean unique = col != null && JpaAnnotations.bool(col, "unique", false);
        return new Col(leaf.path(), group, leaf.path(), name, m.type(), forceNullable || !notNull, unique && !key, check,
                false, key, comment(a, col), defaultOf(a), a.source() == null ? null : a.source().location());
    }

    private JpaTypes.Mapped definition(String definition, String where) {
        if (!TYPE_ONLY.matcher(definition).matches() || definition.toLowerCase(Locale.ROOT).matches(".*\\b(default|null|check|"
                + "unique|primary|references|generated|collate|constraint)\\b.*")) {
            problems.add(new Problem(where, "@Column(columnDefinition = \"" + definition + "\") holds more than a column type,"
                    + " which dibs cannot compare.", "keep only the type in columnDefinition and say the rest with JPA or "
                    + "Hibernate annotations (nullable, unique, @ColumnDefault, @Check)."));
            return null;
        }
        try {
            return new JpaTypes.Mapped(PgType.parse(definition), false, null, false);
        } catch (IllegalArgumentException ex) {
            problems.add(new Problem(where, "@Column(columnDefinition = \"" + definition + "\") is not a type dibs reads: "
                    + ex.getMessage() + ".", "write a PostgreSQL type, e.g. columnDefinition = \"text\"."));
            return null;
        }
    }

    /** The column comment: Javadoc first, else Hibernate's {@code @Comment}, else JPA 3.2's {@code @Column(comment)}. */
    private static String comment(Attribute a, AnnotationInfo col) {
        if (a.source() != null && a.source().doc() != null && !a.source().doc().isBlank()) {
            return a.source().doc();
        }
        AnnotationInfo c = a.hibernate("Comment");
        if (c != null) {
            return JpaAnnotations.string(c, "value", null);
        }
        String jpa = col == null ? "" : JpaAnnotations.string(col, "comment", "");
        return jpa.isEmpty() ? null : jpa;
    }

    private static String defaultOf(Attribute a) {
        AnnotationInfo d = a.hibernate("ColumnDefault");
        if (d == null && a.annotations() != null) {
            d = a.annotations().get("dev.dibs.Default"); // dibs's word for the same, where Hibernate is not used
        }
        return d == null ? null : JpaAnnotations.string(d, "value", null);
    }

    /** The identifier attributes of a root entity: the {@code @Id}s, or the {@code @EmbeddedId}. */
    static List<Attribute> idAttributes(Entity root) {
        return root.attributes().stream().filter(a -> a.has("Id") || a.has("EmbeddedId")).toList();
    }

    /** The key columns of a root entity, ordered as Hibernate's primary key lists them (by attribute path). */
    List<KeyColumn> keys(Entity root) {
        List<KeyColumn> out = new ArrayList<>();
        for (Leaf leaf : keyLeaves(root)) {
            Col c = column(root, leaf, JpaTable.KEY, false, true);
            if (c != null) {
                out.add(new KeyColumn(leaf.path(), columnName(leaf), c.name(), c.type()));
            }
        }
        return out;
    }

    List<Leaf> keyLeaves(Entity root) {
        List<Leaf> leaves = new ArrayList<>();
        for (Attribute a : idAttributes(root)) {
            if (a.has("ManyToOne") || a.has("OneToOne")) {
                problems.add(new Problem(where(root, a.name()), "an @Id association (a derived identifier) is not supported by "
                        + "dibs yet.", "use @MapsId with a basic @Id, or keep this table out of dibs's scan."));
                continue;
            }
            leaves.addAll(leaves(root, a, a.name(), Map.of()));
        }
        leaves.sort(Comparator.comparing(Leaf::path));
        return leaves;
    }
}
