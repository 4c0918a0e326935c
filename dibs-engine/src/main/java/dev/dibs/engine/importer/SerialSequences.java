package dev.dibs.engine.importer;

import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A serial column's sequence with options that are not the defaults ({@code AS bigint} under an
 * {@code integer} column, as a database created before PostgreSQL 10 and upgraded has it, or
 * {@code START WITH 10000000}) cannot be said by an annotation; the SQL files can: the sequence is
 * declared there with all its options and {@code OWNED BY} the column, and the record's default
 * calls it ({@code nextval('public.t_id_seq')}, so that it is not written {@code serial}, which
 * would create a second one). Built that way, PostgreSQL holds the same column: a default of
 * {@code nextval} of a sequence the column owns, with those options.
 */
final class SerialSequences {

    private SerialSequences() {
    }

    /** {@code schema} with each such sequence taken out of its column and declared as a sequence of its own, owned by it. */
    static Schema declaredApart(Schema schema) {
        List<Sequence> sequences = new ArrayList<>(schema.sequences());
        List<Table> tables = new ArrayList<>(schema.tables().size());
        boolean changed = false;
        for (Table t : schema.tables()) {
            List<Column> columns = new ArrayList<>(t.columns().size());
            boolean tableChanged = false;
            for (Column c : t.columns()) {
                Sequence own = c.sequence() == null ? null : ColumnSequences.of(t.name(), c);
                if (own == null) {
                    columns.add(c);
                    continue;
                }
                sequences.add(own);
                columns.add(c.withSequence(null));
                tableChanged = true;
            }
            tables.add(tableChanged ? t.withColumns(columns) : t);
            changed |= tableChanged;
        }
        return changed ? schema.withTables(tables).withSequences(sequences) : schema;
    }
}
