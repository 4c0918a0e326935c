package dev.dibs.engine.solve;

import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.diff.SchemaChange.AlterSequence;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropSequence;
import dev.dibs.engine.diff.SchemaChange.RenameSequence;
import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.diff.SequenceRenames;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Simulation of sequence changes, and what other changes do to sequences. The virtual schema holds
 * every sequence that exists, a serial-like column's too (as {@link ColumnSequences} describes it);
 * which of them are sequences of their own is decided when the schema is read back, by the same
 * rule as the inspection: owned by a column whose default is exactly {@code nextval} of it, it is
 * the column's. PostgreSQL refuses a default calling a sequence that does not exist, and the drop of
 * a sequence a default calls; it drops a sequence with the table or column that owns it.
 */
final class SequenceSimulator {

    private SequenceSimulator() {
    }

    /** Fills the virtual schema's sequences from {@code schema}, and what either side's sequences and extension types are. */
    static void start(VirtualSchema vs, Schema schema, Schema desired) {
        for (Schema side : List.of(schema, desired)) {
            side.sequences().forEach(q -> vs.managedSequences.add(q.name()));
            for (Table t : side.tables()) {
                for (Column c : t.columns()) {
                    QualifiedName s = ColumnSequences.name(t.name(), c);
                    if (s != null) {
                        vs.managedSequences.add(s);
                    }
                }
            }
            for (Extension e : side.extensions()) {
                e.types().forEach(type -> vs.extensionTypes.put(new QualifiedName(e.schema(), type), e.name()));
            }
        }
        for (Table t : schema.tables()) {
            for (Column c : t.columns()) {
                Sequence s = ColumnSequences.of(t.name(), c);
                if (s != null) {
                    vs.putSequenceIfAbsent(s);
                }
            }
        }
    }

    /** The sequences of their own: every one but those a serial-like column owns. */
    static List<Sequence> ownSequences(VirtualSchema vs) {
        return vs.sequences().stream().filter(s -> !columns(vs, s)).toList();
    }

    private static boolean columns(VirtualSchema vs, Sequence s) {
        String[] owner = vs.owner(s);
        if (owner == null) {
            return false;
        }
        QualifiedName table = new QualifiedName(s.name().schema(), owner[0]);
        if (!vs.hasTable(table)) {
            return false;
        }
        return vs.table(table).column(owner[1]).map(c -> s.name().equals(ColumnSequences.name(table, c))).orElse(false);
    }

    static void createSequence(VirtualSchema vs, CreateSequence c) {
        QualifiedName name = c.sequence().name();
        vs.requireNamespace(name.schema());
        vs.requireFreeRelation(name.schema(), name.name());
        if (vs.enums.containsKey(name)) { // a sequence has a row type of its name
            throw new SimulationException.AlreadyExists("type " + name + " (sequences and types share names)");
        }
        owner(vs, c.sequence());
        vs.putSequence(c.sequence());
    }

    static void alterSequence(VirtualSchema vs, AlterSequence c) {
        sequence(vs, c.to().name());
        owner(vs, c.to());
        vs.putSequence(c.to());
    }

    /** Renamed in place, its value kept; every text naming it names the new one (PostgreSQL binds a regclass constant, not the name). */
    static void renameSequence(VirtualSchema vs, RenameSequence c) {
        Sequence s = sequence(vs, c.from());
        QualifiedName to = c.target();
        vs.requireFreeRelation(to.schema(), to.name());
        if (vs.enums.containsKey(to)) { // a sequence has a row type of its name
            throw new SimulationException.AlreadyExists("type " + to + " (sequences and types share names)");
        }
        vs.removeSequence(c.from());
        vs.putSequence(s.withName(to));
        UnaryOperator<String> texts = SequenceRenames.texts(c.from(), to);
        vs.rewrite(t -> SchemaTexts.in(t, texts), d -> SchemaTexts.in(d, texts), r -> SchemaTexts.in(r, texts, SequenceRenames.dependencies(c.from(), to)),
                texts, UnaryOperator.identity());
        vs.views.replaceAll((name, v) -> SequenceRenames.renamedIn(v, c.from(), to));
        vs.materializedViews.replaceAll((name, v) -> SequenceRenames.renamedIn(v, c.from(), to));
        vs.policies.replaceAll((key, p) -> SequenceRenames.renamedIn(p, c.from(), to));
    }

    static void dropSequence(VirtualSchema vs, DropSequence c) {
        QualifiedName name = c.sequence().name();
        sequence(vs, name);
        List<String> callers = callers(vs, name);
        if (!callers.isEmpty()) {
            throw new SimulationException.DependencyViolation("the defaults of " + callers + " still call sequence " + name);
        }
        vs.removeSequence(name);
    }

    /** Before columns get {@code defaults}: each managed sequence they call must exist. */
    static void requireCalled(VirtualSchema vs, List<Column> columns) {
        for (Column c : columns) {
            for (QualifiedName s : SequenceCalls.nextvalTargets(c.defaultExpression())) {
                if (vs.managedSequences.contains(s) && !vs.hasSequence(s)) {
                    throw new SimulationException.NotExists("sequence " + s + " (the default of column " + c.name() + " calls it)");
                }
            }
        }
    }

    /**
     * Columns added to {@code table}: those written {@code serial} create their sequence. A sequence
     * of that name already there would make PostgreSQL pick another name silently: refused instead.
     */
    static void columnsAdded(VirtualSchema vs, QualifiedName table, List<Column> columns, boolean unloggedTable) {
        List<Sequence> created = new ArrayList<>();
        for (Column c : columns) {
            if (!unloggedTable && ColumnSequences.serialType(table, c) != null && !vs.hasSequence(ColumnSequences.name(table, c))) {
                created.add(ColumnSequences.of(table, c));
            }
        }
        List<Column> others = columns.stream().filter(c -> created.stream()
                .noneMatch(s -> s.name().equals(ColumnSequences.name(table, c)))).toList();
        requireCalled(vs, others);
        created.forEach(vs::putSequence);
    }

    /** A column changed: a sequence it owns and calls now has the options it says. */
    static void columnChanged(VirtualSchema vs, QualifiedName table, Column to) {
        requireCalled(vs, List.of(to));
        Sequence now = ColumnSequences.of(table, to);
        Sequence held = now == null ? null : vs.findSequence(now.name());
        if (held != null && now.ownedBy().equals(held.ownedBy())) {
            vs.putSequence(now.withComment(held.comment()));
        }
    }

    /** A table ({@code column} null) or one of its columns dropped: the sequences they own go with them. */
    static void dropped(VirtualSchema vs, QualifiedName table, String column) {
        for (Sequence s : vs.sequencesOwnedBy(table)) {
            if (column == null || vs.owner(s)[1].equals(column)) {
                vs.removeSequence(s.name());
            }
        }
    }

    /**
     * A table renamed to {@code toTable} ({@code fromColumn} null), or its column {@code fromColumn}
     * to {@code toColumn}: PostgreSQL's ownership follows, so the sequences it owns name the new one.
     */
    static void renamed(VirtualSchema vs, QualifiedName table, String toTable, String fromColumn, String toColumn) {
        for (Sequence s : vs.sequencesOwnedBy(table)) {
            String[] owner = vs.owner(s);
            if (fromColumn == null || owner[1].equals(fromColumn)) {
                vs.putSequence(s.withOwnedBy(SequenceCalls.ownerName(toTable, fromColumn == null ? owner[1] : toColumn)));
            }
        }
    }

    /**
     * Before {@code table.column} is dropped (the whole table when {@code column} is null): the
     * sequences it owns go with it, so no other column's default may call them (PostgreSQL refuses;
     * an inheritance child's copy has its parent's default).
     */
    static void requireOwnedUncalled(VirtualSchema vs, QualifiedName table, String column) {
        for (Sequence s : vs.sequencesOwnedBy(table)) {
            if (column == null || vs.owner(s)[1].equals(column)) {
                List<String> callers = new ArrayList<>();
                for (Table t : vs.tables()) {
                    for (Column c : t.columns()) {
                        boolean going = t.name().equals(table) && (column == null || c.name().equals(column));
                        if (!going && c.defaultExpression() != null && c.defaultExpression().contains(s.name().name())
                                && SequenceCalls.nextvalTargets(c.defaultExpression()).contains(s.name())) {
                            callers.add(t.name() + "." + c.name());
                        }
                    }
                }
                if (!callers.isEmpty()) {
                    throw new SimulationException.DependencyViolation("the defaults of " + callers + " still call sequence " + s.name()
                            + ", which goes with " + (column == null ? "table " + table : "column " + table + "." + column));
                }
            }
        }
    }

    private static Sequence sequence(VirtualSchema vs, QualifiedName name) {
        Sequence s = vs.findSequence(name);
        if (s == null) {
            throw new SimulationException.NotExists("sequence " + name);
        }
        return s;
    }

    /** {@code OWNED BY} a column of a table in the sequence's schema, which must exist. */
    private static void owner(VirtualSchema vs, Sequence s) {
        if (s.ownedBy() == null) {
            return;
        }
        String[] owner = vs.owner(s);
        if (owner == null) {
            throw new SimulationException.NotExists("column " + s.ownedBy() + " (not a table and column name)");
        }
        Table t = vs.table(new QualifiedName(s.name().schema(), owner[0]));
        vs.column(t, owner[1]);
    }

    /** The columns, as {@code table.column}, whose default calls {@code sequence}. */
    private static List<String> callers(VirtualSchema vs, QualifiedName sequence) {
        List<String> out = new ArrayList<>();
        for (Table t : vs.tables()) {
            for (Column c : t.columns()) {
                if (SequenceCalls.nextvalTargets(c.defaultExpression()).contains(sequence)) {
                    out.add(t.name() + "." + c.name());
                }
            }
        }
        return out;
    }
}
