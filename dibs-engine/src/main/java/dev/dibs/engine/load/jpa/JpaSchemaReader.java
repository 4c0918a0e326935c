package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SourceInfo;
import dev.dibs.engine.load.SqlFile;
import dev.dibs.engine.load.TableDraft;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.load.jpa.JpaColumns.KeyColumn;
import dev.dibs.engine.load.jpa.JpaTable.Col;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.PgType;
import io.github.classgraph.AnnotationInfo;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads JPA entities from bytecode (never loading them) into table drafts with every name explicit,
 * as Hibernate ORM 7 creates them on PostgreSQL with the application's naming: the spec is
 * JPA-RESEARCH.md, the proof the Hibernate oracle tests.
 */
public final class JpaSchemaReader {

    /** Both annotation names an entity may carry. */
    public static final List<String> ENTITY = List.of("jakarta.persistence.Entity", "javax.persistence.Entity");

    /**
     * The application's entities and converters of the scan: those of Hibernate's own jar (such as
     * its audit changelog entities, mapped only when the application turns that feature on) are
     * not the application's tables, and are left out.
     */
    public static List<ClassInfo> applications(ScanResult scan, String annotation) {
        return scan.getClassesWithAnnotation(annotation).stream().filter(c -> !c.getName().startsWith("org.hibernate.")).toList();
    }

    /**
     * The drafts, the statements creating the generators' sequences, and the PostgreSQL enum types of
     * {@code @JdbcTypeCode(SqlTypes.NAMED_ENUM)} attributes by Java enum class (the drafts' columns
     * already have their types).
     */
    public record Read(List<TableDraft> tables, List<SqlFile> statements, Map<String, EnumType> enums) {
        public Read(List<TableDraft> tables, List<SqlFile> statements) {
            this(tables, statements, Map.of());
        }
    }

    private final ScanResult scan;
    private final JpaNaming naming;
    private final Function<String, SourceInfo> sources;
    private final List<Problem> problems;
    private boolean beanValidation;

    public JpaSchemaReader(ScanResult scan, JpaNaming naming, Function<String, SourceInfo> sources, List<Problem> problems) {
        this.scan = scan;
        this.naming = naming;
        this.sources = sources;
        this.problems = problems;
    }

    /**
     * Whether Hibernate applies Bean Validation constraints to its DDL, as it does when the application
     * has a provider ({@link JpaBeanValidation#providerOn}); off unless set.
     */
    public JpaSchemaReader beanValidation(boolean on) {
        this.beanValidation = on;
        return this;
    }

    /** Every entity of the scan, mapped as Hibernate 7 maps it on PostgreSQL. */
    public Read read() {
        int before = problems.size();
        List<Entity> entities = EntityScan.entities(scan, sources, problems);
        Mapping mapping = new Mapping(entities);
        for (Entity e : entities) {
            mapping.map(e);
        }
        List<TableDraft> drafts = new ArrayList<>();
        mapping.tables.values().forEach(t -> {
            JpaReservedWords.check(t, problems);
            drafts.add(t.draft());
        });
        drafts.addAll(mapping.extraTables);
        // a member's mistake may be met by more than one step (its entity's key, then its table): one problem each
        List<Problem> found = problems.subList(before, problems.size());
        List<Problem> distinct = List.copyOf(new java.util.LinkedHashSet<>(found));
        found.clear();
        problems.addAll(distinct);
        return new Read(List.copyOf(drafts), mapping.sequences.statements(),
                java.util.Collections.unmodifiableMap(new TreeMap<>(mapping.types.namedEnums())));
    }

    /** The state of one read: the entities, their tables and keys. */
    final class Mapping {
        private final Map<String, Entity> byClass = new LinkedHashMap<>();
        private final Map<String, JpaTable> tables = new LinkedHashMap<>();
        private final Map<String, List<KeyColumn>> keys = new HashMap<>();
        private final List<TableDraft> extraTables = new ArrayList<>();
        private final JpaTypes types = new JpaTypes(scan, problems);
        private final JpaColumns columns = new JpaColumns(naming, types, scan, sources, problems);
        private final JpaAssociations associations = new JpaAssociations(this, naming, problems, new JpaContainers(scan));
        private final JpaSequences sequences;
        private final JpaInheritance inheritance = new JpaInheritance(naming, problems);
        private final JpaCollections collections = new JpaCollections(this, naming, columns, types, scan, problems);
        private final JpaBeanValidation validation = beanValidation ? new JpaBeanValidation(scan, problems) : null;
        private final JpaToOneJoinTables toOneJoinTables = new JpaToOneJoinTables(this, naming, associations);
        private final JpaDerivedIds derivedIds = new JpaDerivedIds(this, columns, associations, naming, problems);
        private final List<Entity> entities;

        Mapping(List<Entity> entities) {
            this.entities = entities;
            entities.forEach(e -> byClass.put(e.cls().getName(), e));
            sequences = new JpaSequences(naming, entities, problems);
            for (Entity e : entities) {
                if (ownsTable(e)) {
                    tables.put(e.cls().getName(), newTable(e));
                }
            }
        }

        Entity entity(String className) {
            return byClass.get(className);
        }

        boolean hasSubclasses(Entity e) {
            return entities.stream().anyMatch(o -> o.parent() == e);
        }

        List<Entity> subclasses(Entity e) {
            return entities.stream().filter(o -> o.parent() == e).toList();
        }

        private boolean ownsTable(Entity e) {
            if (JpaAnnotations.hibernate(e.cls().getAnnotationInfo(), "Subselect") != null) {
                return false; // mapped to a query: Hibernate creates no table for it, nor does dibs
            }
            String strategy = e.strategy();
            if (e.parent() == null) {
                return !(strategy.equals("TABLE_PER_CLASS") && e.cls().isAbstract() && hasSubclasses(e));
            }
            return !strategy.equals("SINGLE_TABLE");
        }

        /** The table an entity's own row lives in (a SINGLE_TABLE subclass: its root's); null for an abstract TABLE_PER_CLASS root. */
        JpaTable tableOf(Entity e) {
            JpaTable own = tables.get(e.cls().getName());
            if (own != null || e.parent() == null || !e.strategy().equals("SINGLE_TABLE")) {
                return own;
            }
            return tableOf(e.parent());
        }

        /** The key columns other tables reference: a JOINED subclass's own (renamed by {@code @PrimaryKeyJoinColumn}), else the root's. */
        List<KeyColumn> keysOf(Entity e) {
            if (e.parent() != null && e.strategy().equals("JOINED")) {
                return inheritance.joinedKeys(e, keysOf(e.parent()));
            }
            Entity root = e.root();
            List<KeyColumn> known = keys.get(root.cls().getName());
            if (known == null) { // not computeIfAbsent: a derived key asks for its targets' keys first
                known = JpaDerivedIds.isDerived(root) ? derivedIds.keys(root) : columns.keys(root);
                keys.put(root.cls().getName(), known);
            }
            return known;
        }

        /** A non-key basic column of an entity's table by its SQL name, as a referenced column. */
        KeyColumn column(Entity target, String sql) {
            for (Entity e = target; e != null; e = e.parent()) {
                for (Attribute a : e.attributes()) {
                    for (JpaColumns.Leaf leaf : columns.leaves(e, a, a.name(), Map.of())) {
                        JpaName name = naming.physicalColumn(columns.columnName(leaf));
                        if (!isAssociation(a) && name.sqlName().equals(sql)) {
                            Col c = columns.column(e, leaf, JpaTable.ATTRIBUTE, false, false);
                            return c == null ? null : new KeyColumn(leaf.path(), columns.columnName(leaf), c.name(), c.type());
                        }
                    }
                }
            }
            return null;
        }

        /** A join or collection table of {@code owner}'s attribute, in {@code @JoinTable}/{@code @CollectionTable(schema)} or public. */
        JpaTable collectionTable(Entity owner, String path, JpaName name, AnnotationInfo annotation) {
            String schema = annotation == null ? "" : JpaAnnotations.string(annotation, "schema", "");
            JpaTable t = new JpaTable(owner.javaName(), name,
                    schema.isEmpty() ? "public" : naming.physicalSchema(JpaName.written(schema)).sqlName());
            for (JpaTable other : tables.values()) {
                if (other.qualified().equals(t.qualified())) {
                    // Hibernate would silently share one table between two collections (or a collection and an entity)
                    problems.add(new Problem(JpaColumns.where(owner, path), "its join or collection table " + t.qualified()
                            + " is also the table of " + other.javaClass + ", and Hibernate would mix both in one table.",
                            "name the table with @JoinTable(name = \"…\") or @CollectionTable(name = \"…\")."));
                    return t; // mapped but not kept: one problem, not two
                }
            }
            tables.put(owner.cls().getName() + "#" + path, t);
            return t;
        }

        private JpaTable newTable(Entity e) {
            AnnotationInfo table = e.jpa("Table");
            String written = JpaAnnotations.string(table, "name", "");
            JpaName logical = table != null && !written.isEmpty() ? JpaName.written(written) : naming.primaryTable(e.entityName());
            String schema = table == null ? "" : JpaAnnotations.string(table, "schema", "");
            JpaTable t = new JpaTable(e.javaName(), naming.physicalTable(logical),
                    schema.isEmpty() ? "public" : naming.physicalSchema(JpaName.written(schema)).sqlName());
            SourceInfo source = e.source();
            t.source = source == null ? null : source.location();
            AnnotationInfo hibernateComment = JpaAnnotations.hibernate(e.cls().getAnnotationInfo(), "Comment");
            String jpaComment = table == null ? "" : JpaAnnotations.string(table, "comment", "");
            t.comment = source != null && source.doc() != null && !source.doc().isBlank() ? source.doc()
                    : hibernateComment != null ? JpaAnnotations.string(hibernateComment, "value", null)
                    : jpaComment.isEmpty() ? null : jpaComment;
            return t;
        }

        void map(Entity e) {
            JpaTable t = tableOf(e);
            if (t == null) {
                return; // abstract TABLE_PER_CLASS root: its attributes land in each subclass's table
            }
            String strategy = e.strategy();
            if (e.parent() == null) {
                keyColumns(e, t);
                attributes(e, e.attributes(), t, JpaTable.ATTRIBUTE, false);
                if (strategy.equals("SINGLE_TABLE") && (hasSubclasses(e) || e.jpa("DiscriminatorColumn") != null)) {
                    inheritance.discriminator(e, t, this);
                }
            } else if (strategy.equals("SINGLE_TABLE")) {
                List<Col> added = t.shared(attributes(e, e.attributes(), t, JpaTable.SUBCLASS + 100 * entities.indexOf(e), false));
                inheritance.subclassCheck(e, t, added);
            } else if (strategy.equals("JOINED")) {
                attributes(e, e.attributes(), t, JpaTable.ATTRIBUTE, false);
                inheritance.joinedKey(e, t, keysOf(e), keysOf(e.parent()), tableOf(e.parent()));
            } else {
                List<Entity> chain = new ArrayList<>();
                for (Entity up = e; up != null; up = up.parent()) {
                    chain.add(0, up);
                }
                keyColumns(e.root(), t);
                for (int i = 0; i < chain.size(); i++) {
                    attributes(chain.get(i), chain.get(i).attributes(), t, JpaTable.ATTRIBUTE + 40 * i, false);
                }
            }
            if (t.javaClass.equals(e.javaName())) {
                JpaConstraints.tableConstraints(e, t, naming, problems);
            }
        }

        private void keyColumns(Entity root, JpaTable t) {
            // not mapped like the other attributes: their dibs annotations are looked at here (once: problems are distinct)
            JpaColumns.idAttributes(root).forEach(a -> JpaRefusals.dibsAnnotation(a, JpaColumns.where(root, a.name()), problems));
            if (JpaDerivedIds.isDerived(root)) {
                for (Attribute a : JpaColumns.idAttributes(root)) { // the key's columns come from associations
                    JpaRefusals.statisticsNotRead(a, JpaColumns.where(root, a.name()), "a derived identifier", problems);
                    if (a.has("EmbeddedId")) {
                        columns.leaves(root, a, a.name(), Map.of()).forEach(leaf -> JpaRefusals.statisticsNotRead(
                                leaf.attribute(), JpaColumns.where(root, leaf.path()), "a derived identifier's field", problems));
                    }
                }
                derivedIds.map(root, t); // associations give the key: their join columns are the key columns
                return;
            }
            List<JpaColumns.Leaf> leaves = columns.keyLeaves(root);
            List<Attribute> ids = JpaColumns.idAttributes(root);
            for (JpaColumns.Leaf leaf : leaves) {
                Col c = columns.column(root, leaf, JpaTable.KEY, false, true);
                if (c == null) {
                    continue;
                }
                if (validation != null && tables.get(root.cls().getName()) == t) { // the root's own table: its id property
                    Attribute top = ids.stream().filter(a -> leaf.path().equals(a.name()) || leaf.path().startsWith(a.name() + "."))
                            .findFirst().orElse(leaf.attribute());
                    c = validation.column(c, top, leaf, false, JpaColumns.where(root, leaf.path()));
                }
                String generation = ids.size() == 1 && leaf.attribute() == ids.get(0)
                        ? sequences.generation(root, ids.get(0), isIntegral(c.type())) : "";
                if (generation.equals("IDENTITY")) {
                    c = new Col(c.member(), c.group(), c.sortKey(), c.name(), c.type(), false, false, null, true, true,
                            c.comment(), null, c.source());
                } else if (generation.equals("TABLE")) {
                    JpaConstraints.tableGenerator(root, ids.get(0), extraTables, naming);
                }
                t.columns.add(c);
                t.statistics(leaf.attribute(), c, JpaColumns.where(root, leaf.path()), problems);
                t.collation(leaf.attribute(), c, JpaColumns.where(root, leaf.path()), problems);
            }
            if (leaves.isEmpty() && ids.isEmpty()) {
                problems.add(new Problem(root.javaName(), "the entity has no @Id or @EmbeddedId.",
                        "annotate its identifier field (or, with property access, its getter) with @Id."));
            }
        }

        /** Maps the non-key attributes into {@code t}; returns the columns added. */
        List<Col> attributes(Entity e, List<Attribute> attributes, JpaTable t, int group, boolean forceNullable) {
            List<Col> added = new ArrayList<>();
            List<String> naturalId = new ArrayList<>();
            List<String> levels = attributes.stream().map(Attribute::declaringClass).distinct().toList();
            for (Attribute a : attributes) {
                int level = group + 2 * levels.indexOf(a.declaringClass());
                if (a.has("MapsId")) { // its column is the key's, mapped with the key
                    JpaRefusals.dibsAnnotation(a, JpaColumns.where(e, a.name()), problems);
                    JpaRefusals.statisticsNotRead(a, JpaColumns.where(e, a.name()), "a @MapsId association", problems);
                }
                if (a.has("Id") || a.has("EmbeddedId") || a.has("MapsId")) {
                    continue;
                }
                String where = JpaColumns.where(e, a.name());
                if (JpaRefusals.refused(a, where, problems)) {
                    continue;
                }
                if ((a.has("ManyToOne") || a.has("OneToOne")) && a.jpa("JoinTable") != null
                        || a.has("OneToMany") || a.has("ManyToMany") || a.has("ElementCollection")) {
                    JpaRefusals.statisticsNotRead(a, where, "an attribute whose columns are in another table (a collection,"
                            + " a join table, the other entity's table)", problems);
                }
                if ((a.has("ManyToOne") || a.has("OneToOne")) && a.jpa("JoinTable") != null) {
                    toOneJoinTables.map(e, a, a.name()); // its own table: none of this table's columns
                } else if (a.has("ManyToOne") || a.has("OneToOne")) {
                    List<Col> cols = associations.toOne(e, a, a.name(), t, level + 1, forceNullable);
                    if (validation != null) {
                        List<Col> validated = validation.joinColumns(cols, a, singleTableSubclass(e));
                        for (int i = 0; i < cols.size(); i++) {
                            t.columns.set(t.columns.indexOf(cols.get(i)), validated.get(i));
                        }
                        cols = validated;
                    }
                    cols.forEach(c -> t.rename(a, c));
                    cols.forEach(c -> t.statistics(a, c, where, problems));
                    if (!cols.isEmpty()) { // without join columns of its own, statisticsNotRead below says it
                        JpaRefusals.collationNotRead(a, where, "a to-one association", problems);
                    }
                    if (cols.isEmpty()) {
                        JpaRefusals.statisticsNotRead(a, where, "a to-one without a join column of its own (mappedBy, a shared"
                                + " key)", problems);
                    }
                    added.addAll(cols);
                } else if (a.has("OneToMany") || a.has("ManyToMany") || a.has("ElementCollection")) {
                    collections.map(e, a, a.name());
                } else {
                    List<JpaColumns.Leaf> toOnes = new ArrayList<>(); // associations inside an embedded value
                    for (JpaColumns.Leaf leaf : columns.leaves(e, a, a.name(), Map.of(), toOnes)) {
                        Col c = columns.column(e, leaf, level, forceNullable, false);
                        if (c != null && validation != null) {
                            c = validation.column(c, a, leaf, singleTableSubclass(e), JpaColumns.where(e, leaf.path()));
                        }
                        if (c != null) {
                            t.columns.add(c);
                            added.add(c);
                            t.rename(leaf.attribute(), c);
                            t.statistics(leaf.attribute(), c, JpaColumns.where(e, leaf.path()), problems);
                            t.collation(leaf.attribute(), c, JpaColumns.where(e, leaf.path()), problems);
                            if (a.hibernate("NaturalId") != null) {
                                naturalId.add(c.ident());
                            }
                        }
                    }
                    for (JpaColumns.Leaf inner : toOnes) { // join columns named after the association alone, as Hibernate names them
                        List<Col> joins = associations.toOne(e, inner.attribute(), inner.path(), t, level + 1, forceNullable);
                        joins.forEach(c -> t.statistics(inner.attribute(), c, JpaColumns.where(e, inner.path()), problems));
                        JpaRefusals.collationNotRead(inner.attribute(), JpaColumns.where(e, inner.path()), "a to-one association",
                                problems);
                        added.addAll(joins);
                    }
                }
                AnnotationInfo check = a.hibernate("Check");
                if (check != null) { // Hibernate's column check: its own name or PostgreSQL's
                    String name = JpaAnnotations.string(check, "name", "");
                    t.checks.add(new dev.dibs.engine.load.TableDraft.CheckSpec(JpaAnnotations.string(check, "constraints", ""),
                            name.isEmpty() ? "" : JpaName.written(name).sqlName()));
                }
            }
            if (!naturalId.isEmpty()) { // Hibernate makes the natural id one unnamed unique constraint
                t.uniques.add(new dev.dibs.engine.load.TableDraft.UniqueSpec(null, String.join(", ", naturalId), ""));
            }
            return added;
        }
    }

    /** Hibernate leaves a SINGLE_TABLE subclass's columns nullable whatever Bean Validation says. */
    private static boolean singleTableSubclass(Entity e) {
        return e.parent() != null && e.strategy().equals("SINGLE_TABLE");
    }

    static boolean isAssociation(Attribute a) {
        return a.has("ManyToOne") || a.has("OneToOne") || a.has("OneToMany") || a.has("ManyToMany") || a.has("ElementCollection");
    }

    static boolean isIntegral(PgType type) {
        return type != null && List.of("bigint", "integer", "smallint", "numeric").contains(type.name());
    }
}
