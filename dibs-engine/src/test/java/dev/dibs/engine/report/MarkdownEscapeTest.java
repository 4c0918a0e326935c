package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.testing.RandomStrings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * diff.md's escaping in one pass gives what its replacements gave, for any text; and a backslash
 * before punctuation is doubled, so that {@code \|} cannot leave the bar bare, where one before
 * anything else (a letter, as in the escapes names are printed with) stays as it is.
 */
class MarkdownEscapeTest {

    private static String replaced(String text) {
        return Printable.escape(text).replaceAll("\\\\(?=\\p{Punct})", "\\\\\\\\").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("|", "\\|").replace("`", "\\`");
    }

    @Test
    void aBackslashCannotUndoTheEscapeAfterIt() {
        assertThat(ReportWriter.md("a\\|b\\`c")).isEqualTo("a\\\\\\|b\\\\\\`c");
        assertThat(ReportWriter.md("v\u001bx\\y")).isEqualTo("v\\u001bx\\y");
    }

    @Test
    void escapesAsTheReplacementsDid() {
        List<String> texts = new ArrayList<>(List.of("", "public.t00001", "a | b `c` <d> & &amp;", "x\n# heading", "naïve €"));
        texts.addAll(RandomStrings.of("ab&<>|`\\ \n\t\u0000\u202eé\ud800\udc00", 2000, 12, 22));
        for (String text : texts) {
            assertThat(ReportWriter.md(text)).as(text).isEqualTo(replaced(text));
        }
    }
}
