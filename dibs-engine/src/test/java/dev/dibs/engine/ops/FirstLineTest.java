package dev.dibs.engine.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.RandomStrings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A statement on one line in the blockers' warnings, trimmed and cut: what the pattern it replaces gave. */
class FirstLineTest {

    private static String byPattern(String sql) {
        String oneLine = sql.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }

    @Test
    void collapsesWhiteSpaceAsThePatternDid() {
        List<String> texts = new ArrayList<>(List.of("", "DROP TABLE public.t", "  ALTER TABLE a\n    DROP COLUMN b\n", "x".repeat(130),
                "\u0001 a \u0001", "a\u00a0b\u2003c"));
        texts.addAll(RandomStrings.of("ab \t\n\u000b\f\r\u0001\u001c\u00a0é", 3000, 40, 24));
        texts.addAll(RandomStrings.of("a \n", 500, 300, 25));
        for (String text : texts) {
            assertThat(PlanBlockers.firstLine(text)).as(text).isEqualTo(byPattern(text));
        }
    }
}
