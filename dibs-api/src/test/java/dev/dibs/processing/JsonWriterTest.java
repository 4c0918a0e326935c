package dev.dibs.processing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JsonWriterTest {

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        StringBuilder out = new StringBuilder();

        JsonWriter.appendQuoted(out, "a\"b\\c\nd\te\r\u0001\u001f\b\f");

        assertThat(out).hasToString("\"a\\\"b\\\\c\\nd\\te\\r\\u0001\\u001f\\b\\f\"");
    }

    @Test
    void keepsNonAsciiButEscapesLoneSurrogates() {
        StringBuilder out = new StringBuilder();

        JsonWriter.appendQuoted(out, "é → \uD83D\uDE00 \uD800x \uDC00");

        assertThat(out).hasToString("\"é → \uD83D\uDE00 \\ud800x \\udc00\"");
    }

    @Test
    void placesCommasBetweenEntriesOnly() {
        String json = new JsonWriter().beginObject()
                .name("a").value(1L)
                .name("b").beginArray()
                .beginObject().name("x").value((String) null).endObject()
                .beginObject().endObject()
                .endArray()
                .name("c").beginArray().endArray()
                .name("d").value("s")
                .endObject().toString();

        assertThat(json).isEqualTo("{\"a\":1,\"b\":[{\"x\":null},{}],\"c\":[],\"d\":\"s\"}");
    }

    @Test
    void rendersAbsentPositionsAsNull() {
        TypeRecord record = new TypeRecord(RecordKind.MIGRATION, "M", null, null, null, null,
                List.of());

        assertThat(TypeRecordJson.render(record)).isEqualTo(
                "{\"format\":1,\"kind\":\"migration\",\"type\":\"M\",\"file\":null,\"line\":null,"
                        + "\"column\":null,\"doc\":null,\"checksum\":null,\"members\":[]}\n");
    }
}
