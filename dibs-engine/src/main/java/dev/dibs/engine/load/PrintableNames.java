package dev.dibs.engine.load;

import dev.dibs.engine.naming.Printable;
import java.util.List;

/**
 * Names a Java schema declares must print as they are. PostgreSQL takes a quoted name holding a line
 * feed, a carriage return, an escape or a bidirectional override, but every log line, report,
 * failure and statement that names it could then be read as something else: a table named
 * {@code "x\n[INFO] BUILD SUCCESS"} in a pull request would write a line of its own into the build's
 * output. Such a name is an error where it is declared, shown escaped.
 */
final class PrintableNames {

    private PrintableNames() {
    }

    /** Adds a problem at {@code where} when {@code name} (the {@code what} of it, "column name") does not print as it is. */
    static void check(List<Problem> problems, String where, String what, String name, String fix) {
        if (name != null && !Printable.escape(name).equals(name)) {
            problems.add(new Problem(where, what + " \"" + Printable.escape(name) + "\" holds a character that does not print"
                    + " (a line feed, carriage return, tab, escape or other control or format character): PostgreSQL would"
                    + " take it, but every log line, report and statement naming it could be read as something else.", fix));
        }
    }
}
