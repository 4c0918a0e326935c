package dev.dibs.engine.importer;

import dev.dibs.engine.DibsException;
import java.util.List;

/**
 * {@code dibs:import} found objects that neither a record nor a {@code dibs/*.sql} file can declare
 * (or nothing at all to import): nothing is written, and the message names every such object.
 */
public class ImportRefusedException extends DibsException {
    private static final long serialVersionUID = 1L;

    private final List<String> objects;

    public ImportRefusedException(String message, List<String> objects) {
        super(message);
        this.objects = List.copyOf(objects);
    }

    /** The refused objects, one line each (empty when the refusal is about the whole database). */
    public List<String> objects() {
        return objects;
    }
}
