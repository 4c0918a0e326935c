package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The parents an existing table leaves ({@code NO INHERIT}) and joins ({@code INHERIT}), and the
 * table as its columns' and checks' differ must see it: as the parents' own changes, which
 * PostgreSQL carries down to it, leave it.
 */
final class InheritanceDiffer {

    private InheritanceDiffer() {
    }

    /** The parents both sides have, in an order both keep: the longest common start of the two lists. */
    static List<QualifiedName> kept(Table current, Table desired) {
        List<QualifiedName> from = current.options().inherits();
        List<QualifiedName> to = desired.options().inherits();
        List<QualifiedName> kept = new ArrayList<>();
        // PostgreSQL appends a parent it joins: a parent kept after one that goes keeps its place only if
        // the desired order has it there too, else it is left and joined again
        int i = 0;
        for (QualifiedName p : from) {
            if (!to.contains(p)) {
                continue;
            }
            if (i < to.size() && to.get(i).equals(p)) {
                kept.add(p);
                i++;
            } else {
                break;
            }
        }
        return kept;
    }

    /**
     * {@code current}, a table of {@code now}, after the changes of the parents it keeps reached it:
     * their new columns, and their columns' new types, defaults and NOT NULL; with the checks it gets
     * as its own from the parents it leaves, and without those of the parents it joins (which become theirs).
     */
    static Table expected(Table current, Table desired, Schema now, Schema wanted) {
        if (!current.options().child() && !desired.options().child()) {
            return current;
        }
        List<QualifiedName> kept = kept(current, desired);
        List<Column> columns = new ArrayList<>();
        for (Column c : current.columns()) {
            Column out = c;
            for (QualifiedName p : kept) {
                Column from = now.table(p).flatMap(t -> t.column(c.name())).orElse(null);
                Column to = wanted.table(p).flatMap(t -> t.column(c.name())).orElse(null);
                if (from != null && to != null) {
                    out = Inheritance.carried(c, from, to);
                    break;
                }
            }
            columns.add(out);
        }
        for (QualifiedName p : kept) {
            Table before = now.table(p).orElse(null);
            Table after = wanted.table(p).orElse(null);
            if (before == null || after == null) {
                continue;
            }
            for (Column added : after.columns()) {
                if (before.column(added.name()).isEmpty() && columns.stream().noneMatch(c -> c.name().equals(added.name()))) {
                    columns.add(Inheritance.asInherited(added));
                }
            }
        }
        List<Check> checks = new ArrayList<>(current.checks());
        for (QualifiedName p : current.options().inherits()) {
            if (!kept.contains(p)) { // left: what it gave becomes the table's own
                now.table(p).ifPresent(parent -> parent.checks().stream()
                        .filter(k -> !k.noInherit() && checks.stream().noneMatch(o -> o.name().equals(k.name()))).forEach(checks::add));
            }
        }
        Set<String> joined = joinedChecks(current, desired, wanted);
        checks.removeIf(k -> joined.contains(k.name()));
        return current.withColumns(columns).withChecks(checks);
    }

    /** The names of the checks the parents the table joins give their children. */
    private static Set<String> joinedChecks(Table current, Table desired, Schema wanted) {
        List<QualifiedName> kept = kept(current, desired);
        Set<String> out = new java.util.LinkedHashSet<>();
        for (QualifiedName p : desired.options().inherits()) {
            if (!kept.contains(p)) {
                wanted.table(p).ifPresent(parent -> parent.checks().stream().filter(k -> !k.noInherit()).forEach(k -> out.add(k.name())));
            }
        }
        return out;
    }

    /**
     * {@code NO INHERIT} of each parent {@code current} leaves, {@code INHERIT} of each it joins (in the
     * desired order), and before it the checks the parent gives that the table lacks (it must have
     * them to join; they are the parent's once it has).
     */
    static void diff(Table current, Table desired, Schema now, Schema wanted, List<SchemaChange> out) {
        List<QualifiedName> kept = kept(current, desired);
        for (QualifiedName p : current.options().inherits()) {
            if (!kept.contains(p)) {
                out.add(new SchemaChange.NoInherit(desired.name(), p));
            }
        }
        for (QualifiedName p : desired.options().inherits()) {
            if (kept.contains(p)) {
                continue;
            }
            Table parent = wanted.table(p).orElse(null);
            if (parent != null && !current.options().inherits().contains(p)) { // one left and joined again keeps its checks as its own
                for (Check k : parent.checks()) {
                    if (!k.noInherit() && current.check(k.name()).isEmpty()) {
                        out.add(new SchemaChange.AddCheck(desired.name(), k));
                    }
                }
            }
            out.add(new SchemaChange.Inherit(desired.name(), p));
        }
    }
}
