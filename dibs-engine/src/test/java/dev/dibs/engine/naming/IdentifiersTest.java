package dev.dibs.engine.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** Names as PostgreSQL keeps them: folded (ASCII only, in a UTF-8 database) and cut to 63 bytes. */
class IdentifiersTest {

    @Test
    void foldsOnlyAsciiLetters() {
        assertThat(Identifiers.fold("Ärger_Numbers")).isEqualTo("Ärger_numbers");
        assertThat(Identifiers.fold("ÉTÉ")).isEqualTo("ÉtÉ");
        assertThat(Identifiers.fold("İstanbul")).isEqualTo("İstanbul"); // Java's lower case makes two chars of İ
        assertThat(Identifiers.fold("plain")).isSameAs("plain");
    }

    @Test
    void cutsTo63BytesAtACharactersEnd() {
        String longName = "ticket_numbers_of_the_support_desk_that_answers_every_customer_question_ab";
        assertThat(Identifiers.fold(longName)).isEqualTo(longName.substring(0, 63));
        assertThat(Identifiers.truncated("é".repeat(40))).isEqualTo("é".repeat(31)); // 2 bytes each: 62, not 64
        assertThat(Identifiers.truncated("€".repeat(22))).isEqualTo("€".repeat(21)); // 3 bytes each: 63
        String emoji = new String(Character.toChars(0x1F600));
        assertThat(Identifiers.truncated(emoji.repeat(16))).isEqualTo(emoji.repeat(15)); // 4 bytes each, never half a pair
        assertThat(Identifiers.truncated(emoji.repeat(15) + "abcd")).isEqualTo(emoji.repeat(15) + "abc");
    }

    @Test
    void cutsAsTheEncodedBytesCountOnRandomNamesLoneSurrogatesIncluded() {
        Random random = new Random(20261203);
        int[] alphabet = {'a', 'Z', '_', '1', 0xE9, 0x20AC, 0x4E2D, 0x1F600, 0x10348, 0xD800, 0xDC00};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder name = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                name.appendCodePoint(alphabet[random.nextInt(alphabet.length)]);
            }
            String s = name.toString();
            assertThat(Identifiers.truncated(s)).as(s).isEqualTo(byEncoding(s, PostgresNames.MAX_IDENTIFIER_BYTES));
            assertThat(PostgresNames.clip(s, 20)).as(s).isEqualTo(byEncoding(s, 20));
        }
    }

    /** The oracle: each code point encoded as the driver sends it (a lone surrogate as '?'), counted until the next would not fit. */
    private static String byEncoding(String s, int maxBytes) {
        int bytes = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + len > maxBytes) {
                break;
            }
            bytes += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
