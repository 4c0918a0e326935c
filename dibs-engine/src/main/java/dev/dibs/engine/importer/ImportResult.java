package dev.dibs.engine.importer;

import java.util.List;

/**
 * What {@code dibs:import} produced from a database: the files to write, and the warnings to
 * print (each naming the object; things it could not say at all are errors, not warnings).
 */
public record ImportResult(List<ImportedFile> files, List<String> warnings) {

    public ImportResult {
        files = List.copyOf(files);
        warnings = List.copyOf(warnings);
    }
}
