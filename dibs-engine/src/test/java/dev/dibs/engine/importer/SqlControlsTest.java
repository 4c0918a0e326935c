package dev.dibs.engine.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlControlsTest {

    @Test
    void aConstantHoldingAControlCharacterBecomesAnEscapeString() {
        assertThat(SqlControls.escaped("regexp_replace(name, '[a\\z]', '\u0001'::text)"))
                .isEqualTo("regexp_replace(name, '[a\\z]', E'\\x01'::text)");
        assertThat(SqlControls.escaped("'it''s\u0002\\'")).isEqualTo("E'it''s\\x02\\\\'");
        assertThat(SqlControls.escaped("E'a\\n\u001f'")).isEqualTo("E'a\\n\\x1F'");
    }

    @Test
    void textWithoutControlCharactersAndQuotedNamesStayAsTheyAre() {
        assertThat(SqlControls.escaped("lower(\"we'ird\") = 'a\\b'")).isEqualTo("lower(\"we'ird\") = 'a\\b'");
        assertThat(SqlControls.escaped("\"a\u0001\" || 'x\u0001'")).isEqualTo("\"a\u0001\" || E'x\\x01'");
        assertThat(SqlControls.escaped(null)).isNull();
    }
}
