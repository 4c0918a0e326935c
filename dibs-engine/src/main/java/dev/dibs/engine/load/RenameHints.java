package dev.dibs.engine.load;

import dev.dibs.engine.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * The explicit renames of a Java schema ({@code @RenamedFrom}), old SQL name beside the new one.
 * The differ applies one only when something of the old name still exists.
 */
public record RenameHints(List<TableRename> tables, List<ColumnRename> columns, List<EnumLabelRename> enumLabels) {

    /** Table {@code to} was called {@code from} (same schema). */
    public record TableRename(QualifiedName to, String from) {
    }

    /** Column {@code to} of {@code table} (its new name) was called {@code from}. */
    public record ColumnRename(QualifiedName table, String to, String from) {
    }

    /** Label {@code to} of enum {@code type} was called {@code from}. */
    public record EnumLabelRename(QualifiedName type, String to, String from) {
    }

    public RenameHints {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        enumLabels = List.copyOf(enumLabels);
    }

    public static RenameHints none() {
        return new RenameHints(List.of(), List.of(), List.of());
    }

    public Optional<String> tableFrom(QualifiedName table) {
        return tables.stream().filter(r -> r.to().equals(table)).map(TableRename::from).findFirst();
    }

    public Optional<String> columnFrom(QualifiedName table, String column) {
        return columns.stream().filter(r -> r.table().equals(table) && r.to().equals(column))
                .map(ColumnRename::from).findFirst();
    }

    public Optional<String> enumLabelFrom(QualifiedName type, String label) {
        return enumLabels.stream().filter(r -> r.type().equals(type) && r.to().equals(label))
                .map(EnumLabelRename::from).findFirst();
    }
}
