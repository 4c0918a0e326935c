package dev.dibs.engine.load;

import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code @Table(inherits = …)}: each child draft gets its parents' columns first, as PostgreSQL
 * gives them ({@code CREATE TABLE … INHERITS}), so that its keys, indexes and checks may name them.
 * A parent must be another {@code @Table} of the schema, neither partitioned nor below the child;
 * a field of a parent column's name merges with it and must have its type.
 */
final class InheritedColumns {

    private final List<Problem> problems;

    InheritedColumns(List<Problem> problems) {
        this.problems = problems;
    }

    /** The parents a draft names, resolved (a bare name is in the draft's schema); empty where one is refused. */
    static QualifiedName parentName(TableDraft child, String written) {
        String text = written.trim();
        int dot = text.indexOf('.');
        return dot < 0 ? new QualifiedName(child.name().schema(), text)
                : new QualifiedName(text.substring(0, dot), text.substring(dot + 1));
    }

    /** The drafts, children with their parents' columns; the parents each child names, resolved, by child. */
    Map<QualifiedName, TableDraft> apply(Map<QualifiedName, TableDraft> byName, Map<QualifiedName, List<QualifiedName>> parentsOut) {
        Map<QualifiedName, List<QualifiedName>> parents = new LinkedHashMap<>();
        for (TableDraft d : byName.values()) {
            if (d.inherits().isEmpty()) {
                continue;
            }
            List<QualifiedName> named = new ArrayList<>();
            boolean ok = true;
            for (String written : d.inherits()) {
                QualifiedName p = parentName(d, written);
                TableDraft parent = byName.get(p);
                String shown = "@Table(inherits = \"" + Printable.escape(written) + "\")";
                if (written.isBlank() || p.equals(d.name()) || parent == null) {
                    problems.add(new Problem(d.javaClass(), shown + " names " + (p.equals(d.name()) ? "the table itself" : "no @Table class")
                            + ".", "name another @Table of the schema (\"table\" in this table's schema, or \"schema.table\")."));
                    ok = false;
                } else if (!parent.partitioning().key().isBlank()) {
                    problems.add(new Problem(d.javaClass(), shown + " names the partitioned table " + p
                            + ": PostgreSQL lets no table inherit from one.", "declare it a @Partition of " + p + " instead."));
                    ok = false;
                } else if (named.contains(p)) {
                    problems.add(new Problem(d.javaClass(), shown + " names " + p + " twice.", "name each parent once."));
                    ok = false;
                } else {
                    named.add(p);
                }
            }
            if (!d.partitioning().key().isBlank() || !d.partitioning().partitions().isEmpty()) {
                problems.add(new Problem(d.javaClass(), "a table that inherits from another (@Table(inherits)) cannot be partitioned.",
                        "remove partitionBy and the @Partition annotations, or inherits."));
                ok = false;
            }
            if (ok) {
                parents.put(d.name(), named);
            }
        }
        Map<QualifiedName, TableDraft> out = new LinkedHashMap<>(byName);
        Map<QualifiedName, TableDraft> done = new HashMap<>();
        for (QualifiedName child : parents.keySet()) {
            merged(child, byName, parents, done, new HashSet<>());
        }
        done.forEach(out::put);
        parentsOut.putAll(parents);
        return out;
    }

    /** The draft of {@code name} with its parents' columns, each parent merged first; a loop is refused once. */
    private TableDraft merged(QualifiedName name, Map<QualifiedName, TableDraft> byName, Map<QualifiedName, List<QualifiedName>> parents,
                              Map<QualifiedName, TableDraft> done, Set<QualifiedName> visiting) {
        TableDraft d = byName.get(name);
        if (done.containsKey(name) || !parents.containsKey(name)) {
            return done.getOrDefault(name, d);
        }
        if (!visiting.add(name)) {
            problems.add(new Problem(d.javaClass(), "@Table(inherits) makes " + name + " inherit from itself through " + visiting + ".",
                    "break the loop: a table cannot be below itself."));
            done.put(name, d);
            return d;
        }
        Map<String, ColumnDraft> columns = new LinkedHashMap<>();
        for (QualifiedName p : parents.get(name)) {
            TableDraft parent = merged(p, byName, parents, done, visiting);
            for (ColumnDraft c : parent.columns()) {
                ColumnDraft inherited = inherited(c);
                ColumnDraft other = columns.get(c.name());
                if (other == null) {
                    columns.put(c.name(), inherited);
                } else if (!sameType(other, inherited)) {
                    problems.add(new Problem(d.javaClass(), "two parents give it column " + c.name() + " of different types ("
                            + typeText(other) + ", " + typeText(inherited) + ").", "give the column one type in both parents."));
                }
            }
        }
        List<ColumnDraft> own = new ArrayList<>();
        for (ColumnDraft c : d.columns()) {
            ColumnDraft from = columns.get(c.name());
            if (from == null) {
                own.add(c);
            } else if (!sameType(from, c)) {
                problems.add(new Problem(d.where(c.javaMember()), "column " + c.name() + " is " + typeText(c) + ", but the parent gives it as "
                        + typeText(from) + ": PostgreSQL merges a child's column with its parent's only of the same type.",
                        "give the field the parent's type, or remove it (the child has the parent's column without it)."));
            } else {
                columns.put(c.name(), c); // merged: its own default and NOT NULL
            }
        }
        List<ColumnDraft> all = new ArrayList<>(columns.values());
        all.addAll(own);
        visiting.remove(name);
        TableDraft out = d.withColumns(all);
        done.put(name, out);
        return out;
    }

    /** A parent's column as a child has it: neither key, identity, comment, statistics nor rename; NOT NULL where the parent's key or identity made it so. */
    private static ColumnDraft inherited(ColumnDraft c) {
        boolean nullable = c.nullable() && !c.primaryKey() && !c.identity();
        return new ColumnDraft(c.javaMember(), c.name(), c.type(), c.enumClass(), c.enumArray(), nullable,
                c.identity() ? null : c.defaultExpression(), false, false, c.generatedExpression(), c.virtual(), false, null, null,
                c.source(), "", null, c.collation());
    }

    private static boolean sameType(ColumnDraft a, ColumnDraft b) {
        return a.type() == null || b.type() == null || a.type().equals(b.type()) && java.util.Objects.equals(a.collation(), b.collation());
    }

    private static String typeText(ColumnDraft c) {
        return c.type() == null ? "an unmapped type" : c.type().sql() + (c.collation() == null ? "" : " COLLATE " + c.collation());
    }
}
