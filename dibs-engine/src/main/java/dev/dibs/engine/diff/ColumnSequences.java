package dev.dibs.engine.diff;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.PostgresNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sequence a column owns while its default is exactly {@code nextval} of it (a serial
 * column's), as a {@link Sequence}: the model keeps only the options that are not the defaults
 * for the column ({@link Column#sequence()}), so the rest are those defaults again.
 */
public final class ColumnSequences {

    private static final Pattern OPTION = Pattern.compile(
            "AS ([a-z ]+?)(?= INCREMENT| MINVALUE| MAXVALUE| START| CACHE| CYCLE|$)|INCREMENT BY (-?[0-9]+)|MINVALUE (-?[0-9]+)"
                    + "|MAXVALUE (-?[0-9]+)|START WITH (-?[0-9]+)|CACHE ([0-9]+)|(CYCLE)");

    private ColumnSequences() {
    }

    /** The serial-like sequence of {@code c} in {@code table}, or null when its default is not one {@code nextval} call. */
    public static QualifiedName name(QualifiedName table, Column c) {
        if (c.isIdentity() || c.isGenerated()) {
            return null;
        }
        QualifiedName target = SequenceCalls.serialTarget(c.defaultExpression());
        // PostgreSQL keeps an owned sequence in its table's schema
        return target != null && target.schema().equals(table.schema()) ? target : null;
    }

    /**
     * {@code serial} and its kin when {@code c}, new in {@code table}, is exactly what that shorthand
     * creates (NOT NULL, a default of {@code nextval} of the sequence PostgreSQL names
     * {@code table_column_seq}, an integer type, its sequence starting where a new one does), so
     * writing it creates the sequence too; else null.
     */
    public static String serialType(QualifiedName table, Column c) {
        if (c.nullable() || c.isIdentity() || c.isGenerated() || !c.type().isBuiltin() || c.type().array()
                || !c.type().modifiers().isEmpty() || startsElsewhere(c.sequence())) {
            return null;
        }
        String serial = switch (c.type().name()) {
            case "smallint" -> "smallserial";
            case "integer" -> "serial";
            case "bigint" -> "bigserial";
            default -> null;
        };
        QualifiedName sequence = name(table, c);
        return sequence != null && sequence.name().equals(PostgresNames.makeObjectName(table.name(), c.name(), "seq")) ? serial : null;
    }

    /**
     * Whether a sequence with these options gives another first value than a new one's (a start or
     * bounds of its own, or counting down): {@code ALTER SEQUENCE … START WITH} after {@code serial}
     * made it would only record the start, the sequence giving 1 first, so such a column is not
     * written {@code serial}: its sequence is created apart, with every option, before it.
     */
    private static boolean startsElsewhere(String options) {
        return options != null && (options.contains("START WITH") || options.contains("MINVALUE") || options.contains("MAXVALUE")
                || options.contains("INCREMENT BY -"));
    }

    /**
     * Whether {@code CREATE TABLE} writes {@code c} of the new table {@code t} as {@code serial}, and so
     * creates its sequence. Not in an {@code UNLOGGED} table: from PostgreSQL 15 on, the sequence
     * {@code serial} makes there is unlogged too, where one created on its own (as pg_dump writes it)
     * is logged, and dibs does not model a sequence's persistence; the plan creates it apart instead.
     */
    public static boolean writtenSerial(Table t, Column c) {
        return !t.options().unlogged() && serialType(t.name(), c) != null;
    }

    /** The serial-like sequence of {@code c} with all its options, owned by the column; null as {@link #name} is. */
    public static Sequence of(QualifiedName table, Column c) {
        QualifiedName name = name(table, c);
        return name == null ? null : withOptions(name, table, c);
    }

    /**
     * The sequence of the identity column {@code c} with all its options, under the name
     * {@code ALTER SEQUENCE} gives it ({@code table_column_seq}, as PostgreSQL names it); null for
     * any other column.
     */
    public static Sequence ofIdentity(QualifiedName table, Column c) {
        return c.isIdentity()
                ? withOptions(new QualifiedName(table.schema(), PostgresNames.makeObjectName(table.name(), c.name(), "seq")), table, c)
                : null;
    }

    private static Sequence withOptions(QualifiedName name, QualifiedName table, Column c) {
        String options = c.sequence() == null ? "" : c.sequence();
        String type = switch (c.type().name()) {
            case "smallint", "integer", "bigint" -> c.type().array() ? "bigint" : c.type().name();
            default -> "bigint";
        };
        long increment = 1;
        Long min = null;
        Long max = null;
        Long start = null;
        long cache = 1;
        boolean cycle = false;
        Matcher m = OPTION.matcher(options);
        while (m.find()) {
            if (m.group(1) != null) {
                type = m.group(1).strip();
            } else if (m.group(2) != null) {
                increment = Long.parseLong(m.group(2));
            } else if (m.group(3) != null) {
                min = Long.parseLong(m.group(3));
            } else if (m.group(4) != null) {
                max = Long.parseLong(m.group(4));
            } else if (m.group(5) != null) {
                start = Long.parseLong(m.group(5));
            } else if (m.group(6) != null) {
                cache = Long.parseLong(m.group(6));
            } else {
                cycle = true;
            }
        }
        long low = Sequence.lowest(type);
        long high = Sequence.highest(type);
        long minValue = min != null ? min : increment > 0 ? 1 : low;
        long maxValue = max != null ? max : increment > 0 ? high : -1;
        long startValue = start != null ? start : increment > 0 ? minValue : maxValue;
        return new Sequence(name, type, increment, minValue, maxValue, startValue, cache, cycle,
                SequenceCalls.ownerName(table.name(), c.name()), null);
    }
}
