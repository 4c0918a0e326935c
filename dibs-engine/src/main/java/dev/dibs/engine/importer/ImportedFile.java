package dev.dibs.engine.importer;

import java.util.Objects;

/**
 * One file {@code dibs:import} writes: its path relative to the project's base directory, with
 * {@code /} separators (e.g. {@code src/main/java/com/acme/db/OrderLine.java} or
 * {@code src/main/resources/dibs/functions.sql}), and its whole text.
 */
public record ImportedFile(String path, String content) {

    public ImportedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.startsWith("/") || path.contains("\\") || java.util.Arrays.asList(path.split("/")).contains("..")) {
            throw new IllegalArgumentException("an imported file's path must stay inside the project: " + path);
        }
    }
}
