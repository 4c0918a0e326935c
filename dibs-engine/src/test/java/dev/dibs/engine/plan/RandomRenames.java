package dev.dibs.engine.plan;

import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.load.RenameHints;
import dev.dibs.engine.load.RenameHints.ColumnRename;
import dev.dibs.engine.load.RenameHints.DomainRename;
import dev.dibs.engine.load.RenameHints.EnumLabelRename;
import dev.dibs.engine.load.RenameHints.RoutineRename;
import dev.dibs.engine.load.RenameHints.SequenceRename;
import dev.dibs.engine.load.RenameHints.TableRename;
import dev.dibs.engine.load.RenameHints.TriggerRename;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.RelationColumn;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Explicit renames drawn over a random pair (A, B) as {@link RandomSchemas} writes it: some tables
 * that both have are renamed in B to a name neither has, and some of their columns (not the primary
 * key's) likewise, each with the hint a user would write ({@code @RenamedFrom}); likewise enum
 * labels, and the sequences, domains, functions, procedures and triggers of the SQL files
 * ({@code -- dibs:renamed-from}), every text that names them following. Everything in B that
 * names a renamed table or column follows it — foreign keys, checks, indexes, generated columns,
 * views, materialized views, policies, triggers — and the tables' constraints and indexes take the new table name half
 * the time. A view reading a renamed column keeps its own column name (an alias) half the time, or
 * takes the new one, which the view over it then reads. So the planner meets renames together with
 * every other difference of the pair: a column renamed and retyped, a renamed table's view dropped,
 * a renamed column a new policy reads.
 */
final class RandomRenames {

    /** B with its renames, and the hints that tell the planner. */
    record Renamed(Schema schema, RenameHints hints) {
    }

    private static final List<String> NEW_TABLES = List.of("t5", "t6", "t7", "t8", "t9");

    private final Random random;

    private RandomRenames(long seed) {
        this.random = new Random(seed);
    }

    /** B of the pair with renames drawn from {@code seed}: two pairs in five get some. */
    static Renamed draw(Schema a, Schema b, long seed) {
        return new RandomRenames(seed).renamed(a, b);
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private Renamed renamed(Schema a, Schema b) {
        if (chance(20)) {
            return new Renamed(b, RenameHints.none());
        }
        List<TableRename> tableHints = new ArrayList<>();
        List<ColumnRename> columnHints = new ArrayList<>();
        List<String> free = new ArrayList<>(NEW_TABLES);
        Schema out = b;
        for (Table t : b.tables()) {
            Optional<Table> before = a.table(t.name());
            if (before.isEmpty() || t.options().child()) { // a child's columns are renamed with its parent's
                continue;
            }
            QualifiedName name = t.name();
            if (chance(40)) {
                name = new QualifiedName(name.schema(), free.remove(random.nextInt(free.size())));
                out = renameTable(out, t.name(), name, chance(50));
                tableHints.add(new TableRename(name, t.name().name()));
            }
            for (Column c : t.columns()) {
                boolean inBoth = before.get().column(c.name()).isPresent();
                if (inBoth && !t.primaryKey().columns().contains(c.name()) && chance(30)) {
                    out = renameColumn(out, name, c.name(), "r" + c.name());
                    for (Table child : dev.dibs.engine.diff.Inheritance.below(name, c.name(), out.tables())) { // PostgreSQL renames theirs
                        out = renameColumn(out, child.name(), c.name(), "r" + c.name());
                    }
                    columnHints.add(new ColumnRename(name, "r" + c.name(), c.name()));
                }
            }
        }
        List<EnumLabelRename> labelHints = new ArrayList<>();
        for (EnumType e : b.enums()) {
            Optional<EnumType> before = a.enums().stream().filter(x -> x.name().equals(e.name())).findFirst();
            List<String> shared = before.map(x -> e.labels().stream().filter(x.labels()::contains).toList()).orElse(List.of());
            if (!shared.isEmpty() && chance(25)) {
                String label = shared.get(random.nextInt(shared.size()));
                out = renameLabel(out, e.name(), label, "z");
                labelHints.add(new EnumLabelRename(e.name(), "z", label));
            }
        }
        // the SQL files' objects, named qualified in texts where app has one of the same name (s0, d0, f0, tf0)
        List<SequenceRename> sequenceHints = new ArrayList<>();
        for (Sequence q : b.sequences()) {
            if (a.sequences().stream().anyMatch(x -> x.name().equals(q.name())) && chance(30)) {
                QualifiedName to = new QualifiedName(q.name().schema(), q.name().name() + "r");
                // a default names it qualified ('public.s0'): app.s0 stays
                out = renameEverywhere(out.withSequences(out.sequences().stream().map(x -> x.name().equals(q.name()) ? x.withName(to) : x)
                        .toList()), q.name().toString(), to.toString());
                sequenceHints.add(new SequenceRename(to, q.name().name()));
            }
        }
        List<DomainRename> domainHints = new ArrayList<>();
        for (Domain d : b.domains()) {
            if (a.domains().stream().anyMatch(x -> x.name().equals(d.name())) && chance(30)) {
                QualifiedName to = new QualifiedName(d.name().schema(), d.name().name() + "r");
                out = renameDomain(out, d.name(), to);
                domainHints.add(new DomainRename(to, d.name().name()));
            }
        }
        List<RoutineRename> routineHints = new ArrayList<>();
        for (QualifiedName r : b.routines().stream().map(Routine::name).distinct().toList()) {
            // a hint dibs can follow: one routine of the name in A, declared in B with the same kind and
            // arguments (any other is refused, by design: RenameStage, the routine plan cases)
            List<Routine> olds = a.routines().stream().filter(x -> x.name().equals(r)).toList();
            boolean followable = olds.size() == 1 && b.routines().stream().anyMatch(y -> y.name().equals(r)
                    && y.identityArguments().equals(olds.get(0).identityArguments()) && y.procedure() == olds.get(0).procedure());
            if (followable && chance(25)) {
                QualifiedName to = new QualifiedName(r.schema(), r.name() + "r");
                // every text calls it qualified (public.f0(…), EXECUTE FUNCTION app.tf0()): app.f0 stays when public.f0 is renamed
                out = renameEverywhere(out.withRoutines(out.routines().stream().map(x -> x.name().equals(r) ? renamed(x, to) : x).toList()),
                        r.toString(), to.toString());
                routineHints.add(new RoutineRename(to, r.name()));
            }
        }
        List<TriggerRename> triggerHints = new ArrayList<>();
        for (Trigger g : out.triggers()) {
            QualifiedName tableBefore = new QualifiedName(g.table().schema(), tableHints.stream().filter(h -> h.to().equals(g.table()))
                    .map(TableRename::from).findFirst().orElse(g.table().name()));
            if (a.triggers().stream().anyMatch(x -> x.table().equals(tableBefore) && x.name().equals(g.name())) && chance(25)) {
                String to = g.name() + "_r";
                out = out.withTriggers(out.triggers().stream().map(x -> x == g
                        ? new Trigger(x.table(), to, word(x.definition(), x.name(), to), x.function(), x.enabled(), x.comment(), x.columns())
                        : x).toList());
                triggerHints.add(new TriggerRename(g.table(), to, g.name()));
            }
        }
        return new Renamed(out, new RenameHints(tableHints, columnHints, labelHints, sequenceHints, triggerHints, domainHints,
                routineHints));
    }

    // --- an enum label, a domain, a routine or a sequence renamed ---

    /** Label {@code from} of {@code type} is {@code to}: in the type and in the defaults that cast to it. */
    private static Schema renameLabel(Schema s, QualifiedName type, String from, String to) {
        String old = "'" + from + "'::" + type;
        String now = "'" + to + "'::" + type;
        return renameTexts(s.withEnums(s.enums().stream().map(e -> !e.name().equals(type) ? e
                : new EnumType(e.name(), e.labels().stream().map(l -> l.equals(from) ? to : l).toList(), e.comment())).toList()),
                sql -> sql.replace(old, now));
    }

    /** Domain {@code from} is {@code to}: its columns take it under that name. */
    private static Schema renameDomain(Schema s, QualifiedName from, QualifiedName to) {
        List<Domain> domains = s.domains().stream().map(d -> !d.name().equals(from) ? d
                : new Domain(to, d.baseType(), d.collation(), d.defaultExpression(), d.notNull(), d.checks(), d.comment())).toList();
        List<Table> tables = s.tables().stream().map(t -> t.withColumns(t.columns().stream()
                .map(c -> from.schema().equals(c.type().schema()) && from.name().equals(c.type().name())
                        ? c.withType(c.type().array() ? PgType.user(to.schema(), to.name()).arrayOf() : PgType.user(to.schema(), to.name()))
                        : c).toList())).toList();
        return s.withDomains(domains).withTables(tables);
    }

    /** {@code r} under the name {@code to}, its definition saying so. */
    private static Routine renamed(Routine r, QualifiedName to) {
        return new Routine(to, r.identityArguments(), r.argumentTypes(), r.procedure(), r.arguments(), r.result(), r.language(), r.body(),
                r.volatility(), r.strict(), r.securityDefiner(), r.leakproof(), r.parallel(), r.cost(), r.rows(), r.config(),
                word(r.definition(), r.name().name(), to.name()), r.comment(), r.dependsOn());
    }

    /** Every text of {@code s} that names {@code from} (a call, a sequence in a default, a trigger's function) names {@code to}. */
    private static Schema renameEverywhere(Schema s, String from, String to) {
        return renameTexts(s, sql -> word(sql, from, to));
    }

    private static Schema renameTexts(Schema s, UnaryOperator<String> f) {
        UnaryOperator<String> text = sql -> sql == null ? null : f.apply(sql);
        return new Schema(s.namespaces(), s.tables().stream().map(t -> SchemaTexts.in(t, text)).toList(), s.enums(), s.extensions(),
                s.sequences(), s.domains().stream().map(d -> SchemaTexts.in(d, text)).toList(),
                s.routines().stream().map(r -> SchemaTexts.in(r, text, text)).toList(),
                s.triggers().stream().map(g -> SchemaTexts.in(g, text, text)).toList(),
                s.views().stream().map(v -> SchemaTexts.in(v, text, text)).toList(),
                s.materializedViews().stream().map(v -> SchemaTexts.in(v, text, text)).toList(),
                s.policies().stream().map(p -> SchemaTexts.in(p, text)).toList(), s.operators(), s.collations());
    }

    // --- a table renamed: what names it follows ---

    private static Schema renameTable(Schema s, QualifiedName from, QualifiedName to, boolean constraintNames) {
        // texts name tables qualified (a view's FROM, a trigger's ON): the same name in the other schema stays
        UnaryOperator<String> text = sql -> sql == null ? null : word(sql, from.toString(), to.toString());
        UnaryOperator<String> prefixed = n -> constraintNames && n.startsWith(from.name() + "_") ? to.name() + n.substring(from.name().length()) : n;
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            Table renamed = t;
            if (t.name().equals(from)) {
                renamed = t.withName(to)
                        .withPrimaryKey(t.primaryKey().with(prefixed.apply(t.primaryKey().name()), t.primaryKey().columns(),
                                t.primaryKey().include()))
                        .withUniques(t.uniques().stream().map(u -> u.with(prefixed.apply(u.name()), u.columns(), u.include())).toList())
                        .withChecks(t.checks().stream().map(k -> k.with(prefixed.apply(k.name()), k.expression())).toList())
                        .withIndexes(t.indexes().stream().map(i -> i.withName(prefixed.apply(i.name()))).toList())
                        .withExclusions(t.exclusions().stream().map(x -> new Exclusion(prefixed.apply(x.name()), x.definition())).toList())
                        .withForeignKeys(t.foreignKeys().stream().map(f -> f.with(prefixed.apply(f.name()), f.columns(),
                                f.referencedTable(), f.referencedColumns())).toList());
            }
            renamed = renamed.withForeignKeys(renamed.foreignKeys().stream().map(f -> f.referencedTable().equals(from)
                    ? f.with(f.name(), f.columns(), to, f.referencedColumns()) : f).toList());
            renamed = renamed.withOptions(renamed.options().withInherits(renamed.options().inherits().stream()
                    .map(p -> p.equals(from) ? to : p).toList()));
            tables.add(renamed);
        }
        List<View> views = s.views().stream().map(v -> new View(v.name(), text.apply(v.definition()), v.columns(), v.options(),
                v.relations().stream().map(r -> r.equals(from) ? to : r).toList(),
                v.uses().stream().map(u -> u.relation().equals(from) ? new RelationColumn(to, u.column()) : u).toList(),
                v.comment(), v.functions())).toList();
        List<MaterializedView> materialized = s.materializedViews().stream().map(v -> new MaterializedView(v.name(),
                text.apply(v.definition()), v.columns(), v.withData(), v.indexes(), v.options(),
                v.relations().stream().map(r -> r.equals(from) ? to : r).toList(),
                v.uses().stream().map(u -> u.relation().equals(from) ? new RelationColumn(to, u.column()) : u).toList(),
                v.comment(), v.functions())).toList();
        List<Policy> policies = s.policies().stream().map(p -> p.table().equals(from) ? p.withTable(to) : p).toList();
        List<Trigger> triggers = s.triggers().stream()
                .map(g -> g.table().equals(from) ? g.withTable(to, text.apply(g.definition())) : g).toList();
        return with(s, tables, views, policies, triggers).withMaterializedViews(materialized);
    }

    // --- a column renamed: what reads it follows ---

    private Schema renameColumn(Schema s, QualifiedName table, String from, String to) {
        UnaryOperator<String> text = sql -> sql == null ? null : word(sql, from, to);
        UnaryOperator<String> name = n -> n.equals(from) ? to : n;
        List<Table> tables = new ArrayList<>();
        for (Table t : s.tables()) {
            if (!t.name().equals(table)) {
                tables.add(t);
                continue;
            }
            tables.add(t.withColumns(t.columns().stream().map(c -> (c.name().equals(from) ? c.withName(to) : c)
                            .withExpressions(c.defaultExpression(), text.apply(c.generatedExpression()))).toList())
                    .withUniques(t.uniques().stream().map(u -> u.with(u.name(), u.columns().stream().map(name).toList(),
                            u.include().stream().map(name).toList())).toList())
                    .withChecks(t.checks().stream().map(k -> k.with(k.name(), text.apply(k.expression()))).toList())
                    .withIndexes(t.indexes().stream().map(i -> renamedIn(i, name, text)).toList())
                    .withExclusions(t.exclusions().stream().map(x -> new Exclusion(x.name(), text.apply(x.definition()))).toList())
                    .withPrimaryKey(t.primaryKey().with(t.primaryKey().name(), t.primaryKey().columns(),
                            t.primaryKey().include().stream().map(name).toList()))
                    .withForeignKeys(t.foreignKeys().stream().map(f -> f.with(f.name(), f.columns().stream().map(name).toList(),
                            f.referencedTable(), f.referencedColumns())).toList()));
        }
        // a view reading the column keeps its own column's name (an alias) or takes the new one;
        // then the views over it read that one
        Map<QualifiedName, String[]> renamedViewColumns = new LinkedHashMap<>();
        List<View> views = new ArrayList<>();
        for (View v : s.views()) {
            if (v.uses().contains(new RelationColumn(table, from))) {
                boolean alias = chance(50);
                String definition = selectList(v.definition(), from, alias ? to + " AS " + from : to);
                List<ViewColumn> columns = v.columns().stream()
                        .map(c -> !alias && c.name().equals(from) ? new ViewColumn(to, c.type()) : c).toList();
                if (!alias) {
                    renamedViewColumns.put(v.name(), new String[] {from, to});
                }
                views.add(new View(v.name(), definition, columns, v.options(), v.relations(),
                        v.uses().stream().map(u -> u.equals(new RelationColumn(table, from)) ? new RelationColumn(table, to) : u).toList(),
                        v.comment(), v.functions()));
            } else {
                views.add(v);
            }
        }
        for (int i = 0; i < views.size(); i++) {
            View v = views.get(i);
            for (Map.Entry<QualifiedName, String[]> e : renamedViewColumns.entrySet()) {
                RelationColumn read = new RelationColumn(e.getKey(), e.getValue()[0]);
                if (v.uses().contains(read)) {
                    String oldName = e.getValue()[0];
                    String newName = e.getValue()[1];
                    v = new View(v.name(), word(v.definition(), oldName, newName),
                            v.columns().stream().map(c -> c.name().equals(oldName) ? new ViewColumn(newName, c.type()) : c).toList(),
                            v.options(), v.relations(),
                            v.uses().stream().map(u -> u.equals(read) ? new RelationColumn(e.getKey(), newName) : u).toList(),
                            v.comment(), v.functions());
                }
            }
            views.set(i, v);
        }
        // a materialized view reading it keeps its own column's name (its indexes name that one)
        RelationColumn read = new RelationColumn(table, from);
        List<MaterializedView> materialized = s.materializedViews().stream().map(v -> !v.uses().contains(read) ? v
                : new MaterializedView(v.name(), selectList(v.definition(), from, to + " AS " + from), v.columns(), v.withData(),
                        v.indexes(), v.options(), v.relations(),
                        v.uses().stream().map(u -> u.equals(read) ? new RelationColumn(table, to) : u).toList(), v.comment(),
                        v.functions())).toList();
        List<Policy> policies = s.policies().stream().map(p -> !p.table().equals(table) ? p
                : new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(), text.apply(p.using()), text.apply(p.withCheck()),
                        p.comment(), p.columns().stream().map(name).toList(), p.relations(), p.uses())).toList();
        List<Trigger> triggers = s.triggers().stream().map(g -> !g.table().equals(table) ? g
                : new Trigger(g.table(), g.name(), text.apply(g.definition()), g.function(), g.enabled(), g.comment(),
                        g.columns().stream().map(name).toList())).toList();
        return with(s, tables, views, policies, triggers).withMaterializedViews(materialized);
    }

    private static Index renamedIn(Index i, UnaryOperator<String> name, UnaryOperator<String> text) {
        List<IndexKey> keys = i.keys().stream().map(k -> new IndexKey(k.column() == null ? null : name.apply(k.column()),
                text.apply(k.expression()), k.descending(), k.nullsFirst(), k.opclass(), k.collation())).toList();
        return new Index(i.name(), keys, i.unique(), text.apply(i.predicate()), i.method(), i.include().stream().map(name).toList(),
                i.nullsNotDistinct(), i.options(), i.comment());
    }

    /** {@code SELECT a, b FROM … WHERE a …}: the select list's {@code from} becomes {@code item}, the rest {@code from} → its new name. */
    private static String selectList(String definition, String from, String item) {
        int at = definition.indexOf(" FROM ");
        String newName = item.split(" ")[0];
        List<String> items = new ArrayList<>();
        for (String s : definition.substring("SELECT ".length(), at).split(", ")) {
            items.add(s.equals(from) ? item : s);
        }
        return "SELECT " + String.join(", ", items) + word(definition.substring(at), from, newName);
    }

    /** {@code sql} with the whole word {@code from} (not part of a longer name) replaced by {@code to}. */
    static String word(String sql, String from, String to) {
        return Pattern.compile("\\b" + Pattern.quote(from) + "\\b").matcher(sql).replaceAll(Matcher.quoteReplacement(to));
    }

    private static Schema with(Schema s, List<Table> tables, List<View> views, List<Policy> policies, List<Trigger> triggers) {
        return new Schema(s.namespaces(), tables, s.enums(), s.extensions(), s.sequences(), s.domains(), s.routines(), triggers, views,
                s.materializedViews(), policies, s.operators(), s.collations());
    }
}
