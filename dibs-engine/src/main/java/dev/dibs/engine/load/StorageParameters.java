package dev.dibs.engine.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an annotation's {@code with = "fillfactor=70, deduplicate_items=off"} into the
 * {@code name=value} entries {@code pg_class.reloptions} holds. Only plain names and plain values
 * (a number or a word) are accepted, so nothing of the text reaches SQL as written: dibs writes the
 * entries back itself. Names and words are folded to lower case, as PostgreSQL folds them.
 */
final class StorageParameters {

    private static final Pattern ENTRY = Pattern.compile(
            "\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(-?[0-9]+(?:\\.[0-9]+)?|[A-Za-z_][A-Za-z0-9_]*)\\s*");

    private StorageParameters() {
    }

    /**
     * The entries, in the order written; empty for a blank text.
     *
     * @throws IllegalArgumentException saying which part is not {@code name=value}
     */
    static List<String> parse(String text) {
        List<String> entries = new ArrayList<>();
        if (text.isBlank()) {
            return entries;
        }
        for (String part : text.split(",", -1)) {
            Matcher m = ENTRY.matcher(part);
            if (!m.matches()) {
                throw new IllegalArgumentException("\"" + part.trim() + "\" is not name=value with a plain name and a number"
                        + " or word as value");
            }
            entries.add(m.group(1).toLowerCase(Locale.ROOT) + "=" + m.group(2).toLowerCase(Locale.ROOT));
        }
        return entries;
    }
}
