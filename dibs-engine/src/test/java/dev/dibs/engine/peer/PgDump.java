package dev.dibs.engine.peer;

import dev.dibs.engine.postgres.ConnectionInfo;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine's {@code pg_dump}, as a second opinion on what a database holds: {@code --schema-only}
 * output split into its table-of-contents entries.
 */
final class PgDump {
    /** Debian's packaged client first (its major is the one the suite's server must have), then PATH. */
    private static final List<String> CANDIDATES = List.of("/usr/lib/postgresql/15/bin/pg_dump", "pg_dump");
    private static final Pattern TOC = Pattern.compile("^-- (?:Data for )?Name: (.*); Type: (.*); Schema: (.*); Owner: .*$");
    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\) (\\d+)");

    private final String executable;
    private final int major;

    private PgDump(String executable, int major) {
        this.executable = executable;
        this.major = major;
    }

    /**
     * The first pg_dump found.
     *
     * @throws IllegalStateException when there is none, saying how to install it
     */
    static PgDump find() {
        for (String candidate : CANDIDATES) {
            if (candidate.contains("/") && !Files.isExecutable(Path.of(candidate))) {
                continue;
            }
            try {
                String out = run(List.of(candidate, "--version"), null);
                Matcher m = VERSION.matcher(out);
                if (m.find()) {
                    return new PgDump(candidate, Integer.parseInt(m.group(1)));
                }
            } catch (IOException e) {
                // not on PATH: try the next one
            }
        }
        throw new IllegalStateException("The peer suite compares pg_dump --schema-only output and found no pg_dump"
                + " (looked at " + CANDIDATES + "). Install PostgreSQL's client, e.g. apt-get install -y"
                + " postgresql-client (Debian 12 ships pg_dump 15).");
    }

    int major() {
        return major;
    }

    String executable() {
        return executable;
    }

    /** The schema-only dump of a database, split into entries. */
    List<DumpEntry> dump(ConnectionInfo db) {
        URI uri = URI.create(db.url().substring("jdbc:".length()));
        List<String> command = List.of(executable, "--schema-only", "--no-tablespaces",
                "-h", uri.getHost(), "-p", String.valueOf(uri.getPort()), "-U", db.user(),
                uri.getPath().substring(1));
        try {
            return parse(run(command, db.password()));
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump of " + db + " failed: " + e.getMessage(), e);
        }
    }

    /** Splits a dump at its "-- Name: …; Type: …; Schema: …" headers, keeping each entry's SQL. */
    static List<DumpEntry> parse(String dump) {
        List<DumpEntry> entries = new ArrayList<>();
        String[] header = null;
        StringBuilder body = new StringBuilder();
        for (String line : dump.split("\n", -1)) {
            Matcher m = TOC.matcher(line);
            if (m.matches()) {
                if (header != null) {
                    entries.add(entry(header, body));
                }
                header = new String[] {m.group(1), m.group(2), m.group(3)};
                body.setLength(0);
            } else if (header != null && !line.startsWith("--") && !line.isBlank()
                    && !line.startsWith("SET ") && !line.startsWith("SELECT pg_catalog.set_config")
                    // pg_dump 15.14+ fences its output with a random key: not part of the schema
                    && !line.startsWith("\\restrict ") && !line.startsWith("\\unrestrict ")) {
                body.append(line.strip()).append('\n');
            }
        }
        if (header != null) {
            entries.add(entry(header, body));
        }
        return foldViewRules(foldDefaults(entries));
    }

    /**
     * pg_dump prints a view in one of two ways: {@code CREATE VIEW v AS <query>}, or, when the view
     * takes part in a dependency loop (it reads a table through its primary key, say), a stand-in
     * {@code CREATE VIEW v AS SELECT NULL::type AS column, …} followed by a {@code RULE v _RETURN}
     * entry holding {@code CREATE OR REPLACE VIEW v AS <query>}. The same view either way: the rule's
     * query is folded into the view's entry (its header and later statements kept), the rule dropped.
     */
    static List<DumpEntry> foldViewRules(List<DumpEntry> entries) {
        List<DumpEntry> out = new ArrayList<>(entries);
        for (DumpEntry rule : entries) {
            if (!rule.type().equals("RULE") || !rule.name().endsWith(" _RETURN")) {
                continue;
            }
            String view = rule.name().substring(0, rule.name().length() - " _RETURN".length());
            for (int i = 0; i < out.size(); i++) {
                DumpEntry v = out.get(i);
                if (!v.type().equals("VIEW") || !v.schema().equals(rule.schema()) || !v.name().equals(view)) {
                    continue;
                }
                List<String> lines = List.of(v.sql().split("\n"));
                int end = 0;
                while (end < lines.size() - 1 && !lines.get(end).endsWith(";")) {
                    end++; // the stand-in's statement ends at the first line ending in ';' (NULL::types only)
                }
                List<String> ruleLines = List.of(rule.sql().split("\n"));
                List<String> folded = new ArrayList<>();
                folded.add(lines.get(0)); // CREATE VIEW name [WITH (options)] AS
                folded.addAll(ruleLines.subList(1, ruleLines.size()));
                folded.addAll(lines.subList(end + 1, lines.size()));
                out.set(i, new DumpEntry(v.type(), v.schema(), v.name(), String.join("\n", folded)));
                out.remove(rule);
                break;
            }
        }
        return out;
    }

    private static final Pattern SET_DEFAULT =
            Pattern.compile("^ALTER TABLE ONLY (\\S+) ALTER COLUMN (\\S+) SET DEFAULT (.*);$", Pattern.DOTALL);

    /**
     * pg_dump writes a default inline or as a separate {@code ALTER TABLE … SET DEFAULT} entry
     * depending on what it depends on (a serial's sequence is created after its table): the same
     * schema, so separate defaults are moved into their table's column line.
     */
    static List<DumpEntry> foldDefaults(List<DumpEntry> entries) {
        List<DumpEntry> out = new ArrayList<>(entries);
        for (DumpEntry d : entries) {
            Matcher m = SET_DEFAULT.matcher(d.sql());
            if (!d.type().equals("DEFAULT") || !m.matches()) {
                continue;
            }
            String table = m.group(1);
            for (int i = 0; i < out.size(); i++) {
                DumpEntry t = out.get(i);
                if (t.type().equals("TABLE") && t.sql().startsWith("CREATE TABLE " + table + " (")) {
                    List<String> lines = new ArrayList<>(List.of(t.sql().split("\\n")));
                    for (int j = 1; j < lines.size(); j++) {
                        String line = lines.get(j);
                        if (line.startsWith(m.group(2) + " ")) {
                            int notNull = line.indexOf(" NOT NULL");
                            lines.set(j, notNull < 0 ? line + " DEFAULT " + m.group(3)
                                    : line.substring(0, notNull) + " DEFAULT " + m.group(3) + line.substring(notNull));
                            out.set(i, new DumpEntry(t.type(), t.schema(), t.name(), sortColumns(String.join("\n", lines))));
                            out.remove(d);
                            break;
                        }
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static DumpEntry entry(String[] header, StringBuilder body) {
        String sql = body.toString().strip();
        return new DumpEntry(header[1], header[2], header[0], header[1].equals("TABLE") ? sortColumns(sql) : sql);
    }

    /**
     * Column order is not schema: dibs adds a column where Postgres can (at the end), so a table
     * whose columns came in another order is the same table. Sorts the lines between
     * {@code CREATE TABLE … (} and {@code );}, commas removed.
     */
    static String sortColumns(String sql) {
        List<String> lines = new ArrayList<>(List.of(sql.split("\n")));
        int open = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("CREATE ") && lines.get(i).endsWith("(")) {
                open = i;
            } else if (open >= 0 && lines.get(i).startsWith(")")) {
                List<String> columns = new ArrayList<>();
                for (String c : lines.subList(open + 1, i)) {
                    columns.add(c.endsWith(",") ? c.substring(0, c.length() - 1) : c);
                }
                columns.sort(null);
                List<String> out = new ArrayList<>(lines.subList(0, open + 1));
                out.addAll(columns);
                out.addAll(lines.subList(i, lines.size()));
                return String.join("\n", out);
            }
        }
        return sql;
    }

    private static String run(List<String> command, String password) throws IOException {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (password != null) {
            pb.environment().put("PGPASSWORD", password);
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException(command.get(0) + " did not finish in 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        String text = new String(out, StandardCharsets.UTF_8);
        if (p.exitValue() != 0) {
            throw new IOException(command.get(0) + " exited with " + p.exitValue() + ": " + text.strip());
        }
        return text;
    }
}
