package dev.dibs.engine.load;

import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code @Identity(sequence = "START WITH 1000 CACHE 20")}: the options of an identity column's
 * sequence, read by a strict grammar (the text ends up in an {@code ALTER SEQUENCE} statement, so
 * nothing but these words and integers passes) and written as the inspection writes a column's
 * sequence options ({@code Column.sequence()}): only those that are not the defaults for the
 * column's type, in one order.
 */
final class IdentityOptions {

    private static final String WORDS = "write them as ALTER SEQUENCE does, e.g. \"START WITH 1000 INCREMENT BY 10 CACHE 20\""
            + " (INCREMENT [BY] n, MINVALUE n, MAXVALUE n, START [WITH] n, CACHE n, [NO] CYCLE, NO MINVALUE, NO MAXVALUE).";

    private IdentityOptions() {
    }

    /**
     * The options that are not the defaults for an identity of {@code type}, or null when all are
     * (or when the text is wrong: then a problem names {@code where}).
     */
    static String canonical(String text, PgType type, String where, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String label = "@Identity(sequence = \"" + text + "\")";
        String name = type == null || type.array() ? "" : type.name();
        if (!name.equals("smallint") && !name.equals("integer") && !name.equals("bigint")) {
            return null; // @Identity on a non-integer member is a problem of its own
        }
        long low = Sequence.lowest(name);
        long high = Sequence.highest(name);
        Long increment = null;
        Long min = null;
        Long max = null;
        Long start = null;
        Long cache = null;
        Boolean cycle = null;
        boolean noMin = false;
        boolean noMax = false;
        String[] words = text.trim().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String word = words[i].toUpperCase(Locale.ROOT);
            String next = i + 1 < words.length ? words[i + 1].toUpperCase(Locale.ROOT) : "";
            String option;
            Long value = null;
            if (word.equals("NO") && (next.equals("MINVALUE") || next.equals("MAXVALUE") || next.equals("CYCLE"))) {
                option = "NO " + next;
                i++;
            } else if (word.equals("CYCLE")) {
                option = "CYCLE";
            } else if (word.equals("INCREMENT") || word.equals("START") || word.equals("MINVALUE") || word.equals("MAXVALUE")
                    || word.equals("CACHE")) {
                option = word;
                if ((word.equals("INCREMENT") && next.equals("BY")) || (word.equals("START") && next.equals("WITH"))) {
                    i++;
                }
                value = i + 1 < words.length ? number(words[i + 1]) : null;
                if (value == null) {
                    problems.add(new Problem(where, label + ": " + word + " needs an integer after it.", WORDS));
                    return null;
                }
                i++;
            } else if (word.equals("AS")) {
                problems.add(new Problem(where, label + ": an identity's sequence has the column's type (" + type.sql() + ").",
                        "leave AS out; change the member's type to change the sequence's."));
                return null;
            } else {
                problems.add(new Problem(where, label + ": \"" + words[i] + "\" is not a sequence option dibs can declare.", WORDS));
                return null;
            }
            boolean repeated = switch (option) {
                case "INCREMENT" -> increment != null;
                case "MINVALUE", "NO MINVALUE" -> min != null || noMin;
                case "MAXVALUE", "NO MAXVALUE" -> max != null || noMax;
                case "START" -> start != null;
                case "CACHE" -> cache != null;
                default -> cycle != null;
            };
            if (repeated) {
                problems.add(new Problem(where, label + " gives " + option.replace("NO ", "") + " twice.", "give each option once."));
                return null;
            }
            switch (option) {
                case "INCREMENT" -> increment = value;
                case "MINVALUE" -> min = value;
                case "NO MINVALUE" -> noMin = true;
                case "MAXVALUE" -> max = value;
                case "NO MAXVALUE" -> noMax = true;
                case "START" -> start = value;
                case "CACHE" -> cache = value;
                case "CYCLE" -> cycle = true;
                default -> cycle = false;
            }
        }
        long inc = increment == null ? 1 : increment;
        long minValue = min != null ? min : inc > 0 ? 1 : low;
        long maxValue = max != null ? max : inc > 0 ? high : -1;
        long startValue = start != null ? start : inc > 0 ? minValue : maxValue;
        String wrong = inc == 0 ? "INCREMENT must not be zero"
                : minValue < low || maxValue > high ? "its bounds do not fit " + type.sql() + " (" + low + " to " + high + ")"
                : minValue >= maxValue ? "MINVALUE " + minValue + " is not below MAXVALUE " + maxValue
                : startValue < minValue || startValue > maxValue ? "START WITH " + startValue + " is outside " + minValue + " to " + maxValue
                : cache != null && cache < 1 ? "CACHE must be at least 1" : null;
        if (wrong != null) {
            problems.add(new Problem(where, label + ": " + wrong + ".", "give options PostgreSQL accepts for a " + type.sql()
                    + " sequence."));
            return null;
        }
        List<String> out = new ArrayList<>();
        if (inc != 1) {
            out.add("INCREMENT BY " + inc);
        }
        if (minValue != (inc > 0 ? 1 : low)) {
            out.add("MINVALUE " + minValue);
        }
        if (maxValue != (inc > 0 ? high : -1)) {
            out.add("MAXVALUE " + maxValue);
        }
        if (startValue != (inc > 0 ? minValue : maxValue)) {
            out.add("START WITH " + startValue);
        }
        if (cache != null && cache != 1) {
            out.add("CACHE " + cache);
        }
        if (Boolean.TRUE.equals(cycle)) {
            out.add("CYCLE");
        }
        return out.isEmpty() ? null : String.join(" ", out);
    }

    private static Long number(String word) {
        if (!word.matches("[+-]?[0-9]{1,19}")) {
            return null;
        }
        try {
            return Long.parseLong(word.startsWith("+") ? word.substring(1) : word);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
