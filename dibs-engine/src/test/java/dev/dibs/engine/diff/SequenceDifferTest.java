package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withDefault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.AlterSequence;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropSequence;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Sequences of their own and serial-like columns' sequences, across both kinds. */
class SequenceDifferTest {

    private static final String SERIAL = "nextval('public.t_id_seq'::regclass)";

    private static Sequence sequence(String name, String ownedBy) {
        return new Sequence(name(name), "bigint", 1, 1, Long.MAX_VALUE, 1, 1, false, ownedBy, null);
    }

    private static Schema with(Schema s, Sequence... sequences) {
        return s.withSequences(List.of(sequences));
    }

    private static List<SchemaChange> diff(Schema current, Schema desired) {
        List<SchemaChange> out = new ArrayList<>();
        SequenceDiffer.diff(current, desired, List.of(), out);
        return out;
    }

    private static Column serialColumn(String sequenceOptions) {
        Column c = withDefault(notNull("id", "integer"), SERIAL);
        return new Column(c.name(), c.type(), false, c.defaultExpression(), c.identity(), null, null, false, sequenceOptions);
    }

    @Test
    void equalSequencesGiveNoChange() {
        Sequence s = sequence("s", null);
        assertThat(diff(with(schema(), s), with(schema(), s))).isEmpty();
    }

    @Test
    void aNewSequenceIsCreatedWithoutItsOwnerWhichIsSetApart() {
        Table t = table("t").columns(col("a", "bigint")).build();
        Sequence owned = sequence("s", "t.a");

        assertThat(diff(schema(t), with(schema(t), owned))).containsExactly(
                new CreateSequence(owned.withOwnedBy(null)), new AlterSequence(owned.withOwnedBy(null), owned));
    }

    @Test
    void optionsAreAlteredInPlaceAndAGoneSequenceDropped() {
        Sequence from = sequence("s", null);
        Sequence to = new Sequence(name("s"), "integer", 2, 1, 500, 1, 3, true, null, "counts");
        Sequence gone = sequence("gone", null);

        assertThat(diff(with(schema(), from, gone), with(schema(), to)))
                .containsExactly(new AlterSequence(from, to), new DropSequence(gone));
    }

    @Test
    void aSequenceOwnedByADroppedTableGoesWithItAndIsNotDroppedAgain() {
        Table old = table("old").columns(col("a", "int")).build();
        assertThat(diff(with(schema(old), sequence("s", "old.a")), schema())).isEmpty();
    }

    @Test
    void aColumnBecomingSerialGetsItsSequenceCreatedWithTheColumnsOptions() {
        Table before = table("t").columns(col("id", "integer")).build();
        Table after = table("t").columns(serialColumn("START WITH 100 CACHE 5")).build();
        Sequence expected = new Sequence(name("t_id_seq"), "integer", 1, 1, Integer.MAX_VALUE, 100, 5, false, "t.id", null);
        List<SchemaChange> changes = new ArrayList<>(List.of(new AlterColumn(name("t"), before.columns().get(0),
                after.columns().get(0), EnumSet.of(ColumnAspect.DEFAULT, ColumnAspect.NULLABILITY, ColumnAspect.SEQUENCE))));

        SequenceDiffer.diff(schema(before), schema(after), List.of(), changes);

        assertThat(changes).containsExactly(
                new AlterColumn(name("t"), before.columns().get(0), after.columns().get(0),
                        EnumSet.of(ColumnAspect.DEFAULT, ColumnAspect.NULLABILITY)), // the options are the created sequence's
                new CreateSequence(expected.withOwnedBy(null)), new AlterSequence(expected.withOwnedBy(null), expected));
    }

    @Test
    void aSerialColumnAddedToATableCreatesItsSequenceItself() {
        Table before = table("t").columns(col("x", "text")).build();
        Table after = table("t").columns(col("x", "text"), serialColumn(null)).build();
        assertThat(diff(schema(before), schema(after))).isEmpty();
    }

    @Test
    void aSerialColumnWhoseDefaultGoesLeavesItsSequenceToBeDropped() {
        Table before = table("t").columns(serialColumn(null)).build();
        Table after = table("t").columns(notNull("id", "integer")).build();

        assertThat(diff(schema(before), schema(after))).containsExactly(
                new DropSequence(new Sequence(name("t_id_seq"), "integer", 1, 1, Integer.MAX_VALUE, 1, 1, false, "t.id", null)));
    }

    @Test
    void aSerialColumnWhoseDefaultGoesButWhoseSequenceStaysKeepsIt() {
        Table before = table("t").columns(serialColumn(null)).build();
        Table after = table("t").columns(notNull("id", "integer")).build();
        Sequence left = new Sequence(name("t_id_seq"), "integer", 1, 1, Integer.MAX_VALUE, 1, 1, false, "t.id", null);

        assertThat(diff(schema(before), with(schema(after), left))).isEmpty();
    }

    @Test
    void aSequenceOfItsOwnBecomingAColumnsIsKeptAndGivenToIt() {
        Table before = table("t").columns(notNull("id", "integer")).build();
        Table after = table("t").columns(serialColumn(null)).build();
        Sequence own = new Sequence(name("t_id_seq"), "bigint", 1, 1, Long.MAX_VALUE, 50, 1, false, null, "kept");

        assertThat(diff(with(schema(before), own), schema(after))).containsExactly(new AlterSequence(own,
                new Sequence(name("t_id_seq"), "integer", 1, 1, Integer.MAX_VALUE, 1, 1, false, "t.id", "kept")));
    }

    @Test
    void anOwnerFollowsARenameOfItsTable() {
        Table renamed = table("fresh").columns(col("a", "bigint")).build();
        Sequence before = sequence("s", "old.a");
        Sequence after = sequence("s", "fresh.a");
        List<SchemaChange> out = new ArrayList<>();

        SequenceDiffer.diff(with(schema(renamed), before), with(schema(renamed), after),
                List.of(new RenameTable(name("old"), "fresh")), out);

        assertThat(out).isEmpty();
        assertThat(SchemaDiffer.diff(with(schema(renamed), after), with(schema(renamed), after), RenameHints.none()).changes()).isEmpty();
    }
}
