package dev.dibs.processing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Raw Javadoc text here is what {@code Elements.getDocComment} returns: stars already gone. */
class DocCommentsTest {

    @Test
    void mainDescriptionStopsAtTheFirstBlockTag() {
        String raw = " \n First line.\n   Second line.\n\n @param a the a\n @see Other\n";

        assertThat(DocComments.mainDescription(raw)).isEqualTo("First line.\nSecond line.");
    }

    @Test
    void blankLinesInsideTheDescriptionStay() {
        assertThat(DocComments.mainDescription(" One.\n\n Two.\n")).isEqualTo("One.\n\nTwo.");
    }

    @Test
    void missingOrEmptyJavadocIsNull() {
        assertThat(DocComments.mainDescription(null)).isNull();
        assertThat(DocComments.mainDescription("")).isNull();
        assertThat(DocComments.mainDescription(" \n  \n")).isNull();
        assertThat(DocComments.mainDescription(" @param a only tags\n")).isNull();
        assertThat(DocComments.mainDescription(" {@inheritDoc}\n")).isNull();
    }

    @Test
    void atSignsInsideInlineTagsAreNotBlockTags() {
        String raw = " Use it like this:\n <pre>{@code\n @Table(\"users\")\n record User() {}\n }</pre>\n @since 1\n";

        assertThat(DocComments.mainDescription(raw))
                .isEqualTo("Use it like this:\n<pre>@Table(\"users\")\nrecord User() {}\n</pre>");
    }

    @Test
    void simplifiesInlineTags() {
        assertThat(InlineTags.simplify("{@code a < b} and {@literal x&y}")).isEqualTo("a < b and x&y");
        assertThat(InlineTags.simplify("{@code Map<K, {V}>}")).isEqualTo("Map<K, {V}>");
        assertThat(InlineTags.simplify("{@code  two spaces}")).isEqualTo(" two spaces");
        assertThat(InlineTags.simplify("{@link Foo}, {@link Foo#bar}, {@link #baz()}"))
                .isEqualTo("Foo, Foo.bar, baz()");
        assertThat(InlineTags.simplify("{@link Foo#bar(int, String) the bar}")).isEqualTo("the bar");
        assertThat(InlineTags.simplify("{@linkplain Foo a {@code Foo}}")).isEqualTo("a Foo");
        assertThat(InlineTags.simplify("max {@value #MAX}")).isEqualTo("max MAX");
        assertThat(InlineTags.simplify("{@index \"primary key\" the key} and {@summary Short.}"))
                .isEqualTo("primary key and Short.");
        assertThat(InlineTags.simplify("kept {@code unclosed")).isEqualTo("kept {@code unclosed");
        assertThat(InlineTags.simplify("plain {braces} stay")).isEqualTo("plain {braces} stay");
    }

    @Test
    void paramTextSpansLinesUntilTheNextBlockTag() {
        String raw = " A record.\n @param id the key\n @param email where we\n    send {@code mail}\n\n @return x\n";

        assertThat(DocComments.paramDescription(raw, "id")).isEqualTo("the key");
        assertThat(DocComments.paramDescription(raw, "email")).isEqualTo("where we\nsend mail");
        assertThat(DocComments.paramDescription(raw, "other")).isNull();
        assertThat(DocComments.paramDescription(" @param empty\n", "empty")).isNull();
        assertThat(DocComments.paramDescription(null, "id")).isNull();
    }

    @Test
    void paramTextMayStartOnTheNextLine() {
        assertThat(DocComments.paramDescription(" @param id\n   the key\n", "id")).isEqualTo("the key");
    }
}
