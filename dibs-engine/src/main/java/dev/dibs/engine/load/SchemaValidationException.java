package dev.dibs.engine.load;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;

import java.util.List;

/** The Java schema has mistakes; every one found in the pass is listed, not only the first. */
public final class SchemaValidationException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public SchemaValidationException(List<Problem> problems) {
        super(format(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(List<Problem> problems) {
        StringBuilder sb = new StringBuilder();
        sb.append("The Java schema has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(':');
        int i = 1;
        for (Problem p : problems) {
            // one line each: annotation text and names may hold line breaks or escape sequences
            sb.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(Printable.escape(p.toString()));
        }
        return sb.toString();
    }
}
