package dev.dibs.engine.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads {@code with = "fillfactor=50, autovacuum_vacuum_scale_factor=0.005"} of {@code @Table} and
 * {@code @Index}: comma-separated {@code name=value}, a name being a word or {@code toast.}word and a
 * value a number, a word or a quoted string. Anything else is refused, so nothing but parameters
 * reaches the {@code WITH (…)} dibs writes.
 */
final class StorageParameters {

    private StorageParameters() {
    }

    /** The parameters as {@code name=value}, names in lower case; throws with the reason when unreadable. */
    static List<String> parse(String written) {
        List<String> out = new ArrayList<>();
        if (written.isBlank()) {
            return out;
        }
        for (String part : KeyListParser.split(written)) {
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException("\"" + part + "\" is not name=value");
            }
            String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            String value = part.substring(eq + 1).trim();
            if (!name.matches("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)?")) {
                throw new IllegalArgumentException("\"" + name + "\" is not a parameter name");
            }
            if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
                value = value.substring(1, value.length() - 1).replace("''", "'");
            } else if (value.matches("[A-Za-z0-9_.+-]+")) {
                value = value.toLowerCase(Locale.ROOT); // an unquoted word is folded, as PostgreSQL folds it
            } else {
                throw new IllegalArgumentException("the value of " + name + " is neither a number, a word nor a quoted string");
            }
            if (out.stream().anyMatch(o -> o.startsWith(name + "="))) {
                throw new IllegalArgumentException(name + " is given twice");
            }
            out.add(name + "=" + value);
        }
        return out;
    }
}
