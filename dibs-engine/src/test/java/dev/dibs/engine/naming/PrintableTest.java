package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

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

    @Test
    void ordinaryTextIsKept() {
        assertThat(Printable.escape("café \"Users\" <x> | 名前")).isEqualTo("café \"Users\" <x> | 名前");
        assertThat(Printable.escape(null)).isNull();
    }
}
