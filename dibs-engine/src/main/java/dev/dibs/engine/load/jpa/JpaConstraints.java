package dev.dibs.engine.load.jpa;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TableDraft;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.load.jpa.EntityScan.Attribute;
import dev.dibs.engine.load.jpa.EntityScan.Entity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import io.github.classgraph.AnnotationInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The table-level constraints an entity class declares: {@code @Table(uniqueConstraints, indexes)}
 * and Hibernate's {@code @Check}; and the TABLE generator's table. An unnamed unique constraint is
 * left to PostgreSQL's naming (Hibernate writes it inline and unnamed); an unnamed index gets
 * Hibernate's {@code IDX} hash of the column names as written.
 */
final class JpaConstraints {

    private JpaConstraints() {
    }

    static void tableConstraints(Entity e, JpaTable t, JpaNaming naming, List<Problem> problems) {
        AnnotationInfo table = e.jpa("Table");
        List<UniqueSpec> fromIndexes = new ArrayList<>();
        for (AnnotationInfo u : JpaAnnotations.nested(table, "uniqueConstraints")) {
            List<String> cols = JpaAnnotations.strings(u, "columnNames").stream()
                    .map(c -> Identifiers.quote(naming.physicalColumn(JpaName.written(c)).sqlName())).toList();
            t.uniques.add(UniqueSpec.hibernate(String.join(", ", cols), sqlName(JpaAnnotations.string(u, "name", ""))));
        }
        for (AnnotationInfo i : JpaAnnotations.nested(table, "indexes")) {
            String list = JpaAnnotations.string(i, "columnList", "");
            List<JpaName> written = new ArrayList<>();
            List<String> keys = new ArrayList<>();
            for (String token : list.split(",")) {
                String s = token.trim();
                String order = "";
                String lower = s.toLowerCase(Locale.ROOT);
                if (lower.endsWith(" asc") || lower.endsWith(" desc")) {
                    order = lower.endsWith(" asc") ? "" : " DESC";
                    s = s.substring(0, s.lastIndexOf(' ')).trim();
                }
                written.add(JpaName.written(s));
                keys.add(Identifiers.quote(naming.physicalColumn(JpaName.written(s)).sqlName()) + order);
            }
            String name = sqlName(JpaAnnotations.string(i, "name", ""));
            if (JpaAnnotations.bool(i, "unique", false)) {
                // Hibernate writes a unique @Index as a unique constraint in create table
                fromIndexes.add(UniqueSpec.hibernate(String.join(", ", keys), name));
            } else {
                t.indexes.add(new IndexSpec(null, String.join(", ", keys), false, "", "", "",
                        name.isEmpty() ? JpaName.of(naming.indexName(t.name, written)).sqlName() : name, false, "", ""));
            }
        }
        t.uniques.addAll(fromIndexes);
        List<AnnotationInfo> checks = new ArrayList<>();
        for (AnnotationInfo info : e.cls().getAnnotationInfo()) {
            if (info.getName().equals(JpaAnnotations.HIBERNATE + "Check")) {
                checks.add(info);
            } else if (info.getName().equals(JpaAnnotations.HIBERNATE + "Checks")) {
                checks.addAll(JpaAnnotations.nested(info, "value"));
            }
        }
        for (AnnotationInfo c : checks) {
            t.checks.add(new CheckSpec(JpaAnnotations.string(c, "constraints", ""), sqlName(JpaAnnotations.string(c, "name", ""))));
        }
        mixins(e, t, problems);
    }

    /**
     * dibs annotations on the entity class: {@code @RenamedFrom} (the table's old name) and
     * {@code @Check} (a check Hibernate cannot say) are read; any other says what JPA says, and is refused.
     */
    private static void mixins(Entity e, JpaTable t, List<Problem> problems) {
        if (e.jpa("SecondaryTable") != null || e.jpa("SecondaryTables") != null) {
            problems.add(new Problem(e.javaName(), "@SecondaryTable splits the entity over two tables, which dibs does not support.",
                    "keep this entity out of dibs's scan (the packages parameter)."));
        }
        for (AnnotationInfo info : e.cls().getAnnotationInfo()) {
            String name = info.getName();
            if (name.equals("dev.dibs.RenamedFrom")) {
                t.renamedFrom = JpaAnnotations.string(info, "value", "");
            } else if (name.equals("dev.dibs.Check")) {
                t.checks.add(dibsCheck(info));
            } else if (name.equals("dev.dibs.Check$List")) {
                JpaAnnotations.nested(info, "value").forEach(c -> t.checks.add(dibsCheck(c)));
            } else if (name.equals("dev.dibs.Index")) {
                dibsIndex(e, t, info, problems);
            } else if (name.equals("dev.dibs.Index$List")) {
                JpaAnnotations.nested(info, "value").forEach(i -> dibsIndex(e, t, i, problems));
            } else if (name.startsWith("dev.dibs.") && !name.equals("dev.dibs.Table")) { // @Table: IntentLoader says it
                problems.add(new Problem(e.javaName(), "dibs's @" + name.substring("dev.dibs.".length()) + " on a JPA entity: "
                        + "JPA's annotations describe entity tables.", "say it with JPA's @Table (indexes, uniqueConstraints),"
                        + " @JoinColumn or Hibernate's annotations; dibs reads only @RenamedFrom, @Check and @Index on entities."));
            }
        }
    }

    /**
     * dibs's {@code @Index} on an entity, read only where it says what JPA's {@code @Index} cannot
     * (a partial, non-btree, covering, NULLS NOT DISTINCT, with-options or commented index); its
     * columns name SQL columns or attribute paths.
     */
    private static void dibsIndex(Entity e, JpaTable t, AnnotationInfo i, List<Problem> problems) {
        String where = JpaAnnotations.string(i, "where", "");
        String using = JpaAnnotations.string(i, "using", "btree");
        String include = JpaAnnotations.string(i, "include", "");
        String with = JpaAnnotations.string(i, "with", "");
        String comment = JpaAnnotations.string(i, "comment", "");
        boolean nullsNotDistinct = JpaAnnotations.bool(i, "nullsNotDistinct", false);
        if (where.isBlank() && using.equalsIgnoreCase("btree") && include.isBlank() && with.isBlank() && comment.isBlank()
                && !nullsNotDistinct) {
            problems.add(new Problem(e.javaName(), "dibs's @Index on a JPA entity says only what JPA's @Index says.",
                    "use @Table(indexes = @Index(columnList = \"…\")); dibs's @Index is for where, using, include, with, "
                            + "nullsNotDistinct or comment."));
            return;
        }
        t.indexes.add(new IndexSpec(null, JpaAnnotations.string(i, "columns", ""), JpaAnnotations.bool(i, "unique", false), where,
                using.equals("btree") ? "" : using, include, JpaAnnotations.string(i, "name", ""), nullsNotDistinct, with,
                comment));
    }

    private static CheckSpec dibsCheck(AnnotationInfo info) {
        return new CheckSpec(JpaAnnotations.string(info, "value", ""), JpaAnnotations.string(info, "name", ""),
                JpaAnnotations.bool(info, "noInherit", false), JpaAnnotations.bool(info, "validate", true));
    }

    private static String sqlName(String written) {
        return written.isEmpty() ? "" : JpaName.written(written).sqlName();
    }

    /** The TABLE generator's table ({@code hibernate_sequences} unless {@code @TableGenerator} names another), once. */
    static void tableGenerator(Entity root, Attribute id, List<TableDraft> extra, JpaNaming naming) {
        String generator = JpaAnnotations.string(id.jpa("GeneratedValue"), "generator", "");
        AnnotationInfo tg = null;
        for (AnnotationInfo c : JpaAnnotations.repeated(id.annotations(), "TableGenerator", "TableGenerators")) {
            if (JpaAnnotations.string(c, "name", "").equals(generator)) {
                tg = c;
            }
        }
        for (AnnotationInfo c : JpaAnnotations.repeated(root.cls().getAnnotationInfo(), "TableGenerator", "TableGenerators")) {
            if (tg == null && JpaAnnotations.string(c, "name", "").equals(generator)) {
                tg = c;
            }
        }
        String table = tg == null ? "" : JpaAnnotations.string(tg, "table", "");
        String schema = tg == null ? "" : JpaAnnotations.string(tg, "schema", "");
        String key = tg == null ? "" : JpaAnnotations.string(tg, "pkColumnName", "");
        String value = tg == null ? "" : JpaAnnotations.string(tg, "valueColumnName", "");
        QualifiedName name = new QualifiedName(schema.isEmpty() ? "public" : naming.physicalSchema(JpaName.written(schema)).sqlName(),
                naming.physicalTable(JpaName.written(table.isEmpty() ? "hibernate_sequences" : table)).sqlName());
        if (extra.stream().anyMatch(d -> d.name().equals(name))) {
            return;
        }
        String keyName = naming.physicalColumn(JpaName.written(key.isEmpty() ? "sequence_name" : key)).sqlName();
        String valueName = naming.physicalColumn(JpaName.written(value.isEmpty() ? "next_val" : value)).sqlName();
        String where = root.javaName() + "." + id.name();
        List<ColumnDraft> columns = List.of(
                new ColumnDraft(id.name() + " (@TableGenerator)", keyName, PgType.parse("varchar(255)"), null, false, false, null,
                        false, false, null, false, true, null, null, null),
                new ColumnDraft(id.name() + " (@TableGenerator value)", valueName, PgType.parse("bigint"), null, false, true, null,
                        false, false, null, false, false, null, null, null));
        extra.add(new TableDraft(where, name, columns, true, List.of(), List.of(), List.of(), List.of(), null, null, null));
    }
}
