package dev.dibs.engine.migrate;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What Flyway's PostgreSQL support decides from a SQL migration's text, decided the same way:
 * which statements cannot run inside a transaction, and what dibs cannot run as Flyway would
 * (placeholders it does not replace, {@code COPY … FROM STDIN}).
 */
final class FlywayStatements {

    /**
     * Statements PostgreSQL refuses inside a transaction block, as Flyway 13's PostgreSQL parser
     * recognises them (plus {@code REINDEX … CONCURRENTLY}, which PostgreSQL refuses there too).
     * Matched against the statement upper-cased with its white space collapsed.
     */
    private static final List<Pattern> NON_TRANSACTIONAL = List.of(
            Pattern.compile("^(CREATE|DROP) (DATABASE|TABLESPACE|SUBSCRIPTION)\\b"),
            Pattern.compile("^ALTER SYSTEM\\b"),
            Pattern.compile("^(CREATE|DROP)( UNIQUE)? INDEX CONCURRENTLY\\b"),
            Pattern.compile("^REINDEX( VERBOSE)? (SCHEMA|DATABASE|SYSTEM)\\b"),
            Pattern.compile("^REINDEX\\b.*\\bCONCURRENTLY\\b"),
            Pattern.compile("^VACUUM\\b"),
            Pattern.compile("^DISCARD ALL\\b"));

    private static final Pattern COPY_FROM_STDIN = Pattern.compile("^COPY( .*)? FROM STDIN\\b");

    /** Flyway's default placeholder syntax; Flyway replaces these in every migration unless told not to. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([^}\\n]*)}");

    private FlywayStatements() {
    }

    /** Adds a refusal for each Flyway placeholder in the text, naming its line. */
    static void placeholders(String text, List<String> refusals) {
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            refusals.add("line " + line(text, m.start()) + ": the Flyway placeholder " + m.group() + ", which Flyway replaces"
                    + " before running the file and dibs does not. Write the value itself in the file (a file Flyway already"
                    + " applied is never run again, so only pending files must change).");
        }
    }

    /**
     * Whether the file runs in one transaction: yes unless every statement must run outside one (then
     * each commits on its own, as Flyway runs such a file). A file that mixes both kinds cannot run
     * either way, which Flyway refuses as well; a {@code COPY … FROM STDIN} is refused.
     */
    static boolean transactional(List<FlywayScript.Statement> statements, List<String> refusals) {
        FlywayScript.Statement firstInside = null;
        FlywayScript.Statement firstOutside = null;
        for (FlywayScript.Statement s : statements) {
            String normal = s.sql().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
            if (COPY_FROM_STDIN.matcher(normal).find()) {
                refusals.add("line " + s.line() + ": COPY … FROM STDIN reads its rows from the client, as psql sends them;"
                        + " dibs runs statements over JDBC. Write the rows as INSERT statements.");
            }
            boolean outside = NON_TRANSACTIONAL.stream().anyMatch(p -> p.matcher(normal).find());
            if (outside && firstOutside == null) {
                firstOutside = s;
            } else if (!outside && firstInside == null) {
                firstInside = s;
            }
        }
        if (firstOutside != null && firstInside != null) {
            refusals.add("line " + firstOutside.line() + ": " + firstWords(firstOutside.sql()) + " cannot run inside a"
                    + " transaction, but the statement at line " + firstInside.line() + " and others of the file must run in one."
                    + " Move the statements that cannot run in a transaction (CREATE INDEX CONCURRENTLY, VACUUM, …) to a"
                    + " migration file of their own, which dibs then runs outside a transaction.");
        }
        return firstOutside == null;
    }

    private static String firstWords(String sql) {
        String[] words = sql.strip().split("\\s+", 5);
        return String.join(" ", List.of(words).subList(0, Math.min(4, words.length)));
    }

    private static int line(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
