package dev.dibs.engine.load.jpa;

import dev.dibs.engine.naming.PostgresNames;
import java.util.Locale;
import java.util.Objects;

/**
 * An identifier as Hibernate holds it: its text and whether the mapping quoted it (in backticks or
 * double quotes). Hibernate writes unquoted names as they are, so PostgreSQL folds them
 * ({@code OwnerAddress} is stored as {@code owneraddress}); the hashed constraint names, though, are
 * computed from the text before folding.
 */
public record JpaName(String text, boolean quoted) {

    public JpaName {
        Objects.requireNonNull(text, "text");
    }

    /**
     * A name dibs builds (an implicit name, a class or field name), read as Hibernate's
     * {@code Identifier.toIdentifier} reads every string it names with: the same as {@link #written}.
     */
    public static JpaName of(String text) {
        return written(text);
    }

    /**
     * A name as written in an annotation, read as Hibernate 7's {@code Identifier.toIdentifier} does
     * on PostgreSQL: surrounding white space dropped; {@code `x`}, {@code "x"} and {@code [x]} are
     * quoted {@code x}; and a name Hibernate could not write bare (its first character not a letter or
     * {@code _}, or another character not a letter, digit, {@code _} or {@code $}) is quoted
     * automatically, so {@code my-table} stays {@code my-table} in the database. An empty name stays
     * empty (Hibernate has none: the caller's default applies).
     */
    public static JpaName written(String written) {
        String t = trimWhite(written);
        int n = t.length();
        if (n >= 3 && quotes(t.charAt(0), t.charAt(n - 1))) {
            return new JpaName(t.substring(1, n - 1), true);
        }
        return new JpaName(t, !t.isEmpty() && needsQuotes(t));
    }

    /** Hibernate trims with {@link Character#isWhitespace}, not {@link String#strip}. */
    private static String trimWhite(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && Character.isWhitespace(s.charAt(start))) {
            start++;
        }
        while (start < end && Character.isWhitespace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean quotes(char first, char last) {
        return first == '`' && last == '`' || first == '"' && last == '"' || first == '[' && last == ']';
    }

    private static boolean needsQuotes(String t) {
        char first = t.charAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return true;
        }
        for (int i = 1; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '_' && c != '$') {
                return true;
            }
        }
        return false;
    }

    /**
     * The name PostgreSQL stores: a quoted one as it is, an unquoted one with ASCII letters lowered
     * (PostgreSQL's folding), either cut to 63 bytes as PostgreSQL cuts a longer identifier.
     */
    public String sqlName() {
        String folded = quoted ? text : fold(text);
        return PostgresNames.clip(folded, PostgresNames.MAX_IDENTIFIER_BYTES);
    }

    /** PostgreSQL's folding of an unquoted identifier: ASCII letters only. */
    static String fold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
        }
        return sb.toString();
    }

    /** Hibernate's canonical form, by which it sorts and compares: quoted text as is, unquoted lowered. */
    public String canonical() {
        return quoted ? text : text.toLowerCase(Locale.ENGLISH);
    }

    /** The same quoting, other text. */
    public JpaName withText(String newText) {
        return new JpaName(newText, quoted);
    }

    @Override
    public String toString() {
        return quoted ? "`" + text + "`" : text;
    }
}
