package dev.dibs.engine.diff;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.naming.Identifiers;

/**
 * A trigger after its table was renamed: PostgreSQL keeps the trigger and prints the new table name
 * in {@code pg_get_triggerdef}, so the current trigger is compared with the desired one as it will
 * read after the rename, not dropped and created again.
 */
public final class TriggerTables {

    private TriggerTables() {
    }

    /**
     * {@code t} after table {@code from} became {@code to}: the same trigger when it is on another
     * table. Its definition gets the new name where PostgreSQL prints the table: the first
     * {@code ON schema.table} after the trigger's name, outside quoted identifiers (a column of
     * {@code UPDATE OF} may be named anything). Should that not be found, the definition is left
     * as it was: the trigger then differs and is dropped and created, never silently kept wrong.
     */
    public static Trigger renamed(Trigger t, QualifiedName from, QualifiedName to) {
        if (!t.table().equals(from)) {
            return t;
        }
        return t.withTable(to, definitionOnTable(t.definition(), t, from, to));
    }

    /**
     * {@code t} renamed to {@code to} ({@code ALTER TRIGGER … RENAME TO}): its definition names it
     * where PostgreSQL prints the name, right after {@code CREATE [CONSTRAINT] TRIGGER}; null when the
     * definition does not start so (then the trigger is dropped and created, never kept wrong).
     */
    public static Trigger named(Trigger t, String to) {
        String kind = t.constraint() ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ";
        String head = kind + Identifiers.quote(t.name()) + " ";
        if (!t.definition().startsWith(head)) {
            return null;
        }
        return new Trigger(t.table(), to, kind + Identifiers.quote(to) + " " + t.definition().substring(head.length()), t.function(),
                t.enabled(), t.comment(), t.columns());
    }

    private static String definitionOnTable(String definition, Trigger t, QualifiedName from, QualifiedName to) {
        String head = (t.constraint() ? "CREATE CONSTRAINT TRIGGER " : "CREATE TRIGGER ") + Identifiers.quote(t.name()) + " ";
        if (!definition.startsWith(head)) {
            return definition;
        }
        String old = " ON " + Identifiers.quote(from.schema(), from.name()) + " ";
        for (int i = head.length() - 1; i < definition.length(); i++) {
            char c = definition.charAt(i);
            if (c == '"') {
                i = closingQuote(definition, i);
            } else if (definition.startsWith(old, i)) {
                return definition.substring(0, i) + " ON " + Identifiers.quote(to.schema(), to.name()) + " "
                        + definition.substring(i + old.length());
            }
        }
        return definition;
    }

    /** The index of the quote closing the identifier opened at {@code open} ({@code ""} is a quote inside it). */
    private static int closingQuote(String s, int open) {
        int i = open + 1;
        while (i < s.length()) {
            if (s.charAt(i) == '"') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '"') {
                    i += 2;
                    continue;
                }
                return i;
            }
            i++;
        }
        return s.length();
    }
}
