package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.naming.ExpressionNames;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * A schema that changes are applied to in memory, refusing what Postgres would refuse: the
 * solver orders a plan by what this accepts, and checks the result against the desired schema.
 * {@link ChangeSimulator} holds the rules per change kind; this class holds the state and lookups.
 */
final class VirtualSchema {

    final Set<String> namespaces;
    final Map<QualifiedName, EnumType> enums;
    /** The objects declared in SQL files, by key: extension name, name, {@link Routine#signature()}, {@code table.trigger}. */
    final Map<String, Extension> extensions = new LinkedHashMap<>();
    /** The sequences by name: changed only through {@link #putSequence} and {@link #removeSequence}, which keep {@link #owned}. */
    private final Map<QualifiedName, Sequence> sequences = new LinkedHashMap<>();
    /**
     * Per table (the sequence's schema, its {@code OWNED BY} table): the sequences it owns, so that
     * dropping or renaming a table looks at its own rather than at every sequence (a plan dropping
     * 2,000 tables with serial columns did 4 million owner lookups).
     */
    private final Map<QualifiedName, Set<QualifiedName>> owned = new HashMap<>();
    /** Each {@code OWNED BY} text read once as table and column (it is tokenised). */
    private final Map<String, String[]> owners = new HashMap<>();
    final Map<QualifiedName, Domain> domains = new LinkedHashMap<>();
    final RoutineSet routines = new RoutineSet();
    final TriggerSet triggers = new TriggerSet();
    final Map<QualifiedName, dev.dibs.engine.model.View> views = new LinkedHashMap<>();
    final Map<QualifiedName, dev.dibs.engine.model.MaterializedView> materializedViews = new LinkedHashMap<>();
    /** Row-level-security policies by {@link #policyKey}. */
    final Map<String, dev.dibs.engine.model.Policy> policies = new LinkedHashMap<>();
    /** Operators by {@link dev.dibs.engine.model.Operator#signature()}. */
    final Map<String, dev.dibs.engine.model.Operator> operators = new LinkedHashMap<>();
    /** The collations CREATE COLLATION made in the managed schemas, as the plan leaves them so far. */
    final Map<QualifiedName, dev.dibs.engine.model.Collation> collations = new LinkedHashMap<>();
    /** The collations either side manages: a column of one of these needs it to exist. */
    private final Set<QualifiedName> managedCollations = new HashSet<>();
    /**
     * The tables, views and materialized views of either side: what a view reads that the plan may
     * create or drop. Any other relation a view reads (a catalog table) is taken as given.
     */
    final Set<QualifiedName> managedRelations = new HashSet<>();
    /**
     * What each relation of the desired state is ({@code table}, {@code view}, {@code materialized view}):
     * a view is created over the relation of that name only once it is of the kind it is meant to read,
     * not over an old table the plan has yet to replace by a view of the same name.
     */
    final Map<QualifiedName, String> desiredKinds = new HashMap<>();
    /**
     * The signatures of the routines of either side: functions dibs manages, which a trigger must
     * wait for when the plan creates them. Any other function a trigger executes is taken as given.
     */
    final Set<String> managedRoutines = new HashSet<>();
    /** The names of {@link #managedRoutines}: what a policy's, trigger condition's or domain's expression may call. */
    final Set<QualifiedName> managedRoutineNames = new java.util.LinkedHashSet<>();
    /** The desired state's routines by signature: a routine calling one must find it as desired, not an old version of it. */
    final Map<String, Routine> desiredRoutines = new HashMap<>();
    /**
     * The names of the current routines the plan drops or drops to create again: an expression the
     * plan adds that calls one waits until no old version of that name is left (bound to an old one,
     * it would keep PostgreSQL from dropping it).
     */
    final Set<QualifiedName> goingRoutineNames = new java.util.LinkedHashSet<>();
    /**
     * The function names whose results the plan replaces in place, with the signatures replaced
     * ({@link dev.dibs.engine.diff.RoutineDiffer#resultsChanged}): an index, check or stored generated
     * column the plan adds calling one waits for those replacements, or it would hold the old results.
     */
    final Map<QualifiedName, Set<String>> resultsChanged;
    /**
     * The columns the plan drops and adds back ({@code schema.table.column}: a generated one
     * re-created), and those of them dropped so far: a routine whose SQL-standard body reads one
     * waits until it is back, or PostgreSQL would refuse its drop.
     */
    private final Set<String> addedBack = new HashSet<>();
    private final Set<String> droppedSoFar = new HashSet<>();
    /** The signatures of the routines the plan drops, and those of them dropped so far ({@link #notePlan}). */
    private final Set<String> goingRoutines = new HashSet<>();
    private final Set<String> droppedRoutines = new HashSet<>();
    /** The enum types the plan creates again and has not yet ({@link #notePlan}, {@link #enumRecreated}). */
    private final Set<QualifiedName> enumsToRecreate = new HashSet<>();
    /** The tables the plan drops ({@link #notePlan}): those still here are going. */
    private final Set<QualifiedName> tablesToDrop = new HashSet<>();
    private final Map<QualifiedName, Table> tables = new LinkedHashMap<>();
    /** Per schema: table, index and key-index names, and what holds each. Kept up to date so lookups stay O(1). */
    private final Map<String, Map<String, String>> relations = new HashMap<>();
    /** Per referenced table: the foreign keys pointing at it, as {@code table.key}. */
    private final Map<QualifiedName, Map<String, ForeignKey>> keysInto = new HashMap<>();
    /** Per enum type: the columns using it, as {@code table.column}. */
    private final Map<QualifiedName, Set<String>> typeUsers = new HashMap<>();
    /**
     * The user types the plan may create or drop (the enums of either side). Any other user type
     * (an extension's {@code hstore}, a domain) is not dibs's: the simulation takes it as given,
     * and PostgreSQL says so when it is missing.
     */
    private final Set<QualifiedName> managedTypes = new HashSet<>();
    /** The tables of either side: each has a row type of its name, which a column may take. */
    private final Set<QualifiedName> managedTableTypes = new HashSet<>();
    /**
     * The domains of the desired schema: a column the plan adds or retypes needs the domain with
     * its desired base type and collation, so it waits while the plan has still to re-create it.
     */
    final Map<QualifiedName, Domain> desiredDomains = new HashMap<>();
    /** Where the plan goes: a new reader of a column waits for the column's desired type. */
    private final Schema desired;
    /**
     * The tables, enums, domains and routines of either side, in {@link Routine#dependsOn()}'s words
     * ({@code table s.t}, {@code type s.t}, {@code routine signature}): what a routine may have to
     * wait for. Anything else it needs (an extension's type) is taken as given.
     */
    private final Set<String> declared = new HashSet<>();
    /** The names of the desired schema's operators: what a domain's expression may wait for. */
    final Set<QualifiedName> desiredOperatorNames = new HashSet<>();

    /**
     * The sequences of either side, of their own or a serial-like column's: a default calling one
     * of them needs it to exist. Any other sequence a default calls is not dibs's, and taken as given.
     */
    final Set<QualifiedName> managedSequences = new HashSet<>();
    /** The types of the extensions of either side, and the extension bringing each. */
    final Map<QualifiedName, String> extensionTypes = new HashMap<>();

    /** @param desired where the plan goes: its enums and domains are types the plan may create */
    VirtualSchema(Schema schema, Schema desired) {
        this.desired = desired;
        schema.enums().forEach(e -> managedTypes.add(e.name()));
        desired.enums().forEach(e -> managedTypes.add(e.name()));
        schema.domains().forEach(d -> managedTypes.add(d.name()));
        desired.domains().forEach(d -> managedTypes.add(d.name()));
        desired.domains().forEach(d -> desiredDomains.put(d.name(), d));
        schema.tables().forEach(t -> managedTableTypes.add(t.name()));
        desired.tables().forEach(t -> managedTableTypes.add(t.name()));
        namespaces = new HashSet<>(schema.namespaces());
        enums = new LinkedHashMap<>();
        schema.enums().forEach(e -> enums.put(e.name(), e));
        schema.tables().forEach(this::put);
        schema.extensions().forEach(x -> extensions.put(x.name(), x));
        schema.sequences().forEach(this::putSequence);
        schema.domains().forEach(this::putDomain);
        schema.routines().forEach(r -> routines.put(r.signature(), r));
        schema.triggers().forEach(t -> triggers.put(triggerKey(t.table(), t.name()), t));
        schema.routines().forEach(r -> managedRoutines.add(r.signature()));
        desired.routines().forEach(r -> managedRoutines.add(r.signature()));
        schema.routines().forEach(r -> managedRoutineNames.add(r.name()));
        desired.routines().forEach(r -> managedRoutineNames.add(r.name()));
        desired.routines().forEach(r -> desiredRoutines.put(r.signature(), r));
        desired.operators().forEach(o -> desiredOperatorNames.add(o.name()));
        // names with a routine the plan drops or re-creates (none in most plans)
        for (Routine r : schema.routines()) {
            Routine wanted = desiredRoutines.get(r.signature());
            if (wanted == null || dev.dibs.engine.diff.RoutineDiffer.needsRecreating(r, wanted)) {
                goingRoutineNames.add(r.name());
            }
        }
        resultsChanged = dev.dibs.engine.diff.RoutineDiffer.resultsChanged(schema, desired);
        declare(schema);
        declare(desired);
        SequenceSimulator.start(this, schema, desired);
        ViewSimulator.start(this, schema, desired);
        schema.policies().forEach(p -> policies.put(policyKey(p.table(), p.name()), p));
        schema.operators().forEach(o -> operators.put(o.signature(), o));
        schema.collations().forEach(c -> collations.put(c.name(), c));
        schema.collations().forEach(c -> managedCollations.add(c.name()));
        desired.collations().forEach(c -> managedCollations.add(c.name()));
    }

    /** A column of collation {@code name} (null: its type's) needs it, when a managed one, to exist. */
    void requireCollation(QualifiedName name) {
        if (name != null && managedCollations.contains(name) && !collations.containsKey(name)) {
            throw new SimulationException.NotExists("collation " + name);
        }
    }

    /** A domain of collation {@code printed} (as domains.sql prints it; null: its base type's) needs it, when a managed one, to exist. */
    void requireCollation(String printed) {
        if (printed == null) {
            return;
        }
        for (QualifiedName name : managedCollations) {
            if (printed.equals(dev.dibs.engine.naming.Identifiers.quote(name.schema(), name.name()))) {
                requireCollation(name);
            }
        }
    }

    /** What uses collation {@code name} now ({@link dev.dibs.engine.diff.CollationUses}). */
    List<String> collationUsers(QualifiedName name) {
        return dev.dibs.engine.diff.CollationUses.of(name, tables.values(), domains.values(), dev.dibs.engine.diff.CollationUses.texts(
                views.values(), materializedViews.values(), policies.values(), triggers.values(), routines.values()));
    }

    Schema toSchema() {
        return new Schema(List.copyOf(namespaces), List.copyOf(tables.values()), List.copyOf(enums.values()),
                List.copyOf(extensions.values()), SequenceSimulator.ownSequences(this), List.copyOf(domains.values()),
                List.copyOf(routines.values()), List.copyOf(triggers.values()), List.copyOf(views.values()),
                List.copyOf(materializedViews.values()), List.copyOf(policies.values()), List.copyOf(operators.values()),
                List.copyOf(collations.values()));
    }

    static String triggerKey(QualifiedName table, String trigger) {
        return table + "." + trigger;
    }

    static String policyKey(QualifiedName table, String policy) {
        return table + "." + policy;
    }


    /** The tables, for lookups that are not by name (which column calls or owns a sequence). */
    java.util.Collection<Table> tables() {
        return tables.values();
    }

    /** The columns of other tables than {@code table} that take its row type (or an array of it). */
    List<String> rowTypeUsers(QualifiedName table) {
        List<String> users = new ArrayList<>();
        for (Table t : tables.values()) {
            for (Column c : t.columns()) {
                PgType type = c.type();
                if (!t.name().equals(table) && !type.isBuiltin() && table.equals(new QualifiedName(type.schema(), type.name()))) {
                    users.add(t.name() + "." + c.name());
                }
            }
        }
        return users;
    }

    /** The table {@code name}, if there is one. */
    java.util.Optional<Table> findTable(QualifiedName name) {
        return hasTable(name) ? java.util.Optional.of(table(name)) : java.util.Optional.empty();
    }

    boolean hasTable(QualifiedName name) {
        return tables.containsKey(name);
    }

    boolean hasTablesIn(String schema) {
        return relations.getOrDefault(schema, Map.of()).values().stream().anyMatch(w -> w.startsWith("table "));
    }

    void put(Table t) {
        Table old = tables.put(t.name(), t);
        if (old != null) {
            unindex(old);
        }
        index(t);
    }

    void remove(QualifiedName name) {
        Table old = tables.remove(name);
        if (old != null) {
            unindex(old);
        }
    }

    /**
     * After a type or routine is renamed: every table through {@code tables}, every domain through
     * {@code domains}, every routine through {@code routines} (under its signature after), the printed texts of views, materialized views, triggers and policies through
     * {@code texts}, and their lists of routine signatures through {@code signatures}.
     */
    void rewrite(UnaryOperator<Table> tables, UnaryOperator<Domain> domains, UnaryOperator<Routine> routines,
                 UnaryOperator<String> texts, UnaryOperator<String> signatures) {
        for (Routine r : List.copyOf(this.routines.values())) {
            Routine rewritten = routines.apply(r);
            if (rewritten != r) {
                this.routines.remove(r.signature());
                this.routines.put(rewritten.signature(), rewritten);
            }
        }
        for (Domain d : List.copyOf(this.domains.values())) {
            Domain rewritten = domains.apply(d);
            if (rewritten != d) {
                putDomain(rewritten);
            }
        }
        replaceAll(tables);
        views.replaceAll((name, v) -> SchemaTexts.in(v, texts, signatures));
        materializedViews.replaceAll((name, v) -> SchemaTexts.in(v, texts, signatures));
        policies.replaceAll((key, p) -> SchemaTexts.in(p, texts));
        for (Trigger t : List.copyOf(triggers.values())) {
            Trigger rewritten = SchemaTexts.in(t, texts, signatures);
            if (rewritten != t) {
                triggers.put(triggerKey(t.table(), t.name()), rewritten);
            }
        }
    }

    /** Replaces every table by {@code f(table)} (renames touch other tables' foreign keys). */
    void replaceAll(UnaryOperator<Table> f) {
        List<Table> replaced = tables.values().stream().map(f).toList();
        new ArrayList<>(tables.keySet()).forEach(this::remove);
        replaced.forEach(this::put);
    }

    private void index(Table t) {
        Map<String, String> names = relations.computeIfAbsent(t.name().schema(), k -> new HashMap<>());
        names.put(t.name().name(), "table " + t.name());
        if (t.primaryKey() != null) {
            names.put(t.primaryKey().name(), "primary key " + t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.put(u.name(), "unique " + u.name()));
        t.indexes().forEach(i -> names.put(i.name(), "index " + i.name()));
        t.exclusions().forEach(x -> names.put(x.name(), "exclusion constraint " + x.name()));
        t.options().partitions().forEach(p -> names.put(p.name(), "partition " + p.name()));
        t.foreignKeys().forEach(fk -> keysInto.computeIfAbsent(fk.referencedTable(), k -> new HashMap<>()).put(t.name() + "." + fk.name(), fk));
        t.columns().stream().filter(c -> !c.type().isBuiltin()).forEach(c -> typeUsers
                .computeIfAbsent(new QualifiedName(c.type().schema(), c.type().name()), k -> new HashSet<>()).add(t.name() + "." + c.name()));
    }

    private void unindex(Table t) {
        Map<String, String> names = relations.getOrDefault(t.name().schema(), new HashMap<>());
        names.remove(t.name().name());
        if (t.primaryKey() != null) {
            names.remove(t.primaryKey().name());
        }
        t.uniques().forEach(u -> names.remove(u.name()));
        t.indexes().forEach(i -> names.remove(i.name()));
        t.exclusions().forEach(x -> names.remove(x.name()));
        t.options().partitions().forEach(p -> names.remove(p.name()));
        t.foreignKeys().forEach(fk -> keysInto.getOrDefault(fk.referencedTable(), new HashMap<>()).remove(t.name() + "." + fk.name()));
        t.columns().stream().filter(c -> !c.type().isBuiltin()).forEach(c -> typeUsers
                .getOrDefault(new QualifiedName(c.type().schema(), c.type().name()), new HashSet<>()).remove(t.name() + "." + c.name()));
    }

    /** Columns of any table whose type is the enum or domain {@code type}, and the domains over it ({@link #domainUser}). */
    Set<String> columnsOfType(QualifiedName type) {
        return typeUsers.getOrDefault(type, Set.of());
    }

    /** Foreign keys of any table that point at {@code table}, as {@code table.key} → key. */
    Map<String, ForeignKey> keysInto(QualifiedName table) {
        return keysInto.getOrDefault(table, Map.of());
    }

    /** The tables other than {@code table} that have a foreign key onto it. */
    List<Table> tablesReferencing(QualifiedName table) {
        return tables.values().stream().filter(t -> !t.name().equals(table)
                && t.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table))).toList();
    }

    /**
     * Refuses a new reader (a view, materialized view, policy or trigger, or one altered to read the
     * column) of {@code column} of the managed table {@code table} while that column does not have its
     * desired type yet: PostgreSQL refuses {@code ALTER COLUMN … TYPE} of a column a view, policy or
     * trigger reads, so the reader waits for it.
     */
    void requireDesiredType(QualifiedName table, String column) {
        Table now = tables.get(table);
        Column held = now == null ? null : now.column(column).orElse(null);
        if (held == null) {
            return;
        }
        Column wanted = desired.table(table).flatMap(t -> t.column(column)).orElse(null);
        if (wanted != null && wanted.typeDiffers(held)) {
            throw new SimulationException.NotExists("column " + table + "." + column + " of type " + wanted.typeSql()
                    + " (it is still " + held.typeSql() + ")");
        }
        // of an enum the plan creates again under the same name: converted then, so not yet of the desired type
        if (wanted != null && !held.type().isBuiltin()
                && enumsToRecreate.contains(new QualifiedName(held.type().schema(), held.type().name()))) {
            throw new SimulationException.NotExists("column " + table + "." + column + " of type " + wanted.type().sql()
                    + " as the plan creates it again");
        }
    }

    /**
     * Takes note of what {@code changes} drop and create again: the columns they drop and add back
     * ({@link #addedBack}), and the routines they drop (for any reason: one re-created because its
     * body calls a re-created one, reads a retyped column, …), whose old versions nothing new may call.
     */
    void notePlan(List<dev.dibs.engine.diff.SchemaChange> changes) {
        Set<String> dropped = new HashSet<>();
        for (var c : changes) {
            if (c instanceof dev.dibs.engine.diff.SchemaChange.DropColumn d) {
                dropped.add(d.table() + "." + d.column().name());
            } else if (c instanceof dev.dibs.engine.diff.SchemaChange.DropRoutine r) {
                goingRoutines.add(r.routine().signature());
                goingRoutineNames.add(r.routine().name());
            } else if (c instanceof dev.dibs.engine.diff.SchemaChange.RecreateEnum r) {
                enumsToRecreate.add(r.to().name());
            } else if (c instanceof dev.dibs.engine.diff.SchemaChange.DropTable d) {
                tablesToDrop.add(d.table().name());
            }
        }
        for (var c : changes) {
            if (c instanceof dev.dibs.engine.diff.SchemaChange.AddColumn a && dropped.contains(a.table() + "." + a.column().name())) {
                addedBack.add(a.table() + "." + a.column().name());
            }
        }
    }

    /** Whether the plan drops table {@code name} (and it is still here). */
    boolean tableGoing(QualifiedName name) {
        return tablesToDrop.contains(name) && tables.containsKey(name);
    }

    /** After the enum type {@code name} was created again: a column may take the new one from now on. */
    void enumRecreated(QualifiedName name) {
        enumsToRecreate.remove(name);
    }

    /** Whether the routine of {@code signature} that is there is one the plan drops and has not yet. */
    boolean goingNotYetDropped(String signature) {
        return goingRoutines.contains(signature) && !droppedRoutines.contains(signature);
    }

    /** After the routine of {@code signature} was dropped: one of that signature from now on is new. */
    void routineDropped(String signature) {
        if (goingRoutines.contains(signature)) {
            droppedRoutines.add(signature);
        }
    }

    /** After column {@code column} of {@code table} was dropped. */
    void columnDropped(QualifiedName table, String column) {
        if (!addedBack.isEmpty()) {
            droppedSoFar.add(table + "." + column);
        }
    }

    /**
     * For a routine whose SQL-standard body reads a column ({@code column schema.table.column}, in
     * {@link Routine#dependsOn()}'s words): it waits while a table of the desired state lacks the
     * column or its desired type (PostgreSQL parses the body when it creates the routine, and then
     * retypes no column it reads). A table not there yet is the {@code table} dependency's business.
     */
    void requireColumnRead(String dependency) {
        String name = dependency.substring("column ".length());
        for (int i = name.indexOf('.'); i > 0; i = name.indexOf('.', i + 1)) { // names may hold dots: every split
            for (int j = name.indexOf('.', i + 1); j > 0; j = name.indexOf('.', j + 1)) {
                QualifiedName table = new QualifiedName(name.substring(0, i), name.substring(i + 1, j));
                String column = name.substring(j + 1);
                Table now = tables.get(table);
                if (now != null && desired.table(table).flatMap(t -> t.column(column)).isPresent()) {
                    if (now.column(column).isEmpty()) {
                        throw new SimulationException.NotExists("column " + table + "." + column);
                    }
                    if (addedBack.contains(table + "." + column) && !droppedSoFar.contains(table + "." + column)) {
                        throw new SimulationException.NotExists("column " + table + "." + column + " as the plan adds it back");
                    }
                    requireDesiredType(table, column);
                    return;
                }
            }
        }
    }

    /**
     * For a routine using an enum type or a domain ({@code name}, as {@link Routine#dependsOn()} writes
     * it): it waits while the enum's labels, or the domain's base type, are not yet the desired ones,
     * so that it is bound to the type the plan creates again, not to the old one PostgreSQL must then drop.
     */
    void requireEnumAsDesired(String name) {
        for (Domain now : domains.values()) { // a domain the plan creates again: over its desired base type
            if (now.name().toString().equals(name)) {
                Domain wanted = desiredDomains.get(now.name());
                if (wanted != null && (!wanted.baseType().equals(now.baseType()) || !java.util.Objects.equals(wanted.collation(), now.collation()))) {
                    throw new SimulationException.NotExists("type " + name + " as the desired state has it (over " + wanted.baseType() + ")");
                }
                return;
            }
        }
        for (EnumType now : enums.values()) {
            if (now.name().toString().equals(name)) {
                desired.enums().stream().filter(e -> e.name().equals(now.name()) && !e.labels().equals(now.labels())).findFirst()
                        .ifPresent(e -> {
                            throw new SimulationException.NotExists("type " + name + " as the desired state has it (labels "
                                    + e.labels() + ")");
                        });
                return;
            }
        }
    }

    Table table(QualifiedName name) {
        Table t = tables.get(name);
        if (t == null) {
            throw new SimulationException.NotExists("table " + name);
        }
        return t;
    }

    Column column(Table t, String name) {
        return t.column(name).orElseThrow(() -> new SimulationException.NotExists("column " + t.name() + "." + name));
    }

    void requireColumns(Table t, List<String> names) {
        names.forEach(n -> column(t, n));
    }

    /**
     * The columns of {@code t} that {@code text} (a check's expression, an exclusion constraint's
     * definition) reads, by the desired table's column names: each must be there, and of its desired
     * type, since PostgreSQL checks the rows (or builds the index) with the types they have when the
     * constraint is added. Null reads nothing.
     */
    void requireReadColumns(Table t, String text) {
        Table wanted = desired.table(t.name()).orElse(null);
        if (text == null || wanted == null) {
            return;
        }
        List<String> names = wanted.columns().stream().map(Column::name).toList();
        for (String name : ExpressionNames.referencedColumns(text, names)) {
            column(t, name);
            requireDesiredType(t.name(), name);
        }
    }

    void requireType(PgType type) {
        requireType(type, true);
    }

    /**
     * @param takesIt whether something takes the type anew (a column added or retyped, a domain or
     *                operator created): then an enum the plan creates again must be the new one (a
     *                column only altered otherwise keeps what it has, and may have to change first)
     */
    void requireType(PgType type, boolean takesIt) {
        QualifiedName name = type.isBuiltin() ? null : new QualifiedName(type.schema(), type.name());
        if (name != null && managedTypes.contains(name) && !enums.containsKey(name) && !domains.containsKey(name)) {
            throw new SimulationException.NotExists("type " + type.schema() + "." + type.name());
        }
        if (takesIt && name != null && enumsToRecreate.contains(name)) { // the old type would be dropped under the new column
            throw new SimulationException.NotExists("type " + name + " as the plan creates it again");
        }
        if (name != null && managedTableTypes.contains(name) && !tables.containsKey(name)) {
            throw new SimulationException.NotExists("table " + name + " (a column takes its row type)");
        }
        Domain now = name == null ? null : domains.get(name);
        Domain wanted = name == null ? null : desiredDomains.get(name);
        if (now != null && wanted != null && !(now.baseType().equals(wanted.baseType())
                && java.util.Objects.equals(now.collation(), wanted.collation()))) {
            throw new SimulationException.NotExists("domain " + name + " over " + wanted.baseType()
                    + (wanted.collation() == null ? "" : " COLLATE " + wanted.collation()) + " (it is still over " + now.baseType() + ")");
        }
        String extension = name == null ? null : extensionTypes.get(name);
        if (extension != null && (!extensions.containsKey(extension) || !extensions.get(extension).schema().equals(name.schema()))) {
            throw new SimulationException.NotExists("type " + name + " (of the extension " + extension + ")");
        }
    }

    /**
     * Every enum label {@code expression} casts ({@code 'd'::public.mood}, a default, check or index
     * predicate) is one its type has at this point of the plan: a label the plan adds, or that only
     * the type's re-creation brings, makes the expression wait for it. A cast to a type the plan
     * creates again waits for the new type whatever the label: made before, it would hold the old
     * type (renamed away), which the re-creation then cannot drop.
     */
    void requireEnumLabels(String expression) {
        requireEnumLabels(expression, null);
    }

    /**
     * As {@link #requireEnumLabels(String)}, for the default of a column of the type {@code converted}
     * that the type's re-creation converts: that conversion drops the default and sets it again on the
     * new type, so the default may be set before it, of a label the old type has.
     */
    void requireEnumLabels(String expression, QualifiedName converted) {
        if (enums.isEmpty() || expression == null || expression.indexOf("::") < 0) {
            return;
        }
        for (QualifiedName type : dev.dibs.engine.diff.EnumLiterals.castTypes(expression)) {
            if (enumsToRecreate.contains(type) && !type.equals(converted)) {
                throw new SimulationException.NotExists("type " + type + " as the plan creates it again (an expression casts to it)");
            }
        }
        for (var used : dev.dibs.engine.diff.EnumLiterals.in(expression).entrySet()) {
            EnumType e = enums.get(used.getKey());
            if (e == null) {
                continue; // not an enum dibs manages (or not one at all): PostgreSQL judges it
            }
            for (String label : used.getValue()) {
                if (!e.labels().contains(label)) {
                    throw new SimulationException.NotExists("label '" + label + "' of " + e.name()
                            + (enumsToRecreate.contains(e.name()) ? " as the plan creates it again" : ""));
                }
            }
        }
    }

    /**
     * A column added to an existing table fills its rows with its type's default: of a domain, the
     * domain must have the default it is meant to have by then (the plan may take it off around a
     * function it calls, and set it again after).
     */
    void requireDomainDefault(PgType type) {
        QualifiedName name = type.isBuiltin() ? null : new QualifiedName(type.schema(), type.name());
        Domain now = name == null ? null : domains.get(name);
        Domain wanted = name == null ? null : desiredDomains.get(name);
        if (now != null && wanted != null && wanted.defaultExpression() != null
                && !java.util.Objects.equals(now.defaultExpression(), wanted.defaultExpression())) {
            throw new SimulationException.NotExists("the default " + wanted.defaultExpression() + " of domain " + name);
        }
    }

    void requireNamespace(String schema) {
        if (!namespaces.contains(schema)) {
            throw new SimulationException.NotExists("schema " + schema);
        }
    }

    /**
     * A new type's name ({@code what}: domain, enum, table, view, materialized view) must not be
     * another type's: domains and enums are types, and a table, a view and a materialized view each
     * have a row type of their name (a sequence has none from PostgreSQL 14 on).
     */
    void requireFreeTypeName(QualifiedName name) {
        String taken = domains.containsKey(name) ? "domain" : enums.containsKey(name) ? "enum type"
                : hasTable(name) ? "table" : views.containsKey(name) ? "view" : materializedViews.containsKey(name) ? "materialized view" : null;
        if (taken != null) {
            throw new SimulationException.AlreadyExists("type " + name + " (the row type of " + taken + " " + name
                    + ": domains, enums, tables and views share type names)");
        }
    }

    void requireFreeRelation(String schema, String name) {
        if (sequences.containsKey(new QualifiedName(schema, name))) { // sequences share their schema's relation names
            throw new SimulationException.AlreadyExists("sequence " + name + " (in schema " + schema + ")");
        }
        ViewSimulator.requireFreeName(this, schema, name);
        String existing = relations.getOrDefault(schema, Map.of()).get(name);
        if (existing != null) {
            throw new SimulationException.AlreadyExists(existing + " (in schema " + schema + ")");
        }
    }

    void requireFreeConstraint(Table t, String name) {
        if (t.constraintNames().contains(name)) {
            throw new SimulationException.AlreadyExists("constraint " + name + " on " + t.name());
        }
    }

    /**
     * Puts a domain (replacing one of its name) and records it as a user of its base type, so
     * that the type is not dropped while the domain needs it. Domains change only through here.
     */
    void putDomain(Domain d) {
        removeDomain(d.name());
        domains.put(d.name(), d);
        QualifiedName base = baseTypeOf(d);
        if (base != null) {
            typeUsers.computeIfAbsent(base, k -> new HashSet<>()).add(domainUser(d.name()));
        }
    }

    void removeDomain(QualifiedName name) {
        Domain old = domains.remove(name);
        if (old != null && baseTypeOf(old) != null) {
            typeUsers.getOrDefault(baseTypeOf(old), new HashSet<>()).remove(domainUser(name));
        }
    }

    /** The table and column owning {@code s} ({@link SequenceCalls#owner}), or null when no column owns it. */
    String[] owner(Sequence s) {
        return s.ownedBy() == null ? null : owners.computeIfAbsent(s.ownedBy(), SequenceCalls::owner);
    }

    /** The sequence {@code name}, or null. */
    Sequence findSequence(QualifiedName name) {
        return sequences.get(name);
    }

    boolean hasSequence(QualifiedName name) {
        return sequences.containsKey(name);
    }

    /** Every sequence, in the order they came (read only). */
    Collection<Sequence> sequences() {
        return Collections.unmodifiableCollection(sequences.values());
    }

    /** Adds {@code s}, or puts it in place of the sequence of its name (which keeps its place in the order). */
    void putSequence(Sequence s) {
        disown(sequences.put(s.name(), s));
        String[] owner = owner(s);
        if (owner != null) {
            owned.computeIfAbsent(new QualifiedName(s.name().schema(), owner[0]), k -> new LinkedHashSet<>()).add(s.name());
        }
    }

    void putSequenceIfAbsent(Sequence s) {
        if (!sequences.containsKey(s.name())) {
            putSequence(s);
        }
    }

    void removeSequence(QualifiedName name) {
        disown(sequences.remove(name));
    }

    /** The sequences {@code table} owns (any of its columns), as a list of their own: safe to change the sequences over. */
    List<Sequence> sequencesOwnedBy(QualifiedName table) {
        Set<QualifiedName> names = owned.get(table);
        return names == null ? List.of() : names.stream().map(sequences::get).toList();
    }

    private void disown(Sequence old) {
        String[] owner = old == null ? null : owner(old);
        if (owner == null) {
            return;
        }
        QualifiedName table = new QualifiedName(old.name().schema(), owner[0]);
        Set<QualifiedName> names = owned.get(table);
        if (names != null && names.remove(old.name()) && names.isEmpty()) {
            owned.remove(table);
        }
    }

    /** How a domain appears among the users of its base type ({@link #columnsOfType}). */
    static String domainUser(QualifiedName domain) {
        return "domain " + domain;
    }

    /** The user type a domain is over (an enum, another domain), null for a built-in one. */
    private static QualifiedName baseTypeOf(Domain d) {
        PgType base = PgType.parse(d.baseType());
        return base.isBuiltin() ? null : new QualifiedName(base.schema(), base.name());
    }

    private void declare(Schema schema) {
        schema.tables().forEach(t -> declared.add("table " + t.name()));
        // a body reading a view names it as a table (a relation): it waits for the view as for a table
        schema.views().forEach(v -> declared.add("table " + v.name()));
        schema.materializedViews().forEach(v -> declared.add("table " + v.name()));
        schema.enums().forEach(e -> declared.add("type " + e.name()));
        schema.domains().forEach(d -> declared.add("type " + d.name()));
        schema.routines().forEach(r -> declared.add("routine " + r.signature()));
        schema.operators().forEach(o -> declared.add("operator " + o.signature()));
    }

    /** Whether the plan may create or drop what a routine's {@link Routine#dependsOn()} names. */
    boolean declares(String dependency) {
        return declared.contains(dependency);
    }

    /** Whether what a routine's {@link Routine#dependsOn()} names exists now. */
    boolean holds(String dependency) {
        int space = dependency.indexOf(' ');
        String kind = dependency.substring(0, space);
        String name = dependency.substring(space + 1);
        return switch (kind) {
            case "routine" -> routines.containsKey(name);
            case "operator" -> operators.containsKey(name);
            case "table" -> tables.keySet().stream().anyMatch(t -> t.toString().equals(name))
                    || views.keySet().stream().anyMatch(t -> t.toString().equals(name))
                    || materializedViews.keySet().stream().anyMatch(t -> t.toString().equals(name));
            case "type" -> enums.keySet().stream().anyMatch(t -> t.toString().equals(name))
                    || domains.keySet().stream().anyMatch(t -> t.toString().equals(name));
            default -> throw new IllegalArgumentException("not a routine dependency: " + dependency);
        };
    }

    /** The column of the desired state's table, if it has both. */
    java.util.Optional<Column> desiredColumn(QualifiedName table, String column) {
        return desired.table(table).flatMap(t -> t.column(column));
    }

    /** Every table, for what looks into all of them (the expressions calling a routine). */
    List<Table> allTables() {
        return List.copyOf(tables.values());
    }
}
