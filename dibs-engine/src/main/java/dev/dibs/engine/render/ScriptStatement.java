package dev.dibs.engine.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One statement of a script that creates a schema from nothing, with the Java element it comes
 * from ({@code com.acme.User.createdAt @Default("now()")}) so a failure can name it.
 */
public record ScriptStatement(String sql, String origin) {

    private static final Pattern BEGIN_ATOMIC = Pattern.compile("\\bBEGIN\\s+ATOMIC\\b", Pattern.CASE_INSENSITIVE);

    /**
     * The script as few texts as can each be sent as one: the JDBC driver splits a text into its
     * statements at the semicolons, but stops splitting at a SQL-standard function body
     * ({@code BEGIN ATOMIC … END}), whose own semicolons it cannot tell apart, and PostgreSQL then
     * refuses the rest as several commands in one. So such a statement ends its text.
     */
    public static List<String> batches(List<ScriptStatement> script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (ScriptStatement s : script) {
            if (!current.isEmpty()) {
                current.append(";\n");
            }
            current.append(s.sql());
            if (BEGIN_ATOMIC.matcher(s.sql()).find()) {
                out.add(current.toString());
                current.setLength(0);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString());
        }
        return out;
    }
}
