package dev.dibs.engine.load;

import dev.dibs.engine.load.KeyListParser.Key;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.ExclusionSpec;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.load.TableDraft.KeyOptions;
import dev.dibs.engine.load.TableDraft.UniqueSpec;
import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.naming.ExpressionNames;
import dev.dibs.engine.naming.PostgresNames;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Builds one table (without its foreign keys, which need the other tables) from a validated
 * draft, giving unnamed constraints and indexes the names Postgres would.
 */
final class TableAssembler {

    private final List<Problem> problems;

    TableAssembler(List<Problem> problems) {
        this.problems = problems;
    }

    private static boolean sameSet(List<String> a, List<String> b) {
        return !b.isEmpty() && java.util.Set.copyOf(a).equals(java.util.Set.copyOf(b));
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
        String pkName = t.primaryKeyOptions().name();
        if (!pkName.isEmpty()) { // its index takes the same name among the relations
            names.takeRelation(explicitName(t, t.primaryKeyOptions().member(), pkName));
            names.takeConstraint(pkName);
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
        for (ExclusionSpec x : t.exclusions()) {
            if (!x.name().isBlank()) { // its index takes the same name among the relations
                names.takeRelation(explicitName(t, null, x.name()));
                names.takeConstraint(x.name());
            }
        }
        for (TableDraft.PartitionSpec p : t.partitioning().partitions()) {
            if (!p.name().isEmpty()) {
                names.takeRelation(explicitName(t, null, p.name())); // a partition is a table: index names avoid it
            }
        }
    }

    private String explicitName(TableDraft t, String member, String name) {
        PrintableNames.check(problems, t.where(member), "the name", name, "choose a name of printable characters.");
        if (PostgresNames.byteLength(name) > PostgresNames.MAX_IDENTIFIER_BYTES) {
            problems.add(new Problem(t.where(member), "the name \"" + Printable.escape(name) + "\" is longer than 63 bytes; Postgres would "
                    + "silently cut it to \"" + Printable.escape(PostgresNames.clip(name, PostgresNames.MAX_IDENTIFIER_BYTES)) + "\".",
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
            String sequence = c.identity() ? IdentityOptions.canonical(c.identitySequence(), c.type(), t.where(c.javaMember()), problems)
                    : null;
            columns.add(new Column(c.name(), c.type() == null ? dev.dibs.engine.model.PgType.builtin("unknown") : c.type(),
                    nullable, c.defaultExpression(), !c.identity() ? Identity.NONE
                            : c.identityAlways() ? Identity.ALWAYS : Identity.BY_DEFAULT,
                    c.generatedExpression(), c.comment(), c.virtual(), sequence, c.statistics(),
                    Column.builtinCollation(c.collation())));
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
            checks.add(new Check(name, spec.expression(), spec.validate(), true, spec.noInherit()));
        }
        PrimaryKey primaryKey = null;
        List<String> pkColumns = t.columns().stream().filter(ColumnDraft::primaryKey).map(ColumnDraft::name).toList();
        if (!pkColumns.isEmpty()) {
            KeyOptions o = t.primaryKeyOptions();
            String name = o.name().isEmpty() ? names.primaryKey(table) : o.name(); // checked by takeExplicitNames
            primaryKey = new PrimaryKey(name, pkColumns, include(t, o, "@Pk"), with(t, o, "@Pk"),
                    o.deferrability());
        }
        List<UniqueConstraint> uniques = new ArrayList<>();
        java.util.Set<String> unnamedHibernate = new java.util.HashSet<>();
        for (UniqueSpec spec : t.uniques()) {
            List<String> cols = spec.member() != null ? List.of(memberColumn(t, spec.member()))
                    : resolveNames(t, null, "@UniqueConstraint(columns = \"" + spec.columns() + "\")", spec.columns());
            if (cols.isEmpty()) {
                continue;
            }
            String label = spec.member() != null ? "@Unique" : "@UniqueConstraint";
            int before = problems.size();
            List<String> include = include(t, spec.options(), label);
            List<String> nameParts = new ArrayList<>(cols);
            nameParts.addAll(include); // PostgreSQL names a key after its INCLUDE columns too
            String name = spec.name().isEmpty() ? names.unique(table, nameParts) : spec.name();
            UniqueConstraint unique = new UniqueConstraint(name, cols, spec.options().nullsNotDistinct(), include,
                    with(t, spec.options(), label), spec.options().deferrability());
            // (not when its options were refused: what is left of them is not what was written)
            String repeated = problems.size() > before ? null : unique.sameKeyAmong(primaryKey, uniques);
            if (spec.hibernate()) {
                // as Hibernate's own schema does: a key on the primary key's columns is left out, and of two on the same
                // columns the one named explicitly is kept
                UniqueConstraint same = uniques.stream().filter(u -> sameSet(cols, u.columns())).findFirst().orElse(null);
                if (sameSet(cols, primaryKey == null ? List.of() : primaryKey.columns())
                        || same != null && (spec.name().isEmpty() || !unnamedHibernate.contains(same.name()))) {
                    continue;
                }
                if (same != null) {
                    uniques.remove(same);
                }
                if (spec.name().isEmpty()) {
                    unnamedHibernate.add(name);
                }
                uniques.add(unique);
                continue;
            }
            if (repeated != null) {
                String written = spec.member() != null ? "@Unique" : "@UniqueConstraint(columns = \"" + spec.columns() + "\")";
                problems.add(new Problem(t.where(spec.member()), written + " repeats " + repeated + ": the same columns in the same"
                        + " order, with the same include, nullsNotDistinct and deferrable. PostgreSQL's CREATE TABLE keeps one of"
                        + " two such keys, so the database would never hold both.", "remove it (" + repeated + " already keeps"
                        + " those columns unique), or make the two differ (another column or column order, include, nullsNotDistinct"
                        + " or deferrable: not with, which PostgreSQL does not compare)."));
                continue;
            }
            uniques.add(unique);
        }
        List<Exclusion> exclusions = new ArrayList<>();
        for (ExclusionSpec x : t.exclusions()) {
            if (x.name().isBlank()) {
                problems.add(new Problem(t.where(null), "@Exclusion has an empty name.",
                        "name the constraint: @Exclusion(name = \"bookings_no_overlap\", value = \"USING gist (…)\")."));
                continue;
            }
            exclusions.add(new Exclusion(x.name(), "EXCLUDE " + x.value().trim()));
        }
        List<Index> indexes = new ArrayList<>();
        for (IndexSpec spec : t.indexes()) {
            index(t, spec, names).ifPresent(indexes::add);
        }
        List<String> storage = List.of();
        try {
            storage = StorageParameters.parse(t.storage() == null ? "" : t.storage());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.where(null), "@Table(with = \"" + t.storage() + "\"): " + e.getMessage() + ".",
                    "write storage parameters as name=value, separated by commas: with = \"fillfactor=50\"."));
        }
        TableOptions options = TableOptions.DEFAULT.withUnlogged(t.unlogged()).withStorage(storage);
        Table assembled = new Table(t.name(), columns, primaryKey,
                sorted(uniques, UniqueConstraint::name), List.of(),
                sorted(checks, Check::name), sorted(indexes, Index::name), t.comment(), List.of(), options).withExclusions(exclusions);
        return assembled.withOptions(assembled.options().withPartitioning(t.partitioning().key().trim(), partitions(t))
                .withRowSecurity(t.rowSecurity(), t.forceRowSecurity()));
    }

    /** A key's {@code include} columns, resolved like its key columns. */
    private List<String> include(TableDraft t, KeyOptions o, String label) {
        return o.include().isBlank() ? List.of()
                : resolveNames(t, o.member(), label + "(include = \"" + o.include() + "\")", o.include());
    }

    /** A key's {@code with} storage parameters as {@code name=value} entries; a problem, and none, when unreadable. */
    private List<String> with(TableDraft t, KeyOptions o, String label) {
        try {
            return StorageParameters.parse(o.with());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.where(o.member()), label + "(with = \"" + Printable.escape(o.with()) + "\"): "
                    + Printable.escape(e.getMessage()) + ".", "write storage parameters as \"fillfactor=70\" or"
                    + " \"fillfactor=70, deduplicate_items=off\"."));
            return List.of();
        }
    }

    /** The declared partitions that make sense; a problem for each that does not. */
    private List<Partition> partitions(TableDraft t) {
        List<Partition> partitions = new ArrayList<>();
        List<TableDraft.PartitionSpec> specs = t.partitioning().partitions();
        if (!specs.isEmpty() && t.partitioning().key().isBlank()) {
            problems.add(new Problem(t.where(null), "@Partition on a table that is not partitioned.",
                    "add the partition key to @Table, e.g. @Table(value = \"" + t.name().name()
                            + "\", partitionBy = \"RANGE (created_at)\"), or remove the @Partition annotations."));
            return partitions;
        }
        Set<String> seen = new HashSet<>();
        Set<String> refused = new HashSet<>();
        for (TableDraft.PartitionSpec spec : specs) {
            String label = "@Partition(name = \"" + spec.name() + "\")";
            if (spec.name().isBlank()) {
                problems.add(new Problem(t.where(null), "@Partition has an empty name.",
                        "name the partition's table: @Partition(name = \"" + t.name().name() + "_2024\", bound = \"…\")."));
            } else if (spec.bound().isBlank()) {
                refused.add(spec.name());
                problems.add(new Problem(t.where(null), label + " has an empty bound.",
                        "write its bound as after PARTITION OF, e.g. \"FOR VALUES IN ('a')\" or \"DEFAULT\"."));
            } else if (spec.name().equals(t.name().name()) || !seen.add(spec.name())) {
                problems.add(new Problem(t.where(null), label + " is " + (spec.name().equals(t.name().name())
                        ? "the table's own name." : "declared twice."), "give each partition a name of its own."));
            } else {
                partitions.add(new Partition(spec.name(), spec.bound().trim(), spec.of().trim(), spec.partitionBy().trim()));
            }
        }
        return parentsDeclared(t, partitions, refused);
    }

    /**
     * The partitions whose {@code of} names a declared partition that is partitioned, and whose
     * chain of parents reaches the table; a problem for each other, but none for a partition below one
     * refused already ({@code refused}, with an empty bound) or below one left out here: the problem
     * of the partition above is the one to fix.
     */
    private List<Partition> parentsDeclared(TableDraft t, List<Partition> partitions, Set<String> refused) {
        java.util.Map<String, Partition> byName = new java.util.HashMap<>();
        partitions.forEach(p -> byName.put(p.name(), p));
        List<Partition> kept = new ArrayList<>();
        for (Partition p : partitions) {
            String label = "@Partition(name = \"" + p.name() + "\", of = \"" + p.of() + "\")";
            Partition parent = p.of() == null ? null : byName.get(p.of());
            if (p.of() == null) {
                kept.add(p);
            } else if (parent == null && refused.contains(p.of())) {
                continue; // its parent's problem is said: not again as a parent missing
            } else if (parent == null) {
                problems.add(new Problem(t.where(null), label + " names no partition declared on " + t.name() + ".",
                        "name one of the table's @Partition(name = …), or leave \"of\" out for a partition of the table itself."));
            } else if (!parent.partitioned()) {
                problems.add(new Problem(t.where(null), label + ": partition " + parent.name() + " is not partitioned.",
                        "give @Partition(name = \"" + parent.name() + "\") its partition key, e.g. partitionBy = \"LIST (region)\"."));
            } else if (TableOptions.DEFAULT.withPartitioning("", partitions).above(p.name()).contains(p.name())) {
                problems.add(new Problem(t.where(null), label + " is below itself: its partitions' \"of\" lead back to it.",
                        "make one partition of the loop a partition of the table itself (leave its \"of\" out)."));
            } else {
                kept.add(p);
            }
        }
        // a partition below a refused one is not created either (its parent would be missing)
        java.util.Set<String> names = new HashSet<>();
        kept.forEach(p -> names.add(p.name()));
        boolean changed = true;
        while (changed) {
            changed = kept.removeIf(p -> p.of() != null && !names.contains(p.of()));
            names.clear();
            kept.forEach(p -> names.add(p.name()));
        }
        return kept;
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
                    keys.add(new IndexKey(null, key.text(), key.descending(), nullsFirst, key.opclass(), key.collation()));
                    keyNames.add(ExpressionNames.indexExpressionName(key.text()));
                } else {
                    Optional<ColumnDraft> col = ColumnResolver.find(t, key.text());
                    if (col.isEmpty()) {
                        problems.add(unknownColumn(t, null, label, key.text()));
                        return Optional.empty();
                    }
                    keys.add(new IndexKey(col.get().name(), null, key.descending(), nullsFirst, key.opclass(), key.collation()));
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
        if (spec.nullsNotDistinct() && !spec.unique()) {
            problems.add(new Problem(t.where(spec.member()), label + " has nullsNotDistinct = true but is not unique.",
                    "add unique = true, or drop nullsNotDistinct (it only says how a unique index treats NULLs)."));
            return Optional.empty();
        }
        List<String> options;
        try {
            options = StorageParameters.parse(spec.with());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(t.where(spec.member()), "@Index(with = \"" + spec.with() + "\"): " + e.getMessage() + ".",
                    "write storage parameters as name=value, separated by commas: with = \"fillfactor=70\"."));
            return Optional.empty();
        }
        return Optional.of(new Index(name, keys, spec.unique(), predicate, method, include, spec.nullsNotDistinct(), options,
                spec.comment().isEmpty() ? null : spec.comment()));
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
