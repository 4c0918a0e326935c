package dev.dibs.engine.load;

import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import java.util.Optional;

/**
 * Finds a column of a draft table by what a user wrote in an annotation: its SQL name, its Java
 * member name, or an unquoted SQL name in another case (which Postgres folds to lower case).
 */
final class ColumnResolver {

    private ColumnResolver() {
    }

    static Optional<ColumnDraft> find(TableDraft table, String written) {
        for (ColumnDraft c : table.columns()) {
            if (c.name().equals(written)) {
                return Optional.of(c);
            }
        }
        for (ColumnDraft c : table.columns()) {
            if (c.javaMember().equals(written)) {
                return Optional.of(c);
            }
        }
        String folded = Identifiers.fold(written);
        for (ColumnDraft c : table.columns()) {
            if (c.name().equals(folded)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    static String knownColumns(TableDraft table) {
        return String.join(", ", table.columns().stream().map(ColumnDraft::name).toList());
    }
}
