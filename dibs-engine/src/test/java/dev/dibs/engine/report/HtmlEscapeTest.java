package dev.dibs.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.Test;

/** report.html's hand-written escaping of plain names gives what Commons Text gives, for any text. */
class HtmlEscapeTest {

    @Test
    void escapesExactlyAsCommonsTextDoes() {
        List<String> texts = new ArrayList<>(List.of("", "public.t00001", "<img src=x onerror=\"alert('1')\">&amp;",
                "x\n[INFO] dibs\r\t", "v\u001b[31m", "\u007f\u0085\u009f", "naïve €", "\ud83d\ude00 and \ud800 alone", "\ufffe\uffff"));
        Random random = new Random(20);
        String alphabet = "ab&<>\"' \n\t\r\u0000\u001f\u007f\u0084\u0085\u00a0é\ud800\udc00\ufffd\ufffe";
        for (int i = 0; i < 2000; i++) {
            StringBuilder s = new StringBuilder();
            for (int j = random.nextInt(12); j > 0; j--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String text : texts) {
            assertThat(HtmlReport.esc(text)).as(text).isEqualTo(StringEscapeUtils.escapeXml10(text));
        }
        assertThat(HtmlReport.esc(null)).isEmpty();
    }
}
