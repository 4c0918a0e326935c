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
 * Arrays read from their text must be exactly what the driver's parser makes of them. The first group
 * is read from the text here (plain elements, non-ASCII ones too); the second has an element
 * PostgreSQL quotes, or bounds, and goes to the driver's parser, as two dimensions do: the reading
 * must notice.
 */
@WithPostgres
class ArrayColumnsTest {

    private static final List<String> TEXT_READ_HERE = List.of(
            "'{}'::text[]", "NULL::text[]", "ARRAY['id']", "ARRAY['id', 'name', 'created_at']::name[]",
            "ARRAY[NULL, 'a', NULL]::text[]", "ARRAY['caf\u00e9', '\u65e5\u672c', 'emoji\uD83D\uDE00', 'x.y', 'a-b', '$t']");

    private static final List<String> TEXT_PARSED_BY_THE_DRIVER = List.of(
            "ARRAY['NULL', 'null', 'Null']", "ARRAY['']", "ARRAY['a b', 'c,d', 'e\"f']",
            "ARRAY[E'back\\\\slash', '{brace}', 'x}']", "ARRAY[' lead', 'tab\tin', E'line\\nbreak']", "'[0:1]={a,b}'::text[]",
            "ARRAY['Weird Col', 'user']::name[]");

    private static final List<String> TEXT_ARRAYS = java.util.stream.Stream.concat(TEXT_READ_HERE.stream(),
            TEXT_PARSED_BY_THE_DRIVER.stream()).toList();

    private static final List<String> INT_ARRAYS = List.of(
            "'{}'::int[]", "NULL::int[]", "ARRAY[1]", "ARRAY[3, 1, 2]", "ARRAY[-1, 0, 32767]",
            "ARRAY[NULL, 2]::int[]", "'[0:2]={7,8,9}'::int[]");

    @Test
    void whatIsReadHereHasNoQuotedElementAndWhatIsNotHasOne(TestDatabase db) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String array : TEXT_READ_HERE) {
                try (ResultSet rs = s.executeQuery("SELECT " + array + " AS a")) {
                    rs.next();
                    String text = rs.getString("a");
                    assertThat(text == null || text.equals("{}") || ArrayColumns.plainElements(text) != null).as(array).isTrue();
                }
            }
            // two dimensions, which no catalog query returns as text[] (strings() reads one): never split here
            try (ResultSet rs = s.executeQuery("SELECT ARRAY[['a', 'b'], ['c', 'd']]::text[] AS a")) {
                rs.next();
                assertThat(ArrayColumns.plainElements(rs.getString("a"))).isNull();
            }
            for (String array : TEXT_PARSED_BY_THE_DRIVER) {
                try (ResultSet rs = s.executeQuery("SELECT " + array + " AS a")) {
                    rs.next();
                    assertThat(ArrayColumns.plainElements(rs.getString("a"))).as(array).isNull();
                }
            }
        }
    }

    @Test
    void textArraysReadAsTheDriverParsesThem(TestDatabase db) throws Exception {
        readAsTheDriver(db, TEXT_ARRAYS, "", rs -> ArrayColumns.strings(rs, "a"), parsed -> Arrays.asList((String[]) parsed), List.of());
    }

    @Test
    void integerArraysReadAsTheDriverParsesThem(TestDatabase db) throws Exception {
        readAsTheDriver(db, INT_ARRAYS, "::int[]", rs -> Arrays.asList(ArrayColumns.ints(rs, "a")),
                parsed -> Arrays.asList((Integer[]) parsed), List.of());
    }

    private interface Reading<T> {
        T read(ResultSet rs) throws Exception;
    }

    /** Each of {@code arrays} read here and by the driver's parser ({@code none} for SQL NULL): the same elements. */
    private static <T> void readAsTheDriver(TestDatabase db, List<String> arrays, String cast, Reading<List<T>> here,
                                            java.util.function.Function<Object, List<T>> driver, List<T> none) throws Exception {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String array : arrays) {
                try (ResultSet rs = s.executeQuery("SELECT " + array + cast + " AS a")) {
                    rs.next();
                    java.sql.Array parsed = rs.getArray("a");
                    List<T> expected = parsed == null ? none : driver.apply(parsed.getArray());
                    assertThat(here.read(rs)).as(array).containsExactlyElementsOf(expected);
                }
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
