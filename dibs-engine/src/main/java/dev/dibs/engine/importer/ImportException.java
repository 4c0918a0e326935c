package dev.dibs.engine.importer;

import java.util.List;

/**
 * The database holds what the import cannot write as records and enums: every such thing, each
 * naming its table or type. One kind of {@link ImportRefusedException}, so that whoever catches
 * the import's refusal catches this too.
 */
public final class ImportException extends ImportRefusedException {
    private static final long serialVersionUID = 1L;

    public ImportException(String subject, List<String> problems) {
        super(subject + " (" + problems.size() + (problems.size() == 1 ? " problem" : " problems") + "):\n  - "
                + String.join("\n  - ", problems), problems);
    }

    /** The problems, one line each: the same as {@link #objects()}. */
    public List<String> problems() {
        return objects();
    }
}
