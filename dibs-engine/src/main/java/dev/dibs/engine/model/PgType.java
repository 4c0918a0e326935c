package dev.dibs.engine.model;

import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A column type in canonical form: the spelling Postgres's {@code format_type} uses
 * ({@code integer}, {@code character varying(80)}, {@code timestamp(3) with time zone},
 * {@code text[]}). {@code schema} is null for built-in types and set for user types such as enums.
 * {@code raw} keeps the text it was parsed from; it takes no part in equality, so two spellings of
 * one type are equal.
 */
public record PgType(String schema, String name, List<String> modifiers, boolean array, String raw) {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int2", "smallint"),
            Map.entry("int", "integer"),
            Map.entry("int4", "integer"),
            Map.entry("int8", "bigint"),
            Map.entry("float4", "real"),
            Map.entry("float8", "double precision"),
            Map.entry("bool", "boolean"),
            Map.entry("decimal", "numeric"),
            Map.entry("varchar", "character varying"),
            Map.entry("char", "character"),
            Map.entry("bpchar", "character"),
            Map.entry("varbit", "bit varying"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"),
            Map.entry("timetz", "time with time zone"));

    /**
     * Types already parsed, by their text: an inspection parses every column's type, and a schema
     * has few distinct ones (parsing was a tenth of an inspection's Java time at 1,000 tables).
     * Bounded, so that a process reading many schemas never grows it without end.
     */
    private static final Map<String, PgType> PARSED = new ConcurrentHashMap<>();
    private static final int PARSED_KEPT = 4096;
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    public PgType {
        Objects.requireNonNull(name, "name");
        modifiers = List.copyOf(modifiers);
    }

    /** A built-in scalar type by canonical name, e.g. {@code builtin("bigint")}. */
    public static PgType builtin(String name) {
        return new PgType(null, name, List.of(), false, name);
    }

    /** A user-defined type such as an enum. */
    public static PgType user(String schema, String name) {
        return new PgType(schema, name, List.of(), false, schema + "." + name);
    }

    /** The array type of this one. */
    public PgType arrayOf() {
        return new PgType(schema, name, modifiers, true, raw == null ? null : raw + "[]");
    }

    /** The element type of an array type (this type when it is not an array). */
    public PgType element() {
        return new PgType(schema, name, modifiers, false, raw);
    }

    /**
     * Parses a type as written in SQL ({@code int4}, {@code varchar(80)}, {@code timestamptz(3)},
     * {@code numeric(10, 2)}, {@code text[]}, {@code integer array}, {@code app.mood},
     * {@code "MyType"}) into canonical form. Unknown names pass through lower-cased (unless quoted;
     * only ASCII letters fold, as in a UTF-8 database), and a name longer than 63 bytes, quoted or
     * not, is cut as PostgreSQL cuts it when it reads the type, so it names the type it resolves to.
     */
    public static PgType parse(String text) {
        PgType known = PARSED.get(text);
        if (known != null) {
            return known;
        }
        PgType parsed = parseText(text);
        if (PARSED.size() < PARSED_KEPT) {
            PARSED.putIfAbsent(text, parsed);
        }
        return parsed;
    }

    private static PgType parseText(String text) {
        String raw = text;
        String s = WHITESPACE.matcher(text.trim()).replaceAll(" ");
        boolean array = false;
        while (true) {
            String lower = s.toLowerCase(Locale.ROOT);
            if (s.endsWith("]") && s.lastIndexOf('[') > 0) {
                s = s.substring(0, s.lastIndexOf('[')).trim();
                array = true;
            } else if (lower.endsWith(" array")) {
                s = s.substring(0, s.length() - " array".length()).trim();
                array = true;
            } else {
                break;
            }
        }
        List<String> modifiers = new ArrayList<>();
        int open = s.indexOf('(');
        if (open >= 0 && !s.startsWith("\"")) {
            int close = s.indexOf(')', open);
            if (close < 0) {
                throw new IllegalArgumentException("unbalanced parentheses in type " + raw);
            }
            for (String m : s.substring(open + 1, close).split(",")) {
                modifiers.add(m.trim());
            }
            s = (s.substring(0, open).trim() + " " + s.substring(close + 1).trim()).trim();
        }
        String schema = null;
        String name;
        if (s.contains("\"") || s.contains(".")) {
            List<String> parts = splitQualified(s);
            name = parts.get(parts.size() - 1);
            schema = parts.size() > 1 ? parts.get(parts.size() - 2) : null;
            if ("pg_catalog".equals(schema)) {
                schema = null;
            }
        } else {
            name = Identifiers.fold(s);
        }
        if (schema == null && !s.startsWith("\"")) {
            if (name.startsWith("_") && name.length() > 1) {
                array = true;
                name = name.substring(1);
            }
            name = canonicalName(name, modifiers);
        }
        return new PgType(schema, name, modifiers, array, raw);
    }

    private static String canonicalName(String name, List<String> modifiers) {
        if (name.equals("bpchar") && modifiers.isEmpty()) {
            return "bpchar"; // blank-padded without a length limit: not character(1)
        }
        String canonical = ALIASES.getOrDefault(name, name);
        if ((canonical.equals("character") || canonical.equals("bit")) && modifiers.isEmpty()) {
            modifiers.add("1"); // char and bit without a length mean length 1
        }
        if (canonical.equals("numeric") && modifiers.size() == 1) {
            modifiers.add("0"); // numeric(p) means numeric(p,0)
        }
        if (canonical.equals("float")) {
            int precision = modifiers.isEmpty() ? 53 : Integer.parseInt(modifiers.get(0));
            modifiers.clear();
            canonical = precision <= 24 ? "real" : "double precision";
        }
        return canonical;
    }

    private static List<String> splitQualified(String s) {
        List<String> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    current.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                    wasQuoted = true;
                }
            } else if (c == '.' && !quoted) {
                parts.add(wasQuoted ? Identifiers.truncated(current.toString()) : Identifiers.fold(current.toString()));
                current.setLength(0);
                wasQuoted = false;
            } else {
                current.append(c);
            }
        }
        parts.add(wasQuoted ? Identifiers.truncated(current.toString()) : Identifiers.fold(current.toString()));
        return parts;
    }

    public boolean isBuiltin() {
        return schema == null;
    }

    /**
     * Whether PostgreSQL reads {@code name} as the same name unquoted: lower-case words (built-in names
     * have spaces) of {@code [a-z_][a-z0-9_$]*} separated by single spaces. Written out
     * rather than as a pattern, since {@link #sql} asks it of every column of every table a report or
     * a plan prints, and a fresh JVM runs a pattern's matcher slowly for its first thousands of calls.
     */
    static boolean plainName(String name) {
        boolean wordStart = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == ' ') {
                if (wordStart) {
                    return false; // a leading or doubled space
                }
                wordStart = true;
                continue;
            }
            boolean letter = c >= 'a' && c <= 'z' || c == '_';
            if (wordStart ? !letter : !(letter || c >= '0' && c <= '9' || c == '$')) {
                return false;
            }
            wordStart = false;
        }
        return !wordStart; // not empty, no trailing space
    }

    /** The canonical SQL text, as {@code format_type} prints it (user types schema-qualified). */
    public String sql() {
        StringBuilder sb = new StringBuilder();
        String mods = modifiers.isEmpty() ? "" : "(" + String.join(",", modifiers) + ")";
        if (schema != null) {
            sb.append(Identifiers.quote(schema, name)).append(mods);
        } else if (!mods.isEmpty() && (name.startsWith("timestamp ") || name.startsWith("time "))) {
            int space = name.indexOf(' ');
            sb.append(name, 0, space).append(mods).append(name.substring(space));
        } else if (!plainName(name) || raw != null && raw.strip().startsWith("\"")) {
            // a quoted name in the annotation ("MyType", or anything between quotes): it must stay
            // one quoted name, or its text would become SQL of its own
            sb.append(Identifiers.quote(name)).append(mods);
        } else {
            sb.append(name).append(mods);
        }
        if (array) {
            sb.append("[]");
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PgType other
                && Objects.equals(schema, other.schema)
                && name.equals(other.name)
                && modifiers.equals(other.modifiers)
                && array == other.array;
    }

    @Override
    public int hashCode() {
        return Objects.hash(schema, name, modifiers, array);
    }

    @Override
    public String toString() {
        return sql();
    }
}
