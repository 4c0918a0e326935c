package dev.dibs.engine.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.engine.testing.TestDatabase;
import dev.dibs.engine.testing.WithPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Arrays read from their text must be exactly what the driver's parser makes of them, for every
 * element PostgreSQL quotes and for the shapes that must go to the parser.
 */
@WithPostgres
class ArrayColumnsTest {

    private static final List<String> TEXT_ARRAYS = List.of(
            "'{}'::text[]", "NULL::text[]", "ARRAY['id']", "ARRAY['id', 'name', 'created_at']::name[]",
            "ARRAY['NULL', 'null', 'Null']", "ARRAY[NULL, 'a', NULL]::text[]", "ARRAY['']", "ARRAY['a b', 'c,d', 'e\"f']",
            "ARRAY[E'back\\\\slash', '{brace}', 'x}']", "ARRAY['caf\u00e9', '\u65e5\u672c', 'emoji \uD83D\uDE00']",
            "ARRAY[' lead', 'tab\tin', E'line\\nbreak']", "'[0:1]={a,b}'::text[]", "ARRAY['Weird Col', 'user']::name[]");

    private static final List<String> INT_ARRAYS = List.of(
            "'{}'::int[]", "NULL::int[]", "ARRAY[1]", "ARRAY[3, 1, 2]::smallint[]", "ARRAY[-1, 0, 32767]::int2[]",
            "ARRAY[NULL, 2]::int[]", "'[0:2]={7,8,9}'::int[]");

    @Test
    void textArraysReadAsTheDriverParsesThem(TestDatabase db) throws Exception {
        for (String array : TEXT_ARRAYS) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + array + " AS a")) {
                rs.next();
                java.sql.Array parsed = rs.getArray("a");
                List<String> expected = parsed == null ? List.of() : Arrays.asList((String[]) parsed.getArray());
                assertThat(ArrayColumns.strings(rs, "a")).as(array).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void integerArraysReadAsTheDriverParsesThem(TestDatabase db) throws Exception {
        for (String array : INT_ARRAYS) {
            try (Connection c = db.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT " + array + "::int[] AS a")) {
                rs.next();
                java.sql.Array parsed = rs.getArray("a");
                Integer[] expected = parsed == null ? new Integer[0] : (Integer[]) parsed.getArray();
                assertThat(ArrayColumns.ints(rs, "a")).as(array).containsExactly(expected);
            }
        }
    }

    @Test
    void onlyUnquotedOneDimensionalTextIsSplitHere() {
        assertThat(ArrayColumns.plainElements("{a,b,NULL}")).containsExactly("a", "b", "NULL");
        assertThat(ArrayColumns.plainElements("{\"a b\",c}")).isNull();
        assertThat(ArrayColumns.plainElements("{{1,2},{3,4}}")).isNull();
        assertThat(ArrayColumns.plainElements("[0:1]={a,b}")).isNull();
        assertThat(ArrayColumns.plainElements("{a\\,b}")).isNull();
    }
}
