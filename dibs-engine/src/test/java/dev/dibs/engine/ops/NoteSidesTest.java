package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.inspect.NotManaged;
import dev.dibs.engine.inspect.NotManaged.Side;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Notes of the two sides are paired by kind, schema and name, and compared by definition. */
class NoteSidesTest {

    private static NotManaged note(String kind, String name, String detail) {
        return new NotManaged(kind, "public", name, detail);
    }

    @Test
    void eachNoteSaysWhereItsObjectIsAndWhetherTheDefinitionsAgree() {
        List<NotManaged> database = List.of(note("view", "same", "SELECT 1"), note("view", "changed", "SELECT 1"),
                note("rule", "t.r", "CREATE RULE r …"), note("policy", "t.p", "USING (a > 1)"));
        List<NotManaged> desired = List.of(note("view", "changed", "SELECT 2"), note("view", "same", "SELECT 1"),
                note("policy", "t.p", "USING (a > 1)"), note("cast", "(a AS b)", "WITHOUT FUNCTION"));

        List<NotManaged> paired = NoteSides.paired(database, desired);

        assertThat(paired).extracting(n -> n.kind() + " " + n.name() + " " + n.side() + " " + n.detail() + " " + n.desiredDetail())
                .containsExactly("view same IDENTICAL SELECT 1 null", "view changed DIFFERENT SELECT 1 SELECT 2",
                        "rule t.r ONLY_IN_DATABASE CREATE RULE r … null", "policy t.p IDENTICAL USING (a > 1) null",
                        "cast (a AS b) ONLY_IN_DESIRED_STATE WITHOUT FUNCTION null");
    }

    @Test
    void theSameNameOfAnotherKindOrSchemaIsAnotherObject() {
        List<NotManaged> paired = NoteSides.paired(List.of(note("view", "x", "SELECT 1")),
                List.of(note("materialized view", "x", "SELECT 1"), new NotManaged("view", "app", "x", "SELECT 1")));

        assertThat(paired).extracting(NotManaged::side)
                .containsExactly(Side.ONLY_IN_DATABASE, Side.ONLY_IN_DESIRED_STATE, Side.ONLY_IN_DESIRED_STATE);
    }

    /** Before this, a note of an object both sides had was one note whatever the two definitions said. */
    @Test
    void aNoteWithoutDetailOnOneSideDiffersFromOneWithDetail() {
        List<NotManaged> paired = NoteSides.paired(List.of(note("policy", "t.p", null)), List.of(note("policy", "t.p", "USING (true)")));

        assertThat(paired).singleElement().satisfies(n -> {
            assertThat(n.side()).isEqualTo(Side.DIFFERENT);
            assertThat(n.describe("the reference"))
                    .isEqualTo("policy public.t.p: in both, definitions differ: the database has nothing, the reference \"USING (true)\"");
        });
    }

    @Test
    void severalNotesOfOneKeyPairEqualDefinitionsFirst() {
        List<NotManaged> paired = NoteSides.paired(List.of(note("partition", "p", "a"), note("partition", "p", "b")),
                List.of(note("partition", "p", "c"), note("partition", "p", "a")));

        assertThat(paired).extracting(n -> n.detail() + " " + n.side())
                .containsExactly("a IDENTICAL", "b DIFFERENT");
        assertThat(paired.get(1).desiredDetail()).isEqualTo("c");
    }

    @Test
    void nothingToPairLeavesEveryNoteOnItsSide() {
        assertThat(NoteSides.paired(List.of(note("view", "v", null)), List.of())).extracting(NotManaged::side)
                .containsExactly(Side.ONLY_IN_DATABASE);
        assertThat(NoteSides.paired(List.of(), List.of(note("view", "v", null)))).extracting(NotManaged::side)
                .containsExactly(Side.ONLY_IN_DESIRED_STATE);
    }
}
