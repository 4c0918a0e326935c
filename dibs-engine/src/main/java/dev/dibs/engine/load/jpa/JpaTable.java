package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.ColumnStatistics;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TableDraft;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.SourceLocation;
import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One table being mapped: its columns in Hibernate's DDL order, and its constraints in the order
 * Hibernate writes them in {@code create table}, so the names PostgreSQL gives the unnamed ones
 * ({@code _key}, {@code _check}, {@code _check1}) are the ones dibs predicts.
 */
final class JpaTable {

    /**
     * A column. {@code group} orders the columns as Hibernate's DDL does (discriminator, key, the
     * attributes of each class level from the top, basic and embedded ones before to-one
     * associations, subclass attributes, a JOINED subclass's key last); {@code sortKey} is the
     * attribute path within the group. {@code check} is a column check's expression, or null.
     */
    record Col(String member, int group, String sortKey, JpaName name, PgType type, boolean nullable, boolean unique,
               String check, boolean identity, boolean primaryKey, String comment, String defaultExpression,
               SourceLocation source) {
        String sql() {
            return name.sqlName();
        }

        String ident() {
            return Identifiers.quote(sql());
        }
    }

    static final int DISCRIMINATOR = 0;
    static final int KEY = 1;
    /** Attributes: {@code + 2 * level} for each mapped superclass level down, {@code + 1} for to-one associations. */
    static final int ATTRIBUTE = 100;
    static final int SUBCLASS = 1_000;
    /** The join columns other entities' {@code @OneToMany @JoinColumn} add, after the entity's own. */
    static final int FOREIGN = 100_000_000;
    static final int TRAILING_KEY = 200_000_000;

    final String javaClass;
    final JpaName name;
    final String schema;
    final List<Col> columns = new ArrayList<>();
    final List<UniqueSpec> uniques = new ArrayList<>();
    final List<CheckSpec> checks = new ArrayList<>();
    final List<ForeignKeySpec> foreignKeys = new ArrayList<>();
    final List<IndexSpec> indexes = new ArrayList<>();
    String comment;
    SourceLocation source;
    String renamedFrom;
    /** dibs's {@code @RenamedFrom} on entity members: column SQL name → old name. */
    final java.util.Map<String, String> renames = new java.util.HashMap<>();
    /** dibs's {@code @Column(statistics)} on entity members: column SQL name → statistics target. */
    final java.util.Map<String, Integer> statistics = new java.util.HashMap<>();
    /** Hibernate's {@code @Collate}, or dibs's {@code @Column(collation)}, on basic members: column SQL name → collation name. */
    final java.util.Map<String, String> collations = new java.util.HashMap<>();

    JpaTable(String javaClass, JpaName name, String schema) {
        this.javaClass = javaClass;
        this.name = name;
        this.schema = schema;
    }

    QualifiedName qualified() {
        return new QualifiedName(schema, name.sqlName());
    }

    /** {@code schema.table(a, b)}: a foreign key's target as {@link TableDraft.ForeignKeySpec} writes it. */
    String target(List<String> sqlColumns) {
        return schema + "." + name.sqlName() + "(" + String.join(", ", sqlColumns.stream().map(Identifiers::quote).toList()) + ")";
    }

    boolean hasColumn(String sql) {
        return columns.stream().anyMatch(c -> c.sql().equals(sql));
    }

    List<Col> ordered() {
        return columns.stream().sorted(Comparator.comparingInt(Col::group).thenComparing(Col::sortKey)).toList();
    }

    TableDraft draft() {
        List<Col> ordered = ordered();
        List<ColumnDraft> drafts = new ArrayList<>();
        List<UniqueSpec> allUniques = new ArrayList<>();
        List<CheckSpec> allChecks = new ArrayList<>();
        for (Col c : ordered) {
            drafts.add(new ColumnDraft(c.member(), c.sql(), c.type(), null, false, c.nullable(), c.defaultExpression(),
                    c.identity(), false, null, false, c.primaryKey(), renames.get(c.sql()), c.comment(), c.source(), "",
                    statistics.get(c.sql()), collations.get(c.sql())));
            if (c.unique()) {
                allUniques.add(UniqueSpec.hibernate(c.ident(), ""));
            }
            if (c.check() != null) {
                allChecks.add(new CheckSpec(c.check(), ""));
            }
        }
        allUniques.addAll(uniques);
        allChecks.addAll(checks);
        boolean hasKey = ordered.stream().anyMatch(Col::primaryKey);
        return new TableDraft(javaClass, qualified(), drafts, hasKey, List.copyOf(indexes), allUniques,
                List.copyOf(foreignKeys), allChecks, renamedFrom, comment, source);
    }

    /**
     * SINGLE_TABLE subclasses may map the same column (two siblings' {@code String s}): Hibernate then
     * has it once. A column added again with the same type is dropped from the table (the subclass's
     * not-null check still names it); with another type it stays, and the duplicate is reported.
     */
    List<Col> shared(List<Col> added) {
        for (Col c : added) {
            boolean earlier = columns.stream().anyMatch(o -> o != c && !added.contains(o) && o.sql().equals(c.sql())
                    && o.type().equals(c.type()) && o.group() >= JpaTable.SUBCLASS && o.group() < JpaTable.FOREIGN);
            if (earlier) {
                columns.remove(c);
            }
        }
        return added;
    }

    /**
     * dibs's {@code @Column(statistics = n)} on {@code a} (JPA has no word for a statistics target): the
     * target of column {@code c}, one of the columns {@code a} maps to (a basic attribute's or an
     * embeddable's field's column, an association's join columns). Two attributes giving one column
     * (SINGLE_TABLE siblings) two targets is a problem at the second.
     */
    void statistics(EntityScan.Attribute a, Col c, String where, List<Problem> problems) {
        Integer target = ColumnStatistics.target(where, dibsColumn(a), problems);
        if (target == null) {
            return;
        }
        Integer before = statistics.putIfAbsent(c.sql(), target);
        if (before != null && !before.equals(target)) {
            problems.add(new Problem(where, "@Column(statistics = " + target + ") on column " + c.sql() + ", which another"
                    + " attribute of " + qualified() + " gives statistics = " + before + ".", "give both the same target."));
        }
    }

    /**
     * The collation of basic attribute {@code a}'s column {@code c}: dibs's {@code @Column(collation)},
     * else Hibernate's {@code @Collate} (a name too, which Hibernate quotes); a name dibs cannot write,
     * or the two annotations disagreeing, is a problem.
     */
    void collation(EntityScan.Attribute a, Col c, String where, List<Problem> problems) {
        String dibs = dev.dibs.engine.load.ColumnCollation.of(where, dibsColumn(a), problems);
        io.github.classgraph.AnnotationInfo collate = a == null ? null : a.hibernate("Collate");
        String hibernate = collate == null ? null : HibernateCollate.name(where, JpaAnnotations.string(collate, "value", ""), problems);
        if (dibs != null && hibernate != null && !dibs.equals(hibernate)) {
            problems.add(new Problem(where, "@Column(collation = \"" + dibs + "\") and Hibernate's @Collate name two collations ("
                    + dibs + ", " + hibernate + ").", "keep one of them."));
            return;
        }
        String name = dibs != null ? dibs : hibernate;
        String before = name == null ? null : collations.putIfAbsent(c.sql(), name);
        if (before != null && !before.equals(name)) {
            problems.add(new Problem(where, "the collation " + name + " on column " + c.sql() + ", which another attribute of "
                    + qualified() + " gives the collation " + before + ".", "give both the same collation."));
        }
    }

    /** dibs's {@code @Column} on an attribute, or null. */
    static io.github.classgraph.AnnotationInfo dibsColumn(EntityScan.Attribute a) {
        return a == null || a.annotations() == null ? null : a.annotations().get("dev.dibs.Column");
    }

    /** dibs's {@code @RenamedFrom("old_name")} on a member: its column had that name. */
    void rename(EntityScan.Attribute a, Col c) {
        io.github.classgraph.AnnotationInfo renamed = a.annotations() == null ? null : a.annotations().get("dev.dibs.RenamedFrom");
        if (renamed != null) {
            renames.put(c.sql(), JpaAnnotations.string(renamed, "value", ""));
        }
    }
}
