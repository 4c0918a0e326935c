package dev.dibs.engine.diff;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.AlterSequence;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropSequence;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Sequences of their own ({@link Schema#sequences()}) and the sequences serial-like columns own
 * ({@link ColumnSequences}), matched by name across both, since one can become the other: a
 * serial column whose default is dropped leaves its sequence behind as one of its own, and a
 * sequence a column owns becomes the column's when its default calls it.
 *
 * <ul>
 *   <li>Only on the desired side: created (without its owner, set by an {@link AlterSequence} once
 *       the column exists), unless the plan's {@code CREATE TABLE}/{@code ADD COLUMN} writes the
 *       column as {@code serial}, which creates it.</li>
 *   <li>Only on the current side: dropped, unless it is owned by a table or column the plan drops
 *       (PostgreSQL drops it with them).</li>
 *   <li>On both: altered in place when its options, owner or comment differ (never restarted). A
 *       column's sequence on both sides is the column's {@link AlterColumn} business.</li>
 * </ul>
 */
final class SequenceDiffer {

    private SequenceDiffer() {
    }

    /**
     * @param current the current schema with the plan's renames applied ({@code renames}, which its
     *                sequences' owners do not know of yet: PostgreSQL's ownership follows a rename)
     */
    static void diff(Schema current, Schema desired, List<SchemaChange> renames, List<SchemaChange> out) {
        Map<QualifiedName, Sequence> currentOwn = own(current);
        currentOwn.replaceAll((name, s) -> renamedOwner(s, renames));
        Map<QualifiedName, Sequence> desiredOwn = own(desired);
        Map<QualifiedName, Sequence> currentColumns = ofColumns(current, currentOwn);
        Map<QualifiedName, Sequence> desiredColumns = ofColumns(desired, desiredOwn);
        Set<String> optionsSet = new HashSet<>(); // table.column whose sequence options a change here sets
        for (Sequence to : desiredOwn.values()) {
            Sequence from = currentOwn.getOrDefault(to.name(), currentColumns.get(to.name()));
            if (from == null) {
                create(to, out);
            } else if (!from.equals(to)) {
                out.add(new AlterSequence(from, to));
            }
        }
        for (Sequence to : desiredColumns.values()) {
            Sequence from = currentOwn.get(to.name());
            if (from != null) { // one of its own becomes the column's: its options and owner made the column's here
                Sequence wanted = to.withComment(from.comment());
                if (!from.equals(wanted)) {
                    out.add(new AlterSequence(from, wanted));
                }
                optionsSet.add(to.ownedBy() + "@" + to.name().schema());
            } else if (!currentColumns.containsKey(to.name()) && !createdWithColumn(current, desired, to)) {
                create(to, out);
                optionsSet.add(to.ownedBy() + "@" + to.name().schema());
            }
        }
        for (Sequence from : currentOwn.values()) {
            if (!desiredOwn.containsKey(from.name()) && !desiredColumns.containsKey(from.name()) && !droppedWithOwner(from, desired)) {
                out.add(new DropSequence(from));
            }
        }
        for (Sequence from : currentColumns.values()) {
            if (!desiredOwn.containsKey(from.name()) && !desiredColumns.containsKey(from.name()) && !droppedWithOwner(from, desired)) {
                out.add(new DropSequence(from)); // its column no longer calls it: it would stay behind
            }
        }
        withoutSequenceAspect(out, optionsSet);
    }

    private static Sequence renamedOwner(Sequence s, List<SchemaChange> renames) {
        Sequence out = s;
        for (SchemaChange c : renames) {
            String[] owner = SequenceCalls.owner(out.ownedBy());
            if (owner == null) {
                return out;
            }
            if (c instanceof SchemaChange.RenameTable r && r.from().equals(new QualifiedName(s.name().schema(), owner[0]))) {
                out = out.withOwnedBy(SequenceCalls.ownerName(r.to(), owner[1]));
            } else if (c instanceof SchemaChange.RenameColumn r && r.from().equals(owner[1])
                    && r.table().equals(new QualifiedName(s.name().schema(), owner[0]))) {
                out = out.withOwnedBy(SequenceCalls.ownerName(owner[0], r.to()));
            }
        }
        return out;
    }

    /** Created without its owner: the owning column may be created later in the plan. */
    private static void create(Sequence to, List<SchemaChange> out) {
        Sequence unowned = to.withOwnedBy(null);
        out.add(new CreateSequence(unowned));
        if (to.ownedBy() != null) {
            out.add(new AlterSequence(unowned, to));
        }
    }

    private static Map<QualifiedName, Sequence> own(Schema schema) {
        Map<QualifiedName, Sequence> out = new LinkedHashMap<>();
        schema.sequences().forEach(s -> out.put(s.name(), s));
        return out;
    }

    /** The sequences serial-like columns own, by name (a sequence of its own that a default calls is not one). */
    static Map<QualifiedName, Sequence> ofColumns(Schema schema, Map<QualifiedName, Sequence> own) {
        Map<QualifiedName, Sequence> out = new LinkedHashMap<>();
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                Sequence s = ColumnSequences.of(t.name(), c);
                if (s != null && !own.containsKey(s.name())) {
                    out.putIfAbsent(s.name(), s);
                }
            }
        }
        return out;
    }

    /** A column the plan adds, in a new or existing table, written {@code serial}: that statement creates the sequence. */
    private static boolean createdWithColumn(Schema current, Schema desired, Sequence s) {
        String[] owner = SequenceCalls.owner(s.ownedBy());
        QualifiedName table = new QualifiedName(s.name().schema(), owner[0]);
        Table desiredTable = desired.table(table).orElseThrow();
        Column column = desiredTable.column(owner[1]).orElseThrow();
        if (current.table(table).isEmpty()) {
            return ColumnSequences.writtenSerial(desiredTable, column); // in CREATE TABLE
        }
        return current.table(table).get().column(owner[1]).isEmpty() && ColumnSequences.serialType(table, column) != null;
    }

    /** Owned by a table or column the desired schema lacks: PostgreSQL drops it with them. */
    private static boolean droppedWithOwner(Sequence s, Schema desired) {
        String[] owner = SequenceCalls.owner(s.ownedBy());
        if (owner == null) {
            return false;
        }
        return desired.table(new QualifiedName(s.name().schema(), owner[0])).map(t -> t.column(owner[1]).isEmpty()).orElse(true);
    }

    /** The {@link AlterColumn}s of columns whose sequence a change here already gives its options, without that aspect. */
    private static void withoutSequenceAspect(List<SchemaChange> out, Set<String> columns) {
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) instanceof AlterColumn a && a.aspects().contains(ColumnAspect.SEQUENCE)
                    && columns.contains(SequenceCalls.ownerName(a.table().name(), a.to().name()) + "@" + a.table().schema())) {
                EnumSet<ColumnAspect> rest = EnumSet.noneOf(ColumnAspect.class);
                rest.addAll(a.aspects());
                rest.remove(ColumnAspect.SEQUENCE);
                if (rest.isEmpty()) {
                    out.remove(i--);
                } else {
                    out.set(i, new AlterColumn(a.table(), a.from(), a.to(), rest));
                }
            }
        }
    }
}
