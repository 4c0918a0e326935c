package dev.dibs.engine.solve;

import static dev.dibs.engine.testing.Models.col;
import static dev.dibs.engine.testing.Models.name;
import static dev.dibs.engine.testing.Models.notNull;
import static dev.dibs.engine.testing.Models.schema;
import static dev.dibs.engine.testing.Models.table;
import static dev.dibs.engine.testing.Models.withDefault;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.diff.SchemaChange.AlterSequence;
import dev.dibs.engine.diff.SchemaChange.CreateSequence;
import dev.dibs.engine.diff.SchemaChange.DropColumn;
import dev.dibs.engine.diff.SchemaChange.DropTable;
import dev.dibs.engine.diff.SchemaChange.RenameColumn;
import dev.dibs.engine.diff.SchemaChange.RenameTable;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import org.junit.jupiter.api.Test;

/**
 * The sequences a table's serial columns own, as the virtual schema keeps them by owner: they follow
 * the table and the column through renames, and go with whichever is dropped, and only with it.
 */
class OwnedSequencesTest {

    private static final Column ID = withDefault(notNull("id", "bigint"), "nextval('public.t_id_seq'::regclass)");
    private static final Column CODE = withDefault(notNull("code", "integer"), "nextval('public.t_code_seq'::regclass)");
    private static final Column NOTE = col("note", "text");
    private static final Column OTHER = withDefault(notNull("id", "bigint"), "nextval('public.other_id_seq'::regclass)");
    private static final QualifiedName ID_SEQ = name("t_id_seq");
    private static final QualifiedName CODE_SEQ = name("t_code_seq");
    private static final QualifiedName OTHER_SEQ = name("other_id_seq");

    private static VirtualSchema start() {
        Table t = table("t").columns(ID, CODE, NOTE).build();
        Table other = table("other").columns(OTHER).build();
        return new VirtualSchema(schema(t, other), schema());
    }

    @Test
    void aRenamedTablesSequencesGoWithItWhenItIsDropped() {
        VirtualSchema vs = start();
        assertThat(vs.hasSequence(ID_SEQ) && vs.hasSequence(CODE_SEQ) && vs.hasSequence(OTHER_SEQ)).isTrue();
        ChangeSimulator.apply(vs, new RenameTable(name("t"), "u"));
        assertThat(vs.findSequence(ID_SEQ).ownedBy()).isEqualTo("u.id");
        assertThat(vs.findSequence(CODE_SEQ).ownedBy()).isEqualTo("u.code");
        assertThat(vs.sequencesOwnedBy(name("t"))).isEmpty();
        assertThat(vs.sequencesOwnedBy(name("u"))).extracting(s -> s.name()).containsExactlyInAnyOrder(ID_SEQ, CODE_SEQ);

        ChangeSimulator.apply(vs, new DropTable(vs.table(name("u"))));
        assertThat(vs.hasSequence(ID_SEQ)).as("the renamed table's id sequence").isFalse();
        assertThat(vs.hasSequence(CODE_SEQ)).as("the renamed table's code sequence").isFalse();
        assertThat(vs.hasSequence(OTHER_SEQ)).as("another table's sequence").isTrue();
        assertThat(vs.sequencesOwnedBy(name("u"))).isEmpty();
        assertThat(vs.sequencesOwnedBy(name("other"))).extracting(s -> s.name()).containsExactly(OTHER_SEQ);
    }

    @Test
    void aSequenceWhoseOwnerMovesGoesWithItsNewOwner() {
        Sequence numbers = new Sequence(name("numbers"), "bigint", 1, 1, Long.MAX_VALUE, 1, 1, false, "t.note", null);
        VirtualSchema vs = start();
        ChangeSimulator.apply(vs, new CreateSequence(numbers));
        assertThat(vs.sequencesOwnedBy(name("t"))).extracting(s -> s.name()).contains(name("numbers"));

        ChangeSimulator.apply(vs, new AlterSequence(numbers, numbers.withOwnedBy("other.id")));
        assertThat(vs.sequencesOwnedBy(name("t"))).extracting(s -> s.name()).doesNotContain(name("numbers"));
        ChangeSimulator.apply(vs, new DropTable(vs.table(name("t"))));
        assertThat(vs.hasSequence(name("numbers"))).as("owned by the other table now").isTrue();

        ChangeSimulator.apply(vs, new DropTable(vs.table(name("other"))));
        assertThat(vs.hasSequence(name("numbers"))).as("gone with its new owner").isFalse();
        assertThat(vs.hasSequence(OTHER_SEQ)).isFalse();
    }

    @Test
    void aRenamedColumnsSequenceGoesWithItAndOnlyWithIt() {
        VirtualSchema vs = start();
        ChangeSimulator.apply(vs, new RenameColumn(name("t"), "id", "key"));
        assertThat(vs.findSequence(ID_SEQ).ownedBy()).isEqualTo("t.key");

        ChangeSimulator.apply(vs, new DropColumn(name("t"), NOTE));
        assertThat(vs.hasSequence(ID_SEQ) && vs.hasSequence(CODE_SEQ)).as("a column owning none dropped").isTrue();

        ChangeSimulator.apply(vs, new DropColumn(name("t"), vs.table(name("t")).column("key").orElseThrow()));
        assertThat(vs.hasSequence(ID_SEQ)).as("the renamed column's sequence").isFalse();
        assertThat(vs.hasSequence(CODE_SEQ)).as("the other column's sequence").isTrue();
        assertThat(vs.sequencesOwnedBy(name("t"))).extracting(s -> s.name()).containsExactly(CODE_SEQ);
    }
}
