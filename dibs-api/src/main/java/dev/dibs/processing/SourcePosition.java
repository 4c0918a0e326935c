package dev.dibs.processing;

/**
 * Where a declaration starts in its source file: 1-based line and 1-based column. The column counts
 * characters (UTF-16 units) from the start of the line, so a tab is one column, not javac's
 * expansion to the next multiple of eight: a reader can find the spot again from the text alone.
 */
record SourcePosition(long line, long column) {
}
