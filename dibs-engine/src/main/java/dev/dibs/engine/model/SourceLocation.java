package dev.dibs.engine.model;

/**
 * Where a table or column is declared: a source file relative to its source root, 1-based line
 * and column (0 when unknown).
 */
public record SourceLocation(String file, int line, int column) {

    @Override
    public String toString() {
        return line > 0 ? file + ":" + line + ":" + column : file;
    }
}
