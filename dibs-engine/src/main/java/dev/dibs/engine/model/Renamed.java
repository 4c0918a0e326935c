package dev.dibs.engine.model;

import java.util.Optional;

/** The old names of the tables and columns a desired schema renames, for what reads a database against it. */
public interface Renamed {

    /** The old name (same schema) of the desired table {@code table}, if it is renamed. */
    Optional<String> tableFrom(QualifiedName table);

    /** The old name of the desired column {@code column} of {@code table} (its new name), if it is renamed. */
    Optional<String> columnFrom(QualifiedName table, String column);
}
