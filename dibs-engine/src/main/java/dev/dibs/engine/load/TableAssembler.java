package dev.dibs.engine.load;

import dev.dibs.engine.load.KeyListParser.Key;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.naming.ExpressionNames;
import dev.dibs.engine.naming.PostgresNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Builds one table (without its foreign keys, which need the other tables) from a validated
 * draft, giving unnamed constraints and indexes the names Postgres would.
 */
final class TableAssembler {

    private final List<Problem> problems;

    TableAssembler(List<Problem> problems) {
        this.problems = problems;
    }

    /** Registers the names the user wrote, so generated names avoid them as Postgres would. */
    void takeExplicitNames(TableDraft t, PostgresNames names) {
        names.takeRelation(t.name().name());
        for (IndexSpec i : t.indexes()) {
            if (!i.name().isEmpty()) {
                names.takeRelation(explicitName(t, i.member(), i.name()));
            }
        }
        for (UniqueSpec u : t.uniques()) {
            if (!u.name().isEmpty()) {
                names.takeRelation(explicitName(t, u.member(), u.name()));
                names.takeConstraint(u.name());
            }
        }
        for (CheckSpec c : t.checks()) {
            if (!c.name().isEmpty()) {
                names.takeConstraint(explicitName(t, null, c.name()));
            }
        }
        for (TableDraft.ForeignKeySpec f : t.foreignKeys()) {
            if (!f.name().isEmpty()) {
                names.takeConstraint(explicitName(t, f.member(), f.name()));
            }
        }
    }

    private String explicitName(TableDraft t, String member, String name) {
        if (PostgresNames.byteLength(name) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            problems.add(new Problem(t.where(member), "the name \"" + name + "\" is longer than 63 bytes; Postgres would "
                    + "silently cut it to \"" + PostgresNames.clip(name, PostgresNames.MAX_IDENTIFIER_BYTES) + "\".",
                    "choose a name of at most 63 bytes."));
        }
        return name;
    }

    Table assemble(TableDraft t, PostgresNames names) {
        String table = t.name().name();
        List<String> columnNames = t.columns().stream().map(ColumnDraft::name).toList();
        List<Column> columns = new ArrayList<>();
        for (ColumnDraft c : t.columns()) {
            if (c.identity()) {
                names.identitySequence(table, c.name());
            }
            boolean nullable = c.nullable() && !c.primaryKey() && !c.identity();
            columns.add(new Column(c.name(), c.type() == null ? dev.dibs.engine.model.PgType.builtin("unknown") : c.type(),
                    nullable, c.defaultExpression(), c.identity() ? Identity.BY_DEFAULT : Identity.NONE,
                    c.generatedExpression(), c.comment(), c.virtual()));
        }
        List<Check> checks = new ArrayList<>();
        for (CheckSpec spec : t.checks()) {
            if (spec.expression().isBlank()) {
                problems.add(new Problem(t.where(null), "@Check has an empty expression.", "write the boolean SQL expression."));
                continue;
            }
            String name = spec.name();
            if (name.isEmpty()) {
                var used = ExpressionNames.referencedColumns(spec.expression(), columnNames);
                name = names.check(table, used.size() == 1 ? used.iterator().next() : null);
            }
            checks.add(new Check(name, spec.expression()));
        }
        PrimaryKey primaryKey = null;
        List<String> pkColumns = t.columns().stream().filter(ColumnDraft::primaryKey).map(ColumnDraft::name).toList();
        if (!pkColumns.isEmpty()) {
            primaryKey = new PrimaryKey(names.primaryKey(table), pkColumns);
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        for (UniqueSpec spec : t.uniques()) {
            List<String> cols = spec.member() != null ? List.of(memberColumn(t, spec.member()))
                    : resolveNames(t, null, "@UniqueConstraint(columns = \"" + spec.columns() + "\")", spec.columns());
            if (cols.isEmpty()) {
                continue;
            }
            String name = spec.name().isEmpty() ? names.unique(table, cols) : spec.name();
            uniques.add(new UniqueConstraint(name, cols));
        }
        List<Index> indexes = new ArrayList<>();
        for (IndexSpec spec : t.indexes()) {
            index(t, spec, names).ifPresent(indexes::add);
        }
        return new Table(t.name(), columns, primaryKey,
                sorted(uniques, UniqueConstraint::name), List.of(),
                sorted(checks, Check::name), sorted(indexes, Index::name), t.comment())
                .withOptions(TableOptions.DEFAULT.withRowSecurity(t.rowSecurity(), t.forceRowSecurity()));
    }

    private Optional<Index> index(TableDraft t, IndexSpec spec, PostgresNames names) {
        String label = "@Index(columns = \"" + spec.columns() + "\")";
        List<IndexKey> keys = new ArrayList<>();
        List<String> keyNames = new ArrayList<>();
        if (spec.member() != null) {
            if (!spec.columns().isBlank()) {
                problems.add(new Problem(t.where(spec.member()), label + " on a member: the index is on that member's column.",
                        "remove columns, or move the @Index to the class."));
                return Optional.empty();
            }
            String col = memberColumn(t, spec.member());
            keys.add(IndexKey.column(col));
            keyNames.add(col);
        } else {
            if (spec.columns().isBlank()) {
                problems.add(new Problem(t.where(null), "@Index on the class without columns.",
                        "list the keys: @Index(columns = \"last_name, first_name\")."));
                return Optional.empty();
            }
            List<Key> parsed;
            try {
                parsed = KeyListParser.parseIndexKeys(spec.columns());
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(t.where(null), label + ": " + e.getMessage() + ".",
                        "write keys as \"col\", \"col DESC NULLS LAST\" or \"(expression)\"."));
                return Optional.empty();
            }
            for (Key key : parsed) {
                boolean nullsFirst = key.nullsFirst() == null ? key.descending() : key.nullsFirst();
                if (key.expression()) {
                    keys.add(new IndexKey(null, key.text(), key.descending(), nullsFirst));
                    keyNames.add(ExpressionNames.indexExpressionName(key.text()));
                } else {
                    Optional<ColumnDraft> col = ColumnResolver.find(t, key.text());
                    if (col.isEmpty()) {
                        problems.add(unknownColumn(t, null, label, key.text()));
                        return Optional.empty();
                    }
                    keys.add(new IndexKey(col.get().name(), null, key.descending(), nullsFirst));
                    keyNames.add(col.get().name());
                }
            }
        }
        List<String> include = spec.include().isBlank() ? List.of()
                : resolveNames(t, spec.member(), "@Index(include = \"" + spec.include() + "\")", spec.include());
        String method = spec.using().isBlank() ? "btree" : spec.using().trim().toLowerCase(Locale.ROOT);
        List<String> nameParts = new ArrayList<>(keyNames);
        nameParts.addAll(include);
        String name = spec.name().isEmpty() ? names.index(t.name().name(), nameParts) : spec.name();
        String predicate = spec.where().isBlank() ? null : spec.where().trim();
        return Optional.of(new Index(name, keys, spec.unique(), predicate, method, include)
                .withComment(spec.comment().isEmpty() ? null : spec.comment()));
    }

    private String memberColumn(TableDraft t, String member) {
        return t.columns().stream().filter(c -> c.javaMember().equals(member)).findFirst()
                .map(ColumnDraft::name).orElseThrow();
    }

    /** Resolves a written column list; records a problem and returns an empty list when a name is unknown. */
    List<String> resolveNames(TableDraft t, String member, String label, String written) {
        List<String> names;
        try {
            names = KeyListParser.parseNames(written);
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.where(member), label + ": " + e.getMessage() + ".", "list column names separated by commas."));
            return List.of();
        }
        if (names.isEmpty()) {
            problems.add(new Problem(t.where(member), label + " lists no columns.", "list column names separated by commas."));
            return List.of();
        }
        List<String> resolved = new ArrayList<>();
        for (String name : names) {
            Optional<ColumnDraft> col = ColumnResolver.find(t, name);
            if (col.isEmpty()) {
                problems.add(unknownColumn(t, member, label, name));
                return List.of();
            }
            resolved.add(col.get().name());
        }
        return resolved;
    }

    static Problem unknownColumn(TableDraft t, String member, String label, String name) {
        return new Problem(t.where(member), label + " names the column \"" + name + "\", which " + t.name()
                + " does not have (columns: " + ColumnResolver.knownColumns(t) + ").",
                "use one of the table's column names (or Java member names).");
    }

    private static <T> List<T> sorted(List<T> list, java.util.function.Function<T, String> key) {
        return list.stream().sorted(Comparator.comparing(key)).toList();
    }
}
