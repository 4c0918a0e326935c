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

    public static JpaName of(String text) {
        return new JpaName(text, false);
    }

    /** A name as written in an annotation: {@code `x`} and {@code "x"} are quoted {@code x}. */
    public static JpaName written(String written) {
        String t = written.trim();
        if (t.length() >= 2 && (t.startsWith("`") && t.endsWith("`") || t.startsWith("\"") && t.endsWith("\""))) {
            return new JpaName(t.substring(1, t.length() - 1), true);
        }
        return new JpaName(t, false);
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
        return quoted ? text : text.toLowerCase(Locale.ROOT);
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
