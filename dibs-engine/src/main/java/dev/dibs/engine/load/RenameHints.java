package dev.dibs.engine.load;

import dev.dibs.engine.model.QualifiedName;
import java.util.List;
import java.util.Optional;

/**
 * The explicit renames of a Java schema ({@code @RenamedFrom}) and of its SQL files
 * ({@code -- dibs:renamed-from}, {@link SqlRenames}), old SQL name beside the new one. The differ
 * applies one only when something of the old name still exists.
 */
public record RenameHints(List<TableRename> tables, List<ColumnRename> columns, List<EnumLabelRename> enumLabels,
                          List<SequenceRename> sequences, List<TriggerRename> triggers, List<DomainRename> domains,
                          List<RoutineRename> routines) {

    /** Table {@code to} was called {@code from} (same schema). */
    public record TableRename(QualifiedName to, String from) {
    }

    /** Column {@code to} of {@code table} (its new name) was called {@code from}. */
    public record ColumnRename(QualifiedName table, String to, String from) {
    }

    /** Label {@code to} of enum {@code type} was called {@code from}. */
    public record EnumLabelRename(QualifiedName type, String to, String from) {
    }

    /** Sequence {@code to} (of its own, declared in an SQL file) was called {@code from} (same schema). */
    public record SequenceRename(QualifiedName to, String from) {
    }

    /** Trigger {@code to} on {@code table} (declared in an SQL file) was called {@code from}. */
    public record TriggerRename(QualifiedName table, String to, String from) {
    }

    /** Domain {@code to} (declared in an SQL file) was called {@code from} (same schema). */
    public record DomainRename(QualifiedName to, String from) {
    }

    /** Function or procedure {@code to} (declared in an SQL file) was called {@code from} (same schema, same arguments). */
    public record RoutineRename(QualifiedName to, String from) {
    }

    public RenameHints {
        tables = List.copyOf(tables);
        columns = List.copyOf(columns);
        enumLabels = List.copyOf(enumLabels);
        sequences = List.copyOf(sequences);
        triggers = List.copyOf(triggers);
        domains = List.copyOf(domains);
        routines = routines.stream().distinct().toList(); // overloads of one name each carry the hint
    }

    /** The Java schema's renames alone. */
    public RenameHints(List<TableRename> tables, List<ColumnRename> columns, List<EnumLabelRename> enumLabels) {
        this(tables, columns, enumLabels, List.of(), List.of(), List.of(), List.of());
    }

    public static RenameHints none() {
        return new RenameHints(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    /** These hints and the SQL files' ({@link SqlRenames}). */
    public RenameHints with(SqlRenames.Hints more) {
        List<SequenceRename> allSequences = new java.util.ArrayList<>(sequences);
        allSequences.addAll(more.sequences());
        List<TriggerRename> allTriggers = new java.util.ArrayList<>(triggers);
        allTriggers.addAll(more.triggers());
        List<DomainRename> allDomains = new java.util.ArrayList<>(domains);
        allDomains.addAll(more.domains());
        List<RoutineRename> allRoutines = new java.util.ArrayList<>(routines);
        allRoutines.addAll(more.routines());
        return new RenameHints(tables, columns, enumLabels, allSequences, allTriggers, allDomains, allRoutines);
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
