package dev.dibs.engine.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PgTypeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int4                         | integer",
        "INT                          | integer",
        "int8                         | bigint",
        "smallint                     | smallint",
        "varchar(80)                  | character varying(80)",
        "character varying(80)        | character varying(80)",
        "VARCHAR                      | character varying",
        "char                         | character(1)",
        "bpchar(3)                    | character(3)",
        "timestamptz                  | timestamp with time zone",
        "timestamptz(3)               | timestamp(3) with time zone",
        "timestamp(6) with time zone  | timestamp(6) with time zone",
        "timestamp                    | timestamp without time zone",
        "time                         | time without time zone",
        "timetz(2)                    | time(2) with time zone",
        "numeric(10, 2)               | numeric(10,2)",
        "decimal(10,2)                | numeric(10,2)",
        "float                        | double precision",
        "float(10)                    | real",
        "float8                       | double precision",
        "bool                         | boolean",
        "text[]                       | text[]",
        "int[][]                      | integer[]",
        "_int4                        | integer[]",
        "integer ARRAY                | integer[]",
        "varchar(10)[]                | character varying(10)[]",
        "jsonb                        | jsonb",
        "app.mood                     | app.mood",
        "\"App\".\"Mood\"             | \"App\".\"Mood\"",
        "pg_catalog.int4              | integer",
        "bit                          | bit(1)",
        "varbit(5)                    | bit varying(5)",
    })
    void parsesToFormatTypeSpelling(String written, String canonical) {
        assertThat(PgType.parse(written).sql()).isEqualTo(canonical);
    }

    @Test
    void parsingATextAgainGivesTheSameTypeWithItsOwnSpelling() {
        // parsed types are kept by their text: each spelling keeps its own raw text, and the kept
        // type is the one parsing would give
        PgType first = PgType.parse("VARCHAR(12)");
        PgType again = PgType.parse("VARCHAR(12)");
        PgType other = PgType.parse("character varying(12)");
        assertThat(again).isEqualTo(first).isEqualTo(other);
        assertThat(again.raw()).isEqualTo("VARCHAR(12)");
        assertThat(other.raw()).isEqualTo("character varying(12)");
        assertThat(again.modifiers()).containsExactly("12");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> again.modifiers().add("1"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void equalityIgnoresTheRawSpelling() {
        assertThat(PgType.parse("int4")).isEqualTo(PgType.parse("integer")).hasSameHashCodeAs(PgType.parse("INTEGER"));
        assertThat(PgType.parse("varchar(80)")).isNotEqualTo(PgType.parse("varchar(81)"));
        assertThat(PgType.parse("int4").raw()).isEqualTo("int4");
        assertThat(PgType.parse("text[]")).isEqualTo(PgType.builtin("text").arrayOf());
        assertThat(PgType.parse("app.mood")).isEqualTo(PgType.user("app", "mood"));
    }

    @Test
    void aQuotedTypeNameIsWrittenQuotedSoItsTextNeverBecomesSql() {
        assertThat(PgType.parse("\"int); DROP TABLE x; --\"").sql()).isEqualTo("\"int); DROP TABLE x; --\"");
        assertThat(PgType.parse("\"MyType\"").sql()).isEqualTo("\"MyType\"");
        assertThat(PgType.parse("\"select\"").sql()).isEqualTo("\"select\"");
        assertThat(PgType.parse("double precision").sql()).isEqualTo("double precision");
        assertThat(PgType.parse("varchar(40)").sql()).isEqualTo("character varying(40)");
    }

    /** The hand-written check agrees with the pattern it replaced, on chosen and on random names. */
    @Test
    void plainNameIsThePatternItReplaced() {
        java.util.regex.Pattern plain = java.util.regex.Pattern.compile("[a-z_][a-z0-9_$]*( [a-z_][a-z0-9_$]*)*");
        List<String> names = new java.util.ArrayList<>(List.of("", " ", "integer", "double precision", "timestamp with time zone",
                "_t", "t$1", "$t", "1t", "a  b", " a", "a ", "A", "caf\u00e9", "my-type", "a b c", "a_ b$", "a\tb"));
        names.addAll(dev.dibs.engine.testing.RandomStrings.of("ab_$1 A-", 20_000, 7, 20));
        for (String name : names) {
            assertThat(PgType.plainName(name)).as("'" + name + "'").isEqualTo(plain.matcher(name).matches());
        }
    }
}
