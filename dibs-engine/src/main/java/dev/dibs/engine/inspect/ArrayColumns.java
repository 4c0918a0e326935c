package dev.dibs.engine.inspect;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;

/**
 * One-dimensional array columns of the catalog queries, read from their text where that text can only
 * mean one thing: PostgreSQL quotes an element that is empty, is {@code NULL} in any case, or holds a
 * quote, a backslash, a brace, a comma or white space, so a text without quotes, backslashes or inner
 * braces is its elements separated by commas, an unquoted {@code NULL} being a null element. Anything
 * else (quoted elements, more dimensions, bounds other than 1) goes through the driver's array parser.
 * An inspection of 1,000 tables reads about 20,000 arrays, most of them empty or a few plain names;
 * the driver builds an array object, looks its type up and parses each of them, which in a JVM that has
 * not compiled that code yet was a tenth of reading the rows.
 */
final class ArrayColumns {

    private ArrayColumns() {
    }

    /** A {@code text[]} or {@code name[]} column; SQL NULL is an empty list, as an empty array is. */
    static List<String> strings(ResultSet rs, String column) throws SQLException {
        return strings(rs, rs.findColumn(column));
    }

    /** As {@link #strings(ResultSet, String)}, the column by its number (found once per result set by a reader of many rows). */
    static List<String> strings(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null || text.equals("{}")) {
            return List.of();
        }
        String[] plain = plainElements(text);
        if (plain == null) {
            Array array = rs.getArray(column);
            return Arrays.asList((String[]) array.getArray());
        }
        for (int i = 0; i < plain.length; i++) {
            if (plain[i].equals("NULL")) {
                plain[i] = null;
            }
        }
        return Arrays.asList(plain);
    }

    /** An {@code int[]} column; SQL NULL is an empty array, as an empty array is. */
    static Integer[] ints(ResultSet rs, String column) throws SQLException {
        return ints(rs, rs.findColumn(column));
    }

    /** As {@link #ints(ResultSet, String)}, the column by its number. */
    static Integer[] ints(ResultSet rs, int column) throws SQLException {
        String text = rs.getString(column);
        if (text == null || text.equals("{}")) {
            return new Integer[0];
        }
        String[] plain = plainElements(text);
        if (plain == null) {
            return (Integer[]) rs.getArray(column).getArray();
        }
        Integer[] out = new Integer[plain.length];
        for (int i = 0; i < plain.length; i++) {
            out[i] = plain[i].equals("NULL") ? null : Integer.valueOf(plain[i]);
        }
        return out;
    }

    /** The elements of {@code text}, an array's output, when none is quoted and it has one dimension; else null. */
    static String[] plainElements(String text) {
        int last = text.length() - 1;
        if (last < 1 || text.charAt(0) != '{' || text.charAt(last) != '}') {
            return null; // bounds other than 1 are printed before the braces
        }
        for (int i = 1; i < last; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\' || c == '{' || c == '}') {
                return null;
            }
        }
        return text.substring(1, last).split(",", -1);
    }
}
