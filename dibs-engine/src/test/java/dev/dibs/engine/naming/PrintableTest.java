package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.RandomStrings;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void controlAndFormatCharactersAreEscaped() {
        assertThat(Printable.escape("x\n[INFO] y")).isEqualTo("x\\n[INFO] y");
        assertThat(Printable.escape("a\r\tb")).isEqualTo("a\\r\\tb");
        assertThat(Printable.escape("\u001b[31mred")).isEqualTo("\\u001b[31mred");
        assertThat(Printable.escape("evil\u202egnp.exe")).isEqualTo("evil\\u202egnp.exe"); // right-to-left override
        assertThat(Printable.escape("line\u2028break\u0085")).isEqualTo("line\\u2028break\\u0085");
    }

    /** What {@link Printable#escape} was: a stream over the code points decided whether to escape. */
    private static String byCodePoints(String text) {
        return text == null || text.codePoints().noneMatch(Printable::needsEscape) ? text : Printable.escaped(text);
    }

    @Test
    void anyTextIsEscapedAsByItsCodePoints() {
        List<String> texts = new ArrayList<>(List.of("", "plain", "\ud83d\ude00 and \ud800 alone", "tag \udb40\udc01 x",
                "\u007f\u0085\u00ad\u200b\u2028\u2029\ufeff"));
        texts.addAll(RandomStrings.of("a \n\r\t\u0000\u001f\u007e\u007f\u0085\u00a0\u00ad\u202eé\ud800\udc00\udb40\udc01\ufeff", 3000, 10, 23));
        for (String text : texts) {
            assertThat(Printable.escape(text)).as(text).isEqualTo(byCodePoints(text));
        }
    }

    @Test
    void oneLineIsWhatThePatternMade() {
        List<String> texts = new ArrayList<>(List.of("", " ", "DROP TABLE t", "  ALTER TABLE a\n    DROP b\n", "a\u00a0b\u2003c\u0001"));
        texts.addAll(RandomStrings.of("ab \t\n\u000b\f\r\u0001\u001c\u00a0\u2028é", 3000, 20, 26));
        for (String text : texts) {
            assertThat(Printable.oneLine(text)).as(text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void aMessageKeepsItsLinesAndEscapesTheRest() {
        assertThat(Printable.lines("PostgreSQL refused \"a\rb\":\n  step 1\u001b[2K\n")).isEqualTo(
                "PostgreSQL refused \"a\\rb\":\n  step 1\\u001b[2K\n");
        assertThat(Printable.lines("one line")).isEqualTo("one line");
        assertThat(Printable.lines("from a file\r\nwritten on Windows\r\r\n")).isEqualTo("from a file\nwritten on Windows\\r\n");
        assertThat(Printable.lines("\n\n")).isEqualTo("\n\n");
        assertThat(Printable.lines(null)).isNull();
        for (String text : RandomStrings.of("a \n\r\t\u0000\u001b\u2028é", 2000, 10, 31)) {
            assertThat(Printable.lines(text)).as(text).isEqualTo(String.join("\n",
                    java.util.Arrays.stream(text.replace("\r\n", "\n").split("\n", -1)).map(Printable::escape).toList()));
        }
    }

    @Test
    void aValueOfSeveralLinesIsIndentedUnderItsLabel() {
        assertThat(Printable.indented("Key (a)=(x\n[INFO] BUILD SUCCESS\u001b[2K) is duplicated.", "    "))
                .isEqualTo("Key (a)=(x\n    [INFO] BUILD SUCCESS\\u001b[2K) is duplicated.");
        assertThat(Printable.indented("one line", "  ")).isEqualTo("one line");
        assertThat(Printable.indented(null, "  ")).isNull();
    }

    @Test
    void ordinaryTextIsKept() {
        assertThat(Printable.escape("café \"Users\" <x> | 名前")).isEqualTo("café \"Users\" <x> | 名前");
        assertThat(Printable.escape(null)).isNull();
    }
}
