package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How two definitions differ, said briefly: the differing part with a little context, on each side. */
class NoteDifferenceTest {

    @Test
    void aLongDefinitionReadsAsTheConditionThatDiffers() {
        String head = "SELECT id, name, email, created_at, updated_at FROM public.accounts WHERE ";
        String database = head + "(active AND (age > 17))";
        String reference = head + "(active AND (age > 20))";

        assertThat(NoteDifference.briefly(database, reference, "the reference"))
                .isEqualTo("the database has \"… AND (age > 17))\", the reference \"… AND (age > 20))\"");
    }

    @Test
    void sayingNothingWhenOneSideHasNoDetail() {
        assertThat(NoteDifference.briefly("granted app: SELECT", null, "the desired state"))
                .isEqualTo("the database has \"granted app: SELECT\", the desired state nothing");
    }

    @Test
    void aShortDefinitionIsShownWhole() {
        assertThat(NoteDifference.briefly("granted app: SELECT", "granted app: SELECT, UPDATE", "the reference"))
                .isEqualTo("the database has \"granted app: SELECT\", the reference \"granted app: SELECT, UPDATE\"");
    }

    @Test
    void aLongDifferingPartIsCut() {
        String briefly = NoteDifference.briefly("x".repeat(500), "y".repeat(500), "the reference");

        assertThat(briefly).startsWith("the database has \"" + "x".repeat(NoteDifference.SHOWN) + "…\", the reference \"y")
                .hasSize(("the database has \"\", the reference \"\"").length() + 2 * (NoteDifference.SHOWN + 1));
    }

    @Test
    void aNoteSaysItsSideInWords() {
        NotManaged view = new NotManaged("view", "public", "v", "SELECT 1");

        assertThat(view.toString()).isEqualTo("view public.v: SELECT 1");
        assertThat(view.on(NotManaged.Side.ONLY_IN_DESIRED_STATE, null).describe("the reference"))
                .isEqualTo("view public.v: only in the reference: SELECT 1");
        assertThat(view.on(NotManaged.Side.IDENTICAL, null).describe("the reference")).isEqualTo("view public.v: in both, identical: SELECT 1");
        assertThat(view.on(NotManaged.Side.IDENTICAL, "ignored").desiredDetail()).isNull();
    }
}
