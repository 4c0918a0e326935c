package dev.dibs.engine.diff;

import static dev.dibs.engine.testing.Models.name;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which expressions outside tables call a function: a policy's, a domain's, a trigger's condition. */
class RoutineUsesTest {

    private static final QualifiedName POSITIVE = name("positive");

    private static Trigger trigger(String definition) {
        return new Trigger(name("t"), "t_stamp", definition, "public.stamp()", "O", null, List.of());
    }

    @Test
    void anExpressionCallsAFunctionByItsQualifiedNameFollowedByAParenthesis() {
        assertThat(RoutineUses.calls("public.positive(m)", POSITIVE)).isTrue();
        assertThat(RoutineUses.calls("(public.positive (VALUE) AND true)", POSITIVE)).isTrue();
        assertThat(RoutineUses.calls("public.positive_or_zero(m)", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls("other.positive(m)", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls("m > 0", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls(null, POSITIVE)).isFalse();
        // the name in a string literal or a comment is text, not a call; a real call after it counts
        assertThat(RoutineUses.calls("(note <> 'public.positive(1)'::text)", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls("(note <> 'it''s public.positive(1)'::text)", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls("m /* public.positive(m) */ > 0", POSITIVE)).isFalse();
        assertThat(RoutineUses.calls("((note <> 'public.positive(1)'::text) AND public.positive(m))", POSITIVE)).isTrue();
        assertThat(RoutineUses.calls("\"public.positive(\"(m)", POSITIVE)).isFalse();
    }

    @Test
    void aTriggersConditionCountsButNotTheFunctionItExecutesNorItsArguments() {
        assertThat(RoutineUses.conditionCalls(trigger("CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW"
                + " WHEN (public.positive(new.m)) EXECUTE FUNCTION public.stamp()"), POSITIVE)).isTrue();
        // the text after EXECUTE FUNCTION is the executed function and string arguments, whatever they say
        assertThat(RoutineUses.conditionCalls(trigger("CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW"
                + " EXECUTE FUNCTION public.stamp('public.positive(1)')"), POSITIVE)).isFalse();
        assertThat(RoutineUses.conditionCalls(trigger("CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW"
                + " EXECUTE FUNCTION public.positive()"), POSITIVE)).isFalse();
        // a string in the condition saying EXECUTE FUNCTION does not end it early
        assertThat(RoutineUses.conditionCalls(trigger("CREATE TRIGGER t_stamp BEFORE UPDATE ON public.t FOR EACH ROW"
                + " WHEN ((new.note <> ' EXECUTE FUNCTION x') AND public.positive(new.m)) EXECUTE FUNCTION public.stamp()"),
                POSITIVE)).isTrue();
    }
}
