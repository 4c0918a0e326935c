package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.RandomStrings;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** report.html's hand-written escaping of plain names gives what Commons Text gives, for any text. */
class HtmlEscapeTest {

    @Test
    void escapesExactlyAsCommonsTextDoes() {
        List<String> texts = new ArrayList<>(List.of("", "public.t00001", "<img src=x onerror=\"alert('1')\">&amp;",
                "x\n[INFO] dibs\r\t", "v\u001b[31m", "\u007f\u0085\u009f", "naïve €", "\ud83d\ude00 and \ud800 alone", "\ufffe\uffff"));
        texts.addAll(RandomStrings.of("ab&<>\"' \n\t\r\u0000\u001f\u007f\u0084\u0085\u00a0é\ud800\udc00\ufffd\ufffe", 2000, 12, 20));
        for (String text : texts) {
            assertThat(HtmlReport.esc(text)).as(text).isEqualTo(StringEscapeUtils.escapeXml10(text));
        }
        assertThat(HtmlReport.esc(null)).isEmpty();
    }
}
