package dev.dibs.engine.load;

import dev.dibs.engine.DibsException;
import dev.dibs.engine.naming.Printable;

import java.util.List;

/** The Java schema has mistakes; every one found in the pass is listed, not only the first. */
public final class SchemaValidationException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /** What has the problems when only Java classes do. */
    public static final String JAVA_SCHEMA = "The Java schema";

    public SchemaValidationException(List<Problem> problems) {
        this(JAVA_SCHEMA, problems);
    }

    /** @param subject what has the problems, as the message starts: {@code The SQL files under dibs/} */
    public SchemaValidationException(String subject, List<Problem> problems) {
        super(format(subject, problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String format(String subject, List<Problem> problems) {
        boolean plural = subject.endsWith("/") || subject.endsWith("files");
        StringBuilder sb = new StringBuilder();
        sb.append(subject).append(plural ? " have " : " has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(':');
        int i = 1;
        for (Problem p : problems) {
            // one line each: annotation text and names may hold line breaks or escape sequences
            sb.append(System.lineSeparator()).append("  ").append(i++).append(". ").append(Printable.escape(p.toString()));
        }
        return sb.toString();
    }
}
