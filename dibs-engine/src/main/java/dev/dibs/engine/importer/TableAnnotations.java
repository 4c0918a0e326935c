package dev.dibs.engine.importer;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.naming.ExpressionNames;
import dev.dibs.engine.naming.PostgresNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A table's constraints, indexes and options as annotations: on the column's component where one
 * column says it all ({@code @Unique}, {@code @Index}, {@code @References}), else on the class.
 * A name is written only where it is not the one PostgreSQL (and so the loader) gives by default.
 */
final class TableAnnotations {

    private final Table table;
    private final TableSource source;
    private final String tableName;
    private final List<String> out = new ArrayList<>();

    TableAnnotations(Table table, TableSource source) {
        this.table = table;
        this.source = source;
        this.tableName = table.name().name();
    }

    List<String> classAnnotations() {
        table();
        uniques();
        for (Index i : table.indexes()) {
            index(i);
        }
        for (ForeignKey f : table.foreignKeys()) {
            foreignKey(f);
        }
        checks();
        for (Exclusion x : table.exclusions()) {
            String value = x.definition().startsWith("EXCLUDE ") ? x.definition().substring("EXCLUDE ".length()) : x.definition();
            add(new AnnotationText("Exclusion").required("name", x.name()).requiredSql("value", value), "Exclusion");
        }
        for (Partition p : table.options().partitionsParentsFirst()) {
            add(new AnnotationText("Partition").required("name", p.name()).string("of", p.of()).requiredSql("bound", p.bound())
                    .sql("partitionBy", p.partitionBy()), "Partition");
        }
        return out;
    }

    private void add(AnnotationText a, String simpleName) {
        out.add(a.text());
        source.imports.add("dev.dibs." + simpleName);
    }

    private void table() {
        TableOptions o = table.options();
        AnnotationText a = new AnnotationText("Table").required("value", tableName);
        if (!table.name().schema().equals("public")) {
            a.required("schema", table.name().schema());
        }
        a.flag("unlogged", o.unlogged()).string("with", AnnotationText.storage(o.storage())).sql("partitionBy", o.partitionBy());
        List<String> parents = new ArrayList<>();
        for (QualifiedName p : o.inherits()) { // @Table(inherits) reads "schema.table" at the first dot
            if (p.schema().equals(table.name().schema()) && !p.name().contains(".")) {
                parents.add(p.name());
            } else if (p.schema().contains(".")) {
                source.problem(null, "it inherits from " + p + ", whose schema's name holds a dot, which @Table(inherits) cannot"
                        + " name: rename that schema (ALTER SCHEMA … RENAME TO), then import again");
            } else {
                parents.add(p.schema() + "." + p.name());
            }
        }
        a.strings("inherits", parents);
        if (o.rowSecurity() || o.forceRowSecurity()) {
            a.constant("rowLevelSecurity", "RowLevelSecurity", o.forceRowSecurity() ? "FORCED" : "ENABLED", "");
            source.imports.add("dev.dibs.RowLevelSecurity");
        }
        if (o.forceRowSecurity() && !o.rowSecurity()) {
            source.problem(null, "row-level security is forced but not enabled, which @Table(rowLevelSecurity) cannot say");
        }
        add(a, "Table");
    }

    private void uniques() {
        List<UniqueConstraint> written = new ArrayList<>();
        for (UniqueConstraint u : table.uniques()) {
            String repeats = u.sameKeyAmong(table.primaryKey(), written);
            if (repeats != null) { // made by ALTER TABLE: a CREATE TABLE, the loader's scratch build's, keeps only one of two
                source.problem(null, "unique constraint " + u.name() + " repeats " + repeats + " (the same columns and options),"
                        + " which a CREATE TABLE cannot hold twice: drop one of them from the database (ALTER TABLE " + tableName
                        + " DROP CONSTRAINT " + u.name() + ": the other keeps the rows unique), then import again");
                continue;
            }
            written.add(u);
            List<String> parts = new ArrayList<>(u.columns());
            parts.addAll(u.include());
            String name = u.name().equals(new PostgresNames().unique(tableName, parts)) ? "" : u.name();
            boolean onMember = u.columns().size() == 1 && !source.memberHas(u.columns().get(0), "Unique");
            AnnotationText a = new AnnotationText(onMember ? "Unique" : "UniqueConstraint");
            if (!onMember) {
                a.required("columns", AnnotationText.columns(u.columns()));
            }
            a.string("name", name).flag("nullsNotDistinct", u.nullsNotDistinct())
                    .string("include", AnnotationText.columns(u.include())).string("with", AnnotationText.storage(u.options()));
            source.deferrable(a, u.deferrability());
            if (onMember) {
                source.onMember(u.columns().get(0), a, "Unique");
            } else {
                add(a, "UniqueConstraint");
            }
        }
    }

    private void index(Index i) {
        List<String> parts = new ArrayList<>();
        List<String> keys = new ArrayList<>();
        for (IndexKey k : i.keys()) {
            parts.add(k.isExpression() ? ExpressionNames.indexExpressionName(k.expression()) : k.column());
            keys.add(key(k));
        }
        parts.addAll(i.include());
        String name = i.name().equals(new PostgresNames().index(tableName, parts)) ? "" : i.name();
        IndexKey only = i.keys().size() == 1 ? i.keys().get(0) : null;
        boolean onMember = only != null && !only.isExpression() && only.opclass() == null && only.collation() == null
                && !only.descending() && !only.nullsFirst();
        AnnotationText a = new AnnotationText("Index");
        if (!onMember) {
            a.requiredSql("columns", String.join(", ", keys));
        }
        a.flag("unique", i.unique()).sql("where", i.predicate() == null ? null : JavaText.unwrapped(i.predicate()))
                .string("using", i.method().equals("btree") ? "" : i.method())
                .string("include", AnnotationText.columns(i.include())).string("name", name)
                .flag("nullsNotDistinct", i.nullsNotDistinct()).string("with", AnnotationText.storage(i.options()))
                .string("comment", i.comment());
        if (onMember) {
            source.onMember(only.column(), a, "Index");
        } else {
            add(a, "Index");
        }
    }

    /** One key as {@code @Index(columns)} reads it: name or (expression), then COLLATE, operator class, order, nulls. */
    private static String key(IndexKey k) {
        StringBuilder s = new StringBuilder(k.isExpression() ? "(" + k.expression() + ")" : AnnotationText.column(k.column()));
        if (k.collation() != null) {
            s.append(" COLLATE ").append(k.collation());
        }
        if (k.opclass() != null) {
            s.append(' ').append(k.opclass());
        }
        if (k.descending()) {
            s.append(" DESC");
        }
        if (k.nullsFirst() != k.descending()) {
            s.append(k.nullsFirst() ? " NULLS FIRST" : " NULLS LAST");
        }
        return s.toString();
    }

    private void foreignKey(ForeignKey f) {
        String column = f.columns().get(0);
        if (!f.enforced()) {
            source.problem(null, "its foreign key " + f.name() + " is NOT ENFORCED, which no annotation can say (enforce it"
                    + " first: ALTER TABLE … ALTER CONSTRAINT " + f.name() + " ENFORCED, which checks every row)");
        }
        if (source.tableNames().stream().noneMatch(f.referencedTable()::equals)) {
            source.problem(null, "its foreign key " + f.name() + " references " + f.referencedTable()
                    + ", which is not in the managed schemas, and @References and @ForeignKey reference @Table classes"
                    + " (manage its schema too, or drop the key)");
            return;
        }
        String target = f.referencedTable().name();
        if (!plainReference(target) || !plainReference(f.referencedTable().schema())) {
            source.problem(null, "its foreign key " + f.name() + " references " + f.referencedTable()
                    + ", a name @References and @ForeignKey cannot spell (it holds '.', '(' or ')', or white space at an end)");
            return;
        }
        String qualified = f.referencedTable().schema().equals(table.name().schema()) ? target
                : f.referencedTable().schema() + "." + target;
        String name = f.name().equals(new PostgresNames().foreignKey(tableName, f.columns())) && !source.sharedName(f.name()) ? "" : f.name();
        boolean onMember = f.columns().size() == 1 && plainReference(f.referencedColumns().get(0))
                && !source.memberHas(column, "References") && f.onDeleteSet().isEmpty();
        AnnotationText a;
        if (onMember) {
            a = new AnnotationText("References").required("value", qualified + "." + f.referencedColumns().get(0));
        } else {
            a = new AnnotationText("ForeignKey").required("columns", AnnotationText.columns(f.columns()))
                    .required("references", qualified + "(" + AnnotationText.columns(f.referencedColumns()) + ")");
        }
        action(a, "onDelete", f.onDelete());
        if (!f.onDeleteSet().isEmpty()) { // @ForeignKey: the columns ON DELETE sets, some of the key's
            a.string("onDeleteSet", AnnotationText.columns(f.onDeleteSet()));
        }
        action(a, "onUpdate", f.onUpdate());
        source.deferrable(a, f.deferrability());
        a.string("name", name);
        a.unlessTrue("validate", f.validated() || !f.enforced()); // NOT VALID: its old rows were never checked
        if (onMember) {
            source.onMember(column, a, "References");
        } else {
            add(a, "ForeignKey");
        }
    }

    private void action(AnnotationText a, String attribute, ReferentialAction action) {
        if (action != ReferentialAction.NO_ACTION) {
            a.constant(attribute, "Action", action.name(), "NO_ACTION");
            source.imports.add("dev.dibs.Action");
        }
    }

    /** A name the loader's {@code "table.column"} and {@code "schema.table(…)"} splitting keeps whole. */
    private static boolean plainReference(String name) {
        return !name.isEmpty() && name.equals(name.strip()) && name.chars().noneMatch(c -> c == '.' || c == '(' || c == ')');
    }

    private void checks() {
        List<String> columns = table.columns().stream().map(Column::name).toList();
        for (Check c : table.checks()) {
            if (!c.enforced()) {
                source.problem(null, "its check " + c.name() + " is NOT ENFORCED, which @Check cannot say (drop it and add it"
                        + " again enforced: ALTER TABLE … DROP CONSTRAINT, then ADD CONSTRAINT … CHECK (…), which checks every row)");
            }
            Set<String> used = ExpressionNames.referencedColumns(c.expression(), columns);
            String byDefault = new PostgresNames().check(tableName, used.size() == 1 ? used.iterator().next() : null);
            boolean implied = c.name().equals(byDefault) && !source.sharedName(c.name());
            add(new AnnotationText("Check").requiredSql("value", JavaText.unwrapped(c.expression())).string("name", implied ? "" : c.name())
                    .flag("noInherit", c.noInherit()).unlessTrue("validate", c.validated() || !c.enforced()), "Check");
        }
    }
}
