package dev.dibs.engine.load;

import dev.dibs.engine.load.EnumReader.ReadEnum;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.LeftOutTables;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Turns the drafts of all {@code @Table} classes into one validated, fully named schema. */
final class SchemaAssembler {

    private final List<Problem> problems;
    private final List<String> warnings;

    SchemaAssembler(List<Problem> problems, List<String> warnings) {
        this.problems = problems;
        this.warnings = warnings;
    }

    /** The result before the problems are checked: a schema, its rename hints, and where things came from. */
    record Assembled(Schema schema, RenameHints renames, Origins origins) {
    }

    Assembled assemble(List<TableDraft> input, Map<String, ReadEnum> enums, List<String> namespaces) {
        AnnotationSqlCheck sql = new AnnotationSqlCheck(problems);
        List<TableDraft> drafts = withEnumTypes(input.stream().map(sql::check).toList(), enums).stream()
                .sorted(Comparator.comparing(TableDraft::name)).toList();
        Map<QualifiedName, TableDraft> byName = new LinkedHashMap<>();
        for (TableDraft d : drafts) {
            PrintableNames.check(problems, d.javaClass(), "the table name", d.name().name(), "choose a table name of printable characters.");
            PrintableNames.check(problems, d.javaClass(), "the schema name", d.name().schema(), "choose a schema name of printable characters.");
            TableDraft previous = byName.putIfAbsent(d.name(), d);
            if (previous != null) {
                problems.add(new Problem(d.javaClass(), "the table " + d.name() + " is also declared by " + previous.javaClass() + ".",
                        "give one of them another @Table name (or schema)."));
            } else if (LeftOutTables.owner(d.name().name()) != null) {
                problems.add(new Problem(d.javaClass(), "the table name \"" + Printable.escape(d.name().name()) + "\" is a name of "
                        + LeftOutTables.owner(d.name().name()) + ", which dibs leaves out of every inspection: the table would be "
                        + "created and never compared.", "choose another @Table name."));
            } else if (PostgresNames.byteLength(d.name().name()) > PostgresNames.MAX_IDENTIFIER_BYTES) {
                problems.add(new Problem(d.javaClass(), "the table name \"" + Printable.escape(d.name().name()) + "\" is longer than 63 bytes; "
                        + "Postgres would silently cut it.", "choose a name of at most 63 bytes."));
            }
        }
        checkSchemasConfigured(byName.values(), enums, namespaces);
        Map<QualifiedName, List<QualifiedName>> parents = new HashMap<>();
        Map<QualifiedName, TableDraft> withInherited = new InheritedColumns(problems).apply(byName, parents);
        byName.putAll(withInherited); // the same keys: the children now with their parents' columns
        ColumnValidator columns = new ColumnValidator(problems);
        byName.values().forEach(columns::validate);
        checkTableRenames(byName);

        Map<String, PostgresNames> namesBySchema = new HashMap<>();
        TableAssembler tableAssembler = new TableAssembler(problems);
        for (TableDraft d : byName.values()) {
            tableAssembler.takeExplicitNames(d, namesBySchema.computeIfAbsent(d.name().schema(), s -> new PostgresNames()));
        }
        Map<QualifiedName, Table> tables = new LinkedHashMap<>();
        for (TableDraft d : byName.values()) {
            Table t = tableAssembler.assemble(d, namesBySchema.get(d.name().schema()));
            tables.put(d.name(), t.withOptions(t.options().withInherits(parents.getOrDefault(d.name(), List.of()))));
        }
        ForeignKeyAssembler fks = new ForeignKeyAssembler(problems, warnings, byName, tables, tableAssembler);
        List<Table> complete = new ArrayList<>();
        for (TableDraft d : byName.values()) {
            List<ForeignKey> keys = fks.assemble(d, namesBySchema.get(d.name().schema()));
            Table t = tables.get(d.name());
            complete.add(t.withForeignKeys(keys.stream().sorted(Comparator.comparing(ForeignKey::name)).toList()));
        }
        TreeSet<String> allNamespaces = new TreeSet<>(namespaces);
        byName.keySet().forEach(q -> allNamespaces.add(q.schema()));
        List<EnumType> enumTypes = enums.values().stream().map(ReadEnum::type).distinct().toList();
        enumTypes.forEach(e -> allNamespaces.add(e.name().schema()));
        checkDuplicateEnums(enums);
        Schema schema = new Schema(List.copyOf(allNamespaces), complete, enumTypes);
        return new Assembled(schema, renames(byName.values(), enums), origins(byName.values()));
    }

    private List<TableDraft> withEnumTypes(List<TableDraft> drafts, Map<String, ReadEnum> enums) {
        List<TableDraft> result = new ArrayList<>();
        for (TableDraft d : drafts) {
            List<ColumnDraft> columns = new ArrayList<>();
            for (ColumnDraft c : d.columns()) {
                ReadEnum e = c.enumClass() == null ? null : enums.get(c.enumClass());
                if (e != null && c.type() == null) {
                    PgType type = PgType.user(e.type().name().schema(), e.type().name().name());
                    columns.add(c.withType(c.enumArray() ? type.arrayOf() : type));
                } else {
                    columns.add(c);
                }
            }
            result.add(d.withColumns(columns));
        }
        return result;
    }

    /**
     * A table or enum type in a schema outside {@code schemas} would make that schema managed
     * without anyone saying so, and every other table in it would be planned for a drop.
     */
    private void checkSchemasConfigured(Iterable<TableDraft> drafts, Map<String, ReadEnum> enums, List<String> namespaces) {
        Set<String> reported = new HashSet<>();
        for (TableDraft d : drafts) {
            String schema = d.name().schema();
            if (!schema.isBlank() && !namespaces.contains(schema)) {
                reported.add(schema);
                problems.add(notConfigured(d.javaClass(), "@Table", schema, namespaces));
            }
        }
        for (ReadEnum e : enums.values()) {
            String schema = e.type().name().schema();
            if (!schema.isBlank() && !namespaces.contains(schema) && !reported.contains(schema)) {
                problems.add(notConfigured(e.javaClass().replace('$', '.'), "@PgEnum", schema, namespaces));
            }
        }
    }

    private static Problem notConfigured(String where, String annotation, String schema, List<String> namespaces) {
        String shown = Printable.escape(schema);
        return new Problem(where, "schema \"" + shown + "\" is not in schemas (" + Printable.escape(String.join(", ", namespaces))
                + "): managing it for this " + annotation + " alone would plan every other table in it for a drop.",
                "add " + shown + " to schemas (the schemas parameter).");
    }

    private void checkTableRenames(Map<QualifiedName, TableDraft> byName) {
        Map<QualifiedName, String> renamedBy = new HashMap<>();
        for (TableDraft d : byName.values()) {
            if (d.renamedFrom() == null) {
                continue;
            }
            QualifiedName old = new QualifiedName(d.name().schema(), d.renamedFrom());
            if (d.renamedFrom().isBlank() || old.equals(d.name())) {
                problems.add(new Problem(d.javaClass(), "@RenamedFrom(\"" + d.renamedFrom() + "\") is empty or the table's own name.",
                        "write the table's old SQL name, or remove @RenamedFrom."));
                continue;
            }
            String previous = renamedBy.put(old, d.javaClass());
            if (previous != null) {
                problems.add(new Problem(d.javaClass(), "@RenamedFrom(\"" + d.renamedFrom() + "\") is also on " + previous
                        + "; one old table can become only one new table.", "keep @RenamedFrom on one of them."));
            }
            if (byName.containsKey(old)) {
                problems.add(new Problem(d.javaClass(), "@RenamedFrom(\"" + d.renamedFrom() + "\") names a table that "
                        + byName.get(old).javaClass() + " still declares.", "remove @RenamedFrom, or rename the other table."));
            }
        }
    }

    private void checkDuplicateEnums(Map<String, ReadEnum> enums) {
        Map<QualifiedName, String> seen = new HashMap<>();
        for (ReadEnum e : enums.values()) {
            String previous = seen.put(e.type().name(), e.javaClass());
            if (previous != null) {
                problems.add(new Problem(e.javaClass().replace('$', '.'), "the enum type " + e.type().name() + " is also the type of "
                        + previous.replace('$', '.') + ".", "give one of them another name with @PgEnum(\"...\")."));
            }
        }
    }

    private static RenameHints renames(Iterable<TableDraft> drafts, Map<String, ReadEnum> enums) {
        List<RenameHints.TableRename> tables = new ArrayList<>();
        List<RenameHints.ColumnRename> columns = new ArrayList<>();
        List<RenameHints.EnumLabelRename> labels = new ArrayList<>();
        for (TableDraft d : drafts) {
            if (d.renamedFrom() != null && !d.renamedFrom().isBlank()) {
                tables.add(new RenameHints.TableRename(d.name(), d.renamedFrom()));
            }
            for (ColumnDraft c : d.columns()) {
                if (c.renamedFrom() != null && !c.renamedFrom().isBlank()) {
                    columns.add(new RenameHints.ColumnRename(d.name(), c.name(), c.renamedFrom()));
                }
            }
        }
        for (ReadEnum e : enums.values()) {
            e.labelRenames().forEach((to, from) -> labels.add(new RenameHints.EnumLabelRename(e.type().name(), to, from)));
        }
        return new RenameHints(tables, columns, labels);
    }

    private static Origins origins(Iterable<TableDraft> drafts) {
        Map<QualifiedName, Origins.Origin> tables = new HashMap<>();
        Map<QualifiedName, Map<String, Origins.Origin>> columns = new HashMap<>();
        for (TableDraft d : drafts) {
            tables.put(d.name(), new Origins.Origin(d.javaClass(), d.source()));
            Map<String, Origins.Origin> cols = new HashMap<>();
            for (ColumnDraft c : d.columns()) {
                cols.putIfAbsent(c.name(), new Origins.Origin(d.javaClass() + "." + c.javaMember(), c.source()));
            }
            columns.put(d.name(), Map.copyOf(cols));
        }
        return new Origins(tables, columns);
    }
}
