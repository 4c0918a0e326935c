package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** String literals and Javadoc lines; that the processor reads the Javadoc back the same is ImportRoundTripTest's. */
class JavaTextTest {

    @Test
    void literalsEscapeQuotesBackslashesAndControlCharacters() {
        assertThat(JavaText.literal("a \"b\" \\ c\nd\u0001")).isEqualTo("\"a \\\"b\\\" \\\\ c\\nd\\1\"");
        assertThat(JavaText.literal("'é'")).isEqualTo("\"'é'\"");
    }

    @Test
    void javadocHidesWhatJavadocWouldReadOtherwise() {
        assertThat(JavaText.javadocLines("@param x\n* item\nends */ here {@code y} \\u0041\n  indented"))
                .isEqualTo(List.of("{@literal @}param x", "{@literal *} item", "ends *{@literal /} here {{@literal @}code y} \\u005cu0041",
                        "{@code   }indented"));
    }

    @Test
    void commentsJavadocCannotCarryAreNamed() {
        assertThat(JavaText.whyNotJavadoc(" padded")).contains("white space");
        assertThat(JavaText.whyNotJavadoc("a\rb")).contains("U+000D");
        assertThat(JavaText.whyNotJavadoc("fine\n\n  inner")).isNull();
    }

    @Test
    void outerParenthesesOfAWholeExpressionGo() {
        assertThat(JavaText.unwrapped("(age >= 0)")).isEqualTo("age >= 0");
        assertThat(JavaText.unwrapped("(a > 0) AND (b > 0)")).isEqualTo("(a > 0) AND (b > 0)");
        assertThat(JavaText.unwrapped("(x = ')(')")).isEqualTo("x = ')('");
    }
}
