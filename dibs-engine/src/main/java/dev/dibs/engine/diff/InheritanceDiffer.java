package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.List;

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
        List<Check> checks = new ArrayList<>();
        for (Check k : current.checks()) {
            checks.add(renamedWithParents(k, kept, now, wanted));
        }
        for (QualifiedName p : current.options().inherits()) {
            if (!kept.contains(p)) { // left: what it gave becomes the table's own, but what a parent it keeps gives too
                now.table(p).ifPresent(parent -> Inheritance.checksGiven(parent, now::table).stream()
                        .filter(k -> checks.stream().noneMatch(o -> o.name().equals(k.name())))
                        .filter(k -> !Inheritance.givenNameBy(kept, k.name(), now::table)).forEach(checks::add));
            }
        }
        // one a parent it keeps or joins gives it as it is, merged with its own (declared again, or had
        // to join): the same as the parent's alone unless declared (see Inheritance.gives); one the
        // parent drops or changes stays the table's, to be dropped or changed after the parent's
        checks.removeIf(k -> desired.check(k.name()).isEmpty() && Inheritance.givenByAParent(desired, k, wanted::table));
        return current.withColumns(columns).withChecks(checks);
    }

    /**
     * {@code check} of a child as PostgreSQL leaves it after a parent it keeps renames its check of that
     * name and expression ({@code RENAME CONSTRAINT} reaches the children's, merged ones too), matched as
     * the differ matches the parent's checks.
     */
    private static Check renamedWithParents(Check check, List<QualifiedName> kept, Schema now, Schema wanted) {
        for (QualifiedName p : Inheritance.andAbove(kept, now::table)) { // the parents it keeps and every table above them
            Table before = now.table(p).orElse(null);
            Table after = wanted.table(p).orElse(null);
            if (before == null || after == null || before.check(check.name()).filter(k -> Inheritance.merges(k, check)).isEmpty()) {
                continue;
            }
            var matched = Matching.byDefinitionThenName(before.checks(), after.checks(), Check::name, Check::expression);
            for (var pair : matched.pairs()) {
                if (pair.current().name().equals(check.name()) && !pair.desired().name().equals(check.name())
                        && pair.desired().expression().equals(check.expression()) && pair.desired().enforced() == check.enforced()
                        && !pair.desired().noInherit()) {
                    return check.with(pair.desired().name(), check.expression());
                }
            }
        }
        return check;
    }

    /**
     * For each {@code RENAME COLUMN} and {@code ALTER COLUMN … TYPE} of a table with inheritance
     * children, the same change of each child's copy (PostgreSQL renames and retypes it with the
     * parent's), as the children are now and as {@code expected} has them after: never rendered nor
     * simulated, only for what reads those copies to follow or make way.
     */
    static List<SchemaChange> carriedRetypes(List<SchemaChange> changes, Schema now, java.util.Map<QualifiedName, Table> expected) {
        List<SchemaChange> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.RenameColumn r) { // renamed with the parent's too (now holds the new names)
                for (Table child : Inheritance.below(r.table(), r.to(), now.tables())) {
                    out.add(new SchemaChange.RenameColumn(child.name(), r.from(), r.to()));
                }
                continue;
            }
            if (!(c instanceof SchemaChange.AlterColumn a) || !a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                continue;
            }
            for (Table child : Inheritance.below(a.table(), a.from().name(), now.tables())) {
                Column from = child.column(a.from().name()).orElse(null);
                Column to = expected.containsKey(child.name()) ? expected.get(child.name()).column(a.from().name()).orElse(null) : null;
                if (from != null && to != null && from.typeDiffers(to)) {
                    out.add(new SchemaChange.AlterColumn(child.name(), from, to, java.util.EnumSet.of(SchemaChange.ColumnAspect.TYPE)));
                }
            }
        }
        return out;
    }

    /**
     * A column renamed, retyped or converted to an enum type the plan re-creates, which a table below
     * has from a parent outside its tree too, before and after the plan: refused, PostgreSQL cannot.
     * Not when the plan ends that first: the child leaves the other parent ({@code NO INHERIT}, before
     * any column change), or is dropped, or the other parent drops its column ({@code ONLY}: the
     * child's count of parents goes down) or is dropped; the simulator orders those first.
     */
    static void refuseSharedCopies(List<SchemaChange> changes, Schema now, Schema wanted) {
        if (now.tables().stream().noneMatch(t -> t.options().inherits().size() > 1)) {
            return;
        }
        java.util.Set<String> ended = new java.util.HashSet<>(); // "child|parent" left, tables dropped, "table.column" dropped
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.NoInherit n) {
                ended.add(n.table() + "|" + n.parent());
            } else if (c instanceof SchemaChange.DropTable d) {
                ended.add(d.table().name().toString());
            } else if (c instanceof SchemaChange.DropColumn d) {
                ended.add(d.table() + "." + d.column().name());
            }
        }
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                refuseShared(a.table(), a.from().name(), List.of(a.from().name()), ended, now,
                        "change the type of column " + a.table() + "." + Identifiers.quote(a.from().name()), "alter");
            } else if (c instanceof SchemaChange.RenameColumn r) {
                // now has the new name in the table and its children, the old one in a parent that renames nothing
                refuseShared(r.table(), r.to(), List.of(r.to(), r.from()), ended, now, "rename column " + r.table() + "."
                        + Identifiers.quote(r.from()) + " to " + Identifiers.quote(r.to()), "rename");
            } else if (c instanceof SchemaChange.RecreateEnum e) {
                for (SchemaChange.ColumnRef ref : e.columns()) {
                    if (!ref.carried()) {
                        refuseShared(ref.table(), ref.column(), List.of(ref.column()), ended, now, "convert column " + ref.table() + "."
                                + Identifiers.quote(ref.column()) + " to the re-created enum type " + e.to().name(), "alter");
                    }
                }
            }
        }
    }

    private static void refuseShared(QualifiedName table, String column, List<String> otherNames, java.util.Set<String> ended,
                                     Schema now, String what, String verb) {
        if (Inheritance.sharedCopies(table, column, otherNames, now.tables(), now::table).isEmpty()) {
            return;
        }
        // as the tables are once the plan has ended what it ends first: left parents, dropped tables and columns
        List<Table> after = new ArrayList<>();
        for (Table t : now.tables()) {
            if (ended.contains(t.name().toString())) {
                continue;
            }
            List<QualifiedName> parents = t.options().inherits().stream().filter(p -> !ended.contains(t.name() + "|" + p)).toList();
            List<Column> columns = t.columns().stream().filter(c -> !ended.contains(t.name() + "." + c.name())).toList();
            after.add(t.withColumns(columns).withOptions(t.options().withInherits(parents)));
        }
        Schema then = now.withTables(after);
        List<Inheritance.SharedCopy> shared = Inheritance.sharedCopies(table, column, otherNames, then.tables(), then::table);
        if (!shared.isEmpty()) {
            throw InheritanceRefused.sharedCopy(what, verb, shared);
        }
    }

    /** An identity column added to a table with children (before the plan, or after it): refused, PostgreSQL cannot. */
    static void refuseIdentitiesAddedToParents(List<SchemaChange> changes, Schema now, Schema wanted) {
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.AddColumn a && a.column().isIdentity()) {
                java.util.Set<QualifiedName> children = new java.util.TreeSet<>(java.util.Comparator.comparing(QualifiedName::toString));
                Inheritance.childrenOf(a.table(), now.tables()).forEach(t -> children.add(t.name()));
                Inheritance.childrenOf(a.table(), wanted.tables()).stream().filter(t -> now.table(t.name()).isPresent())
                        .forEach(t -> children.add(t.name()));
                if (!children.isEmpty()) {
                    throw InheritanceRefused.identityAdded(a.table(), a.column().name(), List.copyOf(children));
                }
            }
        }
    }

    /**
     * {@code changes} with {@code standIns} added: call {@link #without} with what this returns to take
     * them out again, also where a differ replaced one by others of the same column (a default change
     * split in two).
     */
    static java.util.Set<SchemaChange> with(List<SchemaChange> changes, List<SchemaChange> standIns) {
        java.util.Set<SchemaChange> before = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        before.addAll(changes);
        changes.addAll(standIns);
        return before;
    }

    /** {@code changes} without the stand-ins {@link #with} added, nor any change of their columns made since that is not among {@code before}. */
    static void without(List<SchemaChange> changes, List<SchemaChange> standIns, java.util.Set<SchemaChange> before) {
        if (standIns.isEmpty()) {
            return;
        }
        java.util.Set<String> columns = new java.util.HashSet<>();
        standIns.stream().filter(SchemaChange.AlterColumn.class::isInstance).map(SchemaChange.AlterColumn.class::cast)
                .forEach(a -> columns.add(a.table() + "." + a.from().name()));
        java.util.Set<SchemaChange> added = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        added.addAll(standIns);
        changes.removeIf(c -> added.contains(c) || !before.contains(c) && c instanceof SchemaChange.AlterColumn a
                && (columns.contains(a.table() + "." + a.from().name()) || columns.contains(a.table() + "." + a.to().name())));
    }

    /**
     * Without a child's {@code ADD COLUMN} of a column a parent it keeps adds in the same plan (a
     * column created again, say: a new generation expression): PostgreSQL adds the parent's to the
     * child, once the child's old copy is gone.
     */
    static void withoutAddsParentsMake(List<SchemaChange> changes, Schema now, Schema wanted) {
        // nor a drop (to add it again) of a column the child has only from a parent's new one: it has none yet
        changes.removeIf(c -> c instanceof SchemaChange.DropColumn d && now.table(d.table())
                .map(t -> t.options().child() && t.column(d.column().name()).isEmpty()).orElse(false));
        java.util.Set<String> added = new java.util.HashSet<>();
        changes.stream().filter(SchemaChange.AddColumn.class::isInstance).map(SchemaChange.AddColumn.class::cast)
                .forEach(a -> added.add(a.table() + "." + a.column().name()));
        if (added.isEmpty()) {
            return;
        }
        changes.removeIf(c -> c instanceof SchemaChange.AddColumn a && now.table(a.table()).isPresent()
                && wanted.table(a.table()).map(child -> now.table(a.table()).map(current -> kept(current, child)).orElse(List.of())
                        .stream().anyMatch(p -> added.contains(p + "." + a.column().name()))).orElse(false));
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
                for (Check k : Inheritance.checksGiven(parent, wanted::table)) {
                    // one of the name but another definition is dropped first (the table's own, not declared);
                    // one the table declares is added by the constraints' differ
                    if (current.check(k.name()).filter(o -> Inheritance.merges(k, o)).isEmpty() && desired.check(k.name()).isEmpty()) {
                        out.add(new SchemaChange.AddCheck(desired.name(), k));
                    }
                }
            }
            out.add(new SchemaChange.Inherit(desired.name(), p));
        }
    }

    /**
     * Before a parent drops a column that owns its sequence ({@code serial}), which drops the sequence
     * with it: {@code DROP DEFAULT} of each descendant's copy the plan drops too whose default calls that
     * sequence (PostgreSQL copied the parent's default, and refuses to drop a sequence a default calls;
     * the copy is the parent's until the parent's goes, so it cannot be dropped first). A copy the plan
     * keeps gets the default it declares, which cannot call a sequence that goes.
     */
    static void defaultsOffDroppedSequences(List<SchemaChange> changes, Schema now) {
        java.util.Set<String> dropped = new java.util.HashSet<>();
        java.util.Set<String> defaulted = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropColumn d) {
                dropped.add(d.table() + "." + d.column().name());
            } else if (c instanceof SchemaChange.AlterColumn a && a.aspects().contains(SchemaChange.ColumnAspect.DEFAULT)) {
                defaulted.add(a.table() + "." + a.from().name());
            }
        }
        List<SchemaChange> added = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (!(c instanceof SchemaChange.DropColumn d)) {
                continue;
            }
            QualifiedName sequence = ColumnSequences.name(d.table(), d.column());
            if (sequence == null || now.sequences().stream().anyMatch(q -> q.name().equals(sequence))) {
                continue; // not the column's own: a sequence of its own stays
            }
            for (Table t : Inheritance.below(d.table(), d.column().name(), now.tables())) {
                Column copy = t.column(d.column().name()).orElseThrow();
                String key = t.name() + "." + copy.name();
                if (dropped.contains(key) && defaulted.add(key) && SequenceCalls.nextvalTargets(copy.defaultExpression()).contains(sequence)) {
                    added.add(new SchemaChange.AlterColumn(t.name(), copy, copy.withDefault(null),
                            java.util.EnumSet.of(SchemaChange.ColumnAspect.DEFAULT)));
                }
            }
        }
        changes.addAll(added);
    }

    /**
     * For each check the plan drops from a table with children to add it back around another change
     * (a re-created enum or function it reads), the drop of each descendant's copy merged with it,
     * after it: PostgreSQL leaves that copy as the descendant's own, still reading what the parent's
     * made way for, and the parent's comes back to it without it. Only copies the differ hid (the
     * descendant stays and does not declare the check, as {@link #expected} has it), none another
     * parent gives too (PostgreSQL keeps that one inherited), none the differ drops or renames already.
     * A check dropped for good needs none: the expected descendant keeps its copy, which the differ drops.
     */
    static void mergedCopiesFollow(List<SchemaChange> changes, Schema now, Schema wanted) {
        if (now.tables().stream().noneMatch(t -> t.options().child())) {
            return;
        }
        underOldNames(changes, now, wanted);
        java.util.Set<String> handled = new java.util.HashSet<>();
        java.util.Set<String> readded = new java.util.HashSet<>();
        java.util.Set<String> droppedHere = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropCheck d) {
                handled.add(d.table() + "." + d.check().name());
                droppedHere.add(d.table() + "." + d.check().name());
            } else if (c instanceof SchemaChange.RenameConstraint r) {
                handled.add(r.table() + "." + r.from());
            } else if (c instanceof SchemaChange.AddCheck a) {
                readded.add(a.table() + "." + a.check().name());
            }
        }
        List<SchemaChange> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (!(c instanceof SchemaChange.DropCheck d) || d.check().noInherit()
                    || !readded.contains(d.table() + "." + d.check().name()) && !readdedRenamed(d, readded, now, wanted)) {
                continue;
            }
            List<Table> below = Inheritance.descendants(d.table(), now.tables());
            java.util.Set<QualifiedName> tree = new java.util.HashSet<>();
            tree.add(d.table());
            below.forEach(t -> tree.add(t.name()));
            for (Table t : below) {
                Check own = t.check(d.check().name()).orElse(null);
                Table desired = wanted.table(t.name()).orElse(null);
                if (own == null || desired == null || desired.check(own.name()).isPresent() || !Inheritance.merges(d.check(), own)
                        || handled.contains(t.name() + "." + own.name())) {
                    continue;
                }
                // another parent (or a table above it) that keeps giving it: PostgreSQL keeps the copy inherited
                boolean elsewhere = t.options().inherits().stream().filter(p -> !tree.contains(p))
                        .anyMatch(p -> keptAbove(List.of(p), own.name(), k -> !k.noInherit(), now, droppedHere));
                if (!elsewhere && handled.add(t.name() + "." + own.name())) {
                    out.add(new SchemaChange.DropCheck(t.name(), own));
                }
            }
        }
        changes.addAll(out);
    }

    /**
     * For each column a parent retypes, the drop of each check of its own that a child the plan drops
     * has on its copy, and of each of its indexes that reads the copy other than by a plain key, before
     * the retype: PostgreSQL retypes the child's copy with the parent's (the child goes only later, after
     * what still uses it), checks the child's checks again and builds its indexes again under the new
     * type, which one written for the old type refuses ({@code c >= 0}, {@code (c + 1)}, {@code int4_ops}
     * on a column that becomes an enum). Not a copy merged with a parent's check the plan keeps: that one
     * is checked as the parent's is.
     */
    static void partsOffDroppedChildren(List<SchemaChange> changes, Schema now) {
        java.util.Set<QualifiedName> droppedTables = new java.util.HashSet<>();
        java.util.Set<String> droppedChecks = new java.util.HashSet<>();
        java.util.Set<String> droppedIndexes = new java.util.HashSet<>();
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropTable d) {
                droppedTables.add(d.table().name());
            } else if (c instanceof SchemaChange.DropCheck d) {
                droppedChecks.add(d.table() + "." + d.check().name());
            } else if (c instanceof SchemaChange.DropIndex d) {
                droppedIndexes.add(d.table() + "." + d.index().name());
            }
        }
        if (droppedTables.isEmpty()) {
            return;
        }
        List<SchemaChange> out = new ArrayList<>();
        for (SchemaChange c : changes) {
            if (!(c instanceof SchemaChange.AlterColumn a) || !a.aspects().contains(SchemaChange.ColumnAspect.TYPE)) {
                continue;
            }
            for (Table child : Inheritance.below(a.table(), a.from().name(), now.tables())) {
                if (!droppedTables.contains(child.name())) {
                    continue;
                }
                for (Check k : child.checks()) {
                    if (droppedChecks.contains(child.name() + "." + k.name())
                            || !dev.dibs.engine.naming.ExpressionNames.reads(k.expression(), List.of(a.from().name()))
                            || keptAbove(child.options().inherits(), k.name(), given -> Inheritance.merges(given, k), now, droppedChecks)) {
                        continue;
                    }
                    droppedChecks.add(child.name() + "." + k.name());
                    out.add(new SchemaChange.DropCheck(child.name(), k));
                }
                for (dev.dibs.engine.model.Index i : child.indexes()) {
                    if (!droppedIndexes.contains(child.name() + "." + i.name()) && readsBeyondAPlainKey(i, a.from().name())) {
                        droppedIndexes.add(child.name() + "." + i.name());
                        out.add(new SchemaChange.DropIndex(child.name(), i));
                    }
                }
            }
        }
        changes.addAll(out);
    }

    /** Whether {@code index} reads {@code column} in an expression, its predicate, or as a key of its own class or collation. */
    private static boolean readsBeyondAPlainKey(dev.dibs.engine.model.Index index, String column) {
        List<String> columns = List.of(column);
        return dev.dibs.engine.naming.ExpressionNames.reads(index.predicate(), columns) || index.keys().stream().anyMatch(k -> k.isExpression()
                ? dev.dibs.engine.naming.ExpressionNames.reads(k.expression(), columns)
                : k.column().equals(column) && (k.opclass() != null || k.collation() != null));
    }

    /**
     * Whether one of {@code start} or a table above them has a check {@code name} that {@code matching}
     * accepts and the plan does not drop ({@code dropped}: table and check names), as {@code now} has them.
     */
    private static boolean keptAbove(List<QualifiedName> start, String name, java.util.function.Predicate<Check> matching, Schema now,
                                     java.util.Set<String> dropped) {
        for (QualifiedName above : Inheritance.andAbove(start, now::table)) {
            if (now.table(above).flatMap(t -> t.check(name)).filter(matching).isPresent() && !dropped.contains(above + "." + name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A descendant's copy of a parent's check that the differ matched to a new name, when the parent's
     * is dropped under its old name and added under the new one (around an enum or function the plan
     * re-creates) rather than renamed: {@link #expected} had the copy renamed with it, and a differ
     * that takes the copy around too dropped it under the new name, which the database never gets —
     * dropped under the name it has.
     */
    private static void underOldNames(List<SchemaChange> changes, Schema now, Schema wanted) {
        java.util.Map<String, SchemaChange.DropCheck> renamedAround = new java.util.HashMap<>(); // "parent.new" -> the parent's drop
        java.util.Set<String> added = new java.util.HashSet<>();
        changes.stream().filter(SchemaChange.AddCheck.class::isInstance).map(SchemaChange.AddCheck.class::cast)
                .forEach(a -> added.add(a.table() + "." + a.check().name()));
        for (SchemaChange c : changes) {
            if (c instanceof SchemaChange.DropCheck d) {
                String to = renamedTo(d, now, wanted);
                if (to != null && added.contains(d.table() + "." + to)) {
                    renamedAround.put(d.table() + "." + to, d);
                }
            }
        }
        if (renamedAround.isEmpty()) {
            return;
        }
        for (int i = 0; i < changes.size(); i++) {
            if (!(changes.get(i) instanceof SchemaChange.DropCheck d)) {
                continue;
            }
            Table t = now.table(d.table()).orElse(null);
            if (t == null || t.check(d.check().name()).isPresent()) {
                continue; // a check the table has under that name
            }
            for (QualifiedName above : Inheritance.andAbove(t.options().inherits(), now::table)) {
                SchemaChange.DropCheck parents = renamedAround.get(above + "." + d.check().name());
                Check old = parents == null ? null : t.check(parents.check().name()).orElse(null);
                if (old != null && Inheritance.merges(parents.check(), old)) {
                    changes.set(i, new SchemaChange.DropCheck(d.table(), old));
                    break;
                }
            }
        }
    }

    /** Whether the check {@code drop} takes off comes back under the name the differ matched it to (see {@link #renamedTo}). */
    private static boolean readdedRenamed(SchemaChange.DropCheck drop, java.util.Set<String> readded, Schema now, Schema wanted) {
        String to = renamedTo(drop, now, wanted);
        return to != null && readded.contains(drop.table() + "." + to);
    }

    /**
     * The name the differ matched {@code drop}'s check to on the desired table (as {@link
     * #renamedWithParents} matches it), when another: a rename the enum's or routines' differ turned
     * into a drop and an add around what the check reads. Null when it has none.
     */
    private static String renamedTo(SchemaChange.DropCheck drop, Schema now, Schema wanted) {
        Table before = now.table(drop.table()).orElse(null);
        Table after = wanted.table(drop.table()).orElse(null);
        if (before == null || after == null) {
            return null;
        }
        var matched = Matching.byDefinitionThenName(before.checks(), after.checks(), Check::name, Check::expression);
        for (var pair : matched.pairs()) {
            if (pair.current().name().equals(drop.check().name()) && !pair.desired().name().equals(drop.check().name())) {
                return pair.desired().name();
            }
        }
        return null;
    }
}
