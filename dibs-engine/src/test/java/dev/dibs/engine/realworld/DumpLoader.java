package dev.dibs.engine.realworld;

import dev.dibs.engine.postgres.ConnectionInfo;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Loads a schema dump into an empty database by generic rules, never by editing a file: the script
 * runs statement by statement (see {@link DumpStatements}) in one session, which keeps the dump's
 * own settings ({@code search_path} set to empty) for the load only and is closed afterwards, so
 * later sessions are ordinary. Data statements ({@code INSERT}, {@code COPY}) are left out.
 *
 * <p>A statement PostgreSQL refuses because this server lacks something (an extension, a shared
 * library or a symbol in it) is dropped; so is every later statement that then fails because an
 * object does not exist, since it depends on what was dropped. Each dropped statement is kept with
 * PostgreSQL's message. A language or extension the dump creates that the server already has is
 * kept aside too, as already present. Any other failure means the version does not load here: it is kept as a
 * failure, a finding to report.
 */
final class DumpLoader {

    /** What the server lacks: a file or library ({@code 58P01}), an extension ({@code 0A000} "is not available"). */
    private static final Set<String> MISSING_HERE = Set.of("58P01");
    /** An object that does not exist: a dependency of something dropped before. */
    private static final Set<String> MISSING_OBJECT = Set.of("42704", "42883", "42P01", "3F000", "42703");

    /**
     * A language or extension the server already has: dumps of servers older than 9.1 create plpgsql
     * themselves, which every later server provides from the start.
     */
    private static final Pattern PROVIDED = Pattern.compile("CREATE\\s+(OR\\s+REPLACE\\s+)?(PROCEDURAL\\s+|TRUSTED\\s+)*(LANGUAGE|EXTENSION)\\b",
            Pattern.CASE_INSENSITIVE);

    /** One statement left out, with what PostgreSQL said. */
    record Dropped(String statement, String message, boolean root) {
    }

    /** How a version loaded: statements run, dropped (with why), and failures that stop it from counting. */
    record LoadReport(int statementsRun, int dataStatementsSkipped, List<Dropped> alreadyPresent, List<Dropped> dropped,
                      List<Dropped> failures) {
        LoadReport {
            alreadyPresent = List.copyOf(alreadyPresent);
            dropped = List.copyOf(dropped);
            failures = List.copyOf(failures);
        }

        boolean loaded() {
            return failures.isEmpty();
        }
    }

    private DumpLoader() {
    }

    static LoadReport load(ConnectionInfo database, String script) throws SQLException {
        List<Dropped> dropped = new ArrayList<>();
        List<Dropped> failures = new ArrayList<>();
        List<Dropped> present = new ArrayList<>();
        int run = 0;
        int skipped = 0;
        try (Connection c = database.open(); Statement s = c.createStatement()) {
            c.setAutoCommit(true);
            for (String statement : DumpStatements.split(script)) {
                if (isData(statement)) {
                    skipped++;
                    continue;
                }
                try {
                    s.execute(statement);
                    run++;
                } catch (SQLException e) {
                    String state = e.getSQLState() == null ? "" : e.getSQLState();
                    String message = state + " " + e.getMessage();
                    if (state.equals("42710") && PROVIDED.matcher(DumpStatements.withoutLeadingComments(statement)).lookingAt()) {
                        present.add(new Dropped(statement, message, true));
                    } else if (lacksSomething(state, e.getMessage())) {
                        dropped.add(new Dropped(statement, message, true));
                    } else if (!dropped.isEmpty() && MISSING_OBJECT.contains(state)) {
                        dropped.add(new Dropped(statement, message, false));
                    } else {
                        failures.add(new Dropped(statement, message, false));
                    }
                }
            }
        }
        return new LoadReport(run, skipped, present, dropped, failures);
    }

    private static boolean isData(String statement) {
        String s = DumpStatements.withoutLeadingComments(statement).toUpperCase(Locale.ROOT);
        return s.startsWith("INSERT ") || s.startsWith("COPY ");
    }

    private static boolean lacksSomething(String state, String message) {
        String m = message == null ? "" : message;
        return MISSING_HERE.contains(state)
                || state.equals("0A000") && m.contains("is not available")
                || state.equals("42883") && m.contains("could not find function") && m.contains("in file");
    }
}
