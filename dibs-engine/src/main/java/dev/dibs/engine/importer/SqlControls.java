package dev.dibs.engine.importer;

/**
 * SQL text whose string constants hold control characters (a dump's {@code '\u0001'} in an index
 * expression), rewritten so that none is left raw: each such constant becomes an escape string
 * ({@code E'\x01'}), which PostgreSQL reads as the same value. dibs refuses raw control characters
 * in annotation text (a reviewer cannot see them); the catalog prints the value as before, so the
 * import still round-trips.
 */
final class SqlControls {

    private SqlControls() {
    }

    /** {@code sql} with every string constant that holds a control character written as an escape string; as it is when none does. */
    static String escaped(String sql) {
        if (sql == null || sql.chars().noneMatch(SqlControls::control)) {
            return sql;
        }
        StringBuilder out = new StringBuilder(sql.length() + 16);
        int i = 0;
        int n = sql.length();
        while (i < n) {
            char c = sql.charAt(i);
            if (c == '"') { // a quoted name: copied as it is
                int end = sql.indexOf('"', i + 1);
                while (end > 0 && end + 1 < n && sql.charAt(end + 1) == '"') {
                    end = sql.indexOf('"', end + 2);
                }
                end = end < 0 ? n - 1 : end;
                out.append(sql, i, end + 1);
                i = end + 1;
            } else if (c == '\'') {
                boolean escape = i > 0 && (sql.charAt(i - 1) == 'E' || sql.charAt(i - 1) == 'e')
                        && (i < 2 || !Character.isLetterOrDigit(sql.charAt(i - 2)) && sql.charAt(i - 2) != '_');
                int j = i + 1;
                while (j < n) {
                    char d = sql.charAt(j);
                    if (escape && d == '\\' && j + 1 < n) {
                        j += 2;
                    } else if (d == '\'' && j + 1 < n && sql.charAt(j + 1) == '\'') {
                        j += 2;
                    } else if (d == '\'') {
                        break;
                    } else {
                        j++;
                    }
                }
                String raw = sql.substring(i + 1, Math.min(j, n));
                StringBuilder body = new StringBuilder();
                boolean rewrite = raw.chars().anyMatch(SqlControls::control);
                for (char d : raw.toCharArray()) {
                    body.append(!rewrite ? String.valueOf(d) : escape ? controlEscaped(d) : standardEscaped(d));
                }
                if (rewrite && !escape) {
                    out.append('E');
                }
                out.append('\'').append(body);
                if (j < n) {
                    out.append('\'');
                }
                i = j + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    /** A character of a standard string constant as an escape string writes it. */
    private static String standardEscaped(char c) {
        return c == '\\' ? "\\\\" : controlEscaped(c);
    }

    private static String controlEscaped(char c) {
        return control(c) ? String.format("\\x%02X", (int) c) : String.valueOf(c);
    }

    private static boolean control(int c) {
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f;
    }
}
