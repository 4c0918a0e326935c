package dev.dibs.engine.load;

import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.ForeignKeySpec;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.ReferentialAction;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.PostgresNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Resolves {@code @References} and {@code @ForeignKey} against the other tables of the schema. */
final class ForeignKeyAssembler {

    private final List<Problem> problems;
    private final List<String> warnings;
    private final Map<QualifiedName, TableDraft> drafts;
    private final Map<QualifiedName, Table> tables;
    private final TableAssembler tableAssembler;

    ForeignKeyAssembler(List<Problem> problems, List<String> warnings, Map<QualifiedName, TableDraft> drafts,
                        Map<QualifiedName, Table> tables, TableAssembler tableAssembler) {
        this.problems = problems;
        this.warnings = warnings;
        this.drafts = drafts;
        this.tables = tables;
        this.tableAssembler = tableAssembler;
    }

    List<ForeignKey> assemble(TableDraft t, PostgresNames names) {
        List<ForeignKey> result = new ArrayList<>();
        for (ForeignKeySpec spec : t.foreignKeys()) {
            resolve(t, spec).ifPresent(fk -> {
                String name = spec.name().isEmpty() ? names.foreignKey(t.name().name(), fk.columns()) : spec.name();
                result.add(new ForeignKey(name, fk.columns(), fk.referencedTable(), fk.referencedColumns(),
                        fk.onDelete(), fk.onUpdate(), fk.deferrability(), spec.validate(), true, null, fk.onDeleteSet()));
            });
        }
        return result;
    }

    private Optional<ForeignKey> resolve(TableDraft t, ForeignKeySpec spec) {
        String label = spec.member() != null ? "@References(\"" + spec.target() + "\")"
                : "@ForeignKey(references = \"" + spec.target() + "\")";
        Target target = spec.member() != null ? memberTarget(t, spec, label) : classTarget(t, spec, label);
        if (target == null) {
            return Optional.empty();
        }
        List<String> columns = spec.member() != null
                ? List.of(t.columns().stream().filter(c -> c.javaMember().equals(spec.member())).findFirst().orElseThrow().name())
                : tableAssembler.resolveNames(t, null, "@ForeignKey(columns = \"" + spec.columns() + "\")", spec.columns());
        if (columns.isEmpty()) {
            return Optional.empty();
        }
        TableDraft targetDraft = drafts.get(target.table());
        Table targetTable = tables.get(target.table());
        if (targetDraft == null || targetTable == null) {
            problems.add(new Problem(t.where(spec.member()), label + " refers to the table " + target.table()
                    + ", which no @Table class declares.", "check the table name (SQL name, \"schema.table\" for another schema)."));
            return Optional.empty();
        }
        List<String> referenced = new ArrayList<>();
        for (String written : target.columns()) {
            Optional<ColumnDraft> col = ColumnResolver.find(targetDraft, written);
            if (col.isEmpty()) {
                problems.add(new Problem(t.where(spec.member()), label + " refers to the column \"" + written + "\" of "
                        + target.table() + ", which does not exist (columns: " + ColumnResolver.knownColumns(targetDraft) + ").",
                        "name an existing column of " + target.table() + "."));
                return Optional.empty();
            }
            referenced.add(col.get().name());
        }
        if (referenced.size() != columns.size()) {
            problems.add(new Problem(t.where(spec.member()), label + " pairs " + columns.size() + " columns with "
                    + referenced.size() + " referenced columns.", "list as many referenced columns as referencing ones."));
            return Optional.empty();
        }
        List<String> onDeleteSet = onDeleteSet(t, spec, label, columns);
        if (onDeleteSet == null) {
            return Optional.empty();
        }
        Table self = tables.get(t.name());
        boolean ok = true;
        for (int i = 0; i < columns.size(); i++) {
            Column from = self.column(columns.get(i)).orElseThrow();
            Column to = targetTable.column(referenced.get(i)).orElseThrow();
            KeyTypes.Verdict types = KeyTypes.of(from.type(), to.type());
            String differ = label + ": column \"" + from.name() + "\" is " + from.type().sql() + " but " + target.table() + "."
                    + to.name() + " is " + to.type().sql();
            if (types == KeyTypes.Verdict.INCOMPATIBLE) {
                problems.add(new Problem(t.where(spec.member()), differ + ", which PostgreSQL cannot compare in a foreign key.",
                        "give both columns the same type."));
                ok = false;
            } else if (types == KeyTypes.Verdict.COMPARABLE) {
                warnings.add(t.where(spec.member()) + ": " + differ + ". PostgreSQL accepts such a foreign key, comparing across"
                        + " the two types; give both columns one type, unless the database has them so.");
            }
            // ON DELETE sets only the columns of its list, when it has one; ON UPDATE all of them
            boolean setsNull = spec.onDelete() == ReferentialAction.SET_NULL
                    && (onDeleteSet.isEmpty() || onDeleteSet.contains(from.name()))
                    || spec.onUpdate() == ReferentialAction.SET_NULL;
            if (setsNull && !from.nullable()) {
                problems.add(new Problem(t.where(spec.member()), label + " uses SET_NULL but column \"" + from.name()
                        + "\" is NOT NULL, so every such delete or update would fail.", "make the member @Nullable, or choose another action."));
                ok = false;
            }
        }
        if (ok && !targetTable.hasKeyOn(referenced)) {
            problems.add(new Problem(t.where(spec.member()), label + ": " + target.table() + "(" + String.join(", ", referenced)
                    + ") is neither its primary key nor unique; Postgres requires one of them for a foreign key.",
                    "reference the primary key, or declare @Unique / @UniqueConstraint on those columns."));
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new ForeignKey("pending", columns, target.table(), referenced, spec.onDelete(), spec.onUpdate(),
                spec.deferrability(), true, true, null, onDeleteSet));
    }

    /**
     * The columns {@code onDeleteSet} names, in its order, each one of the key's {@code columns};
     * empty when not given; null (a problem added) when wrong: a column outside the key, or a list
     * without {@code SET_NULL} or {@code SET_DEFAULT} on delete, which PostgreSQL refuses.
     */
    private List<String> onDeleteSet(TableDraft t, ForeignKeySpec spec, String label, List<String> columns) {
        if (spec.onDeleteSet().isBlank()) {
            return List.of();
        }
        String written = label + ".onDeleteSet = \"" + spec.onDeleteSet() + "\"";
        if (spec.onDelete() != ReferentialAction.SET_NULL && spec.onDelete() != ReferentialAction.SET_DEFAULT) {
            problems.add(new Problem(t.where(spec.member()), written + " goes with onDelete = SET_NULL or SET_DEFAULT, not "
                    + spec.onDelete() + ".", "set onDelete = SET_NULL or SET_DEFAULT, or leave onDeleteSet out."));
            return null;
        }
        List<String> named = tableAssembler.resolveNames(t, spec.member(), written, spec.onDeleteSet());
        if (named.isEmpty()) {
            return null;
        }
        List<String> outside = named.stream().filter(c -> !columns.contains(c)).toList();
        if (!outside.isEmpty()) {
            problems.add(new Problem(t.where(spec.member()), written + " names " + String.join(", ", outside)
                    + ", not one of the key's columns (" + String.join(", ", columns) + ").",
                    "list only columns of the foreign key: the ones its delete action sets."));
            return null;
        }
        return named;
    }

    private record Target(QualifiedName table, List<String> columns) {
    }

    private Target memberTarget(TableDraft t, ForeignKeySpec spec, String label) {
        String[] parts = spec.target().trim().split("\\.");
        if (parts.length == 2) {
            return new Target(new QualifiedName(t.name().schema(), parts[0].trim()), List.of(parts[1].trim()));
        }
        if (parts.length == 3) {
            return new Target(new QualifiedName(parts[0].trim(), parts[1].trim()), List.of(parts[2].trim()));
        }
        problems.add(new Problem(t.where(spec.member()), label + " is not \"table.column\" or \"schema.table.column\".",
                "write e.g. @References(\"orgs.id\")."));
        return null;
    }

    private Target classTarget(TableDraft t, ForeignKeySpec spec, String label) {
        String text = spec.target().trim();
        int open = text.indexOf('(');
        if (open <= 0 || !text.endsWith(")")) {
            problems.add(new Problem(t.where(null), label + " is not \"table(a, b)\" or \"schema.table(a, b)\".",
                    "write e.g. @ForeignKey(columns = \"order_id, line_no\", references = \"order_lines(order_id, line_no)\")."));
            return null;
        }
        String tablePart = text.substring(0, open).trim();
        String[] parts = tablePart.split("\\.");
        QualifiedName table = parts.length == 2 ? new QualifiedName(parts[0].trim(), parts[1].trim())
                : new QualifiedName(t.name().schema(), tablePart);
        try {
            List<String> cols = KeyListParser.parseNames(text.substring(open + 1, text.length() - 1));
            return new Target(table, cols);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.where(null), label + ": " + e.getMessage() + ".", "list the referenced column names."));
            return null;
        }
    }
}
