package dev.dibs.engine.importer;

import dev.dibs.engine.DibsException;
import java.util.List;

/** The database holds what the import cannot write as records and enums: every such thing, each naming its table or type. */
public final class ImportException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public ImportException(String subject, List<String> problems) {
        super(subject + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
                + String.join("\n  - ", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
