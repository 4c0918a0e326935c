package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.EnumType;
import dev.dibs.engine.model.Extension;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.ForeignKey;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.PrimaryKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewIndex;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One typed change between two schemas. The set is closed: every consumer (solver, renderer,
 * reports) handles each kind explicitly, and a kind it does not know is an error, never a skip.
 */
public sealed interface SchemaChange {

    /** What the change is about, for reports: {@code table public.users}, {@code column public.users.email}. */
    String subject();

    /** Does something for this change: the one dispatch on the kind, checked by the compiler. */
    <R> R accept(Visitor<R> visitor);

    /**
     * One method per change kind. A stage that handles every kind (solving, rendering, describing,
     * foretelling refusals) implements this interface, so that a new kind does not compile until
     * each stage says what it does with it. There is deliberately no default implementation.
     */
    interface Visitor<R> {
        R createSchema(CreateSchema c);
        R dropSchema(DropSchema c);
        R createEnum(CreateEnum c);
        R dropEnum(DropEnum c);
        R addEnumValue(AddEnumValue c);
        R renameEnumValue(RenameEnumValue c);
        R recreateEnum(RecreateEnum c);
        R addTable(AddTable c);
        R dropTable(DropTable c);
        R renameTable(RenameTable c);
        R addColumn(AddColumn c);
        R dropColumn(DropColumn c);
        R renameColumn(RenameColumn c);
        R alterColumn(AlterColumn c);
        R addPrimaryKey(AddPrimaryKey c);
        R dropPrimaryKey(DropPrimaryKey c);
        R addUnique(AddUnique c);
        R dropUnique(DropUnique c);
        R addCheck(AddCheck c);
        R dropCheck(DropCheck c);
        R addForeignKey(AddForeignKey c);
        R dropForeignKey(DropForeignKey c);
        R validateConstraint(ValidateConstraint c);
        R renameConstraint(RenameConstraint c);
        R addIndex(AddIndex c);
        R dropIndex(DropIndex c);
        R renameIndex(RenameIndex c);
        R setTableComment(SetTableComment c);
        R setEnumComment(SetEnumComment c);
        R setTableLogging(SetTableLogging c);
        R setTableStorage(SetTableStorage c);
        R addExclusion(AddExclusion c);
        R dropExclusion(DropExclusion c);
        R addPartition(AddPartition c);
        R dropPartition(DropPartition c);
        R setRowSecurity(SetRowSecurity c);
        R inherit(Inherit c);
        R noInherit(NoInherit c);
        R setIndexComment(SetIndexComment c);
        R createTrigger(CreateTrigger c);
        R dropTrigger(DropTrigger c);
        R setTriggerEnabled(SetTriggerEnabled c);
        R setTriggerComment(SetTriggerComment c);
        R renameTrigger(RenameTrigger c);
        R createDomain(CreateDomain c);
        R dropDomain(DropDomain c);
        R recreateDomain(RecreateDomain c);
        R setDomainDefault(SetDomainDefault c);
        R setDomainNotNull(SetDomainNotNull c);
        R addDomainCheck(AddDomainCheck c);
        R dropDomainCheck(DropDomainCheck c);
        R validateDomainCheck(ValidateDomainCheck c);
        R setDomainComment(SetDomainComment c);
        R createRoutine(CreateRoutine c);
        R replaceRoutine(ReplaceRoutine c);
        R dropRoutine(DropRoutine c);
        R setRoutineComment(SetRoutineComment c);
        R createExtension(CreateExtension c);
        R alterExtension(AlterExtension c);
        R dropExtension(DropExtension c);
        R createSequence(CreateSequence c);
        R alterSequence(AlterSequence c);
        R dropSequence(DropSequence c);
        R renameSequence(RenameSequence c);
        R renameDomain(RenameDomain c);
        R renameRoutine(RenameRoutine c);
        R createView(CreateView c);
        R replaceView(ReplaceView c);
        R dropView(DropView c);
        R setViewOptions(SetViewOptions c);
        R setViewComment(SetViewComment c);
        R createMaterializedView(CreateMaterializedView c);
        R dropMaterializedView(DropMaterializedView c);
        R addMaterializedViewIndex(AddMaterializedViewIndex c);
        R dropMaterializedViewIndex(DropMaterializedViewIndex c);
        R setMaterializedViewComment(SetMaterializedViewComment c);
        R createPolicy(CreatePolicy c);
        R alterPolicy(AlterPolicy c);
        R dropPolicy(DropPolicy c);
        R setPolicyComment(SetPolicyComment c);
        R createOperator(CreateOperator c);
        R alterOperator(AlterOperator c);
        R dropOperator(DropOperator c);
        R setOperatorComment(SetOperatorComment c);
        R createCollation(CreateCollation c);
        R dropCollation(DropCollation c);
        R setCollationComment(SetCollationComment c);
    }


    /** {@code CREATE SCHEMA}. */
    record CreateSchema(String name) implements SchemaChange {
        public String subject() { return "schema " + name; }
        public <R> R accept(Visitor<R> v) { return v.createSchema(this); }
    }

    /** {@code DROP SCHEMA}, once it is empty. */
    record DropSchema(String name) implements SchemaChange {
        public String subject() { return "schema " + name; }
        public <R> R accept(Visitor<R> v) { return v.dropSchema(this); }
    }

    /** A new enum type. */
    record CreateEnum(EnumType type) implements SchemaChange {
        public String subject() { return "enum " + type.name(); }
        public <R> R accept(Visitor<R> v) { return v.createEnum(this); }
    }

    /** Drops an enum type no column uses any more. */
    record DropEnum(EnumType type) implements SchemaChange {
        public String subject() { return "enum " + type.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropEnum(this); }
    }

    /** {@code ALTER TYPE … ADD VALUE label BEFORE|AFTER neighbour}; exactly one of before/after is set, or neither (at the end). */
    record AddEnumValue(QualifiedName type, String label, String before, String after) implements SchemaChange {
        public String subject() { return "enum " + type; }
        public <R> R accept(Visitor<R> v) { return v.addEnumValue(this); }
    }

    /** {@code ALTER TYPE … RENAME VALUE}. */
    record RenameEnumValue(QualifiedName type, String from, String to) implements SchemaChange {
        public String subject() { return "enum " + type; }
        public <R> R accept(Visitor<R> v) { return v.renameEnumValue(this); }
    }

    /**
     * Re-creates an enum type whose labels were removed or reordered (Postgres cannot do either in
     * place): the columns using it are converted through text, which fails on rows holding a
     * removed label.
     */
    record RecreateEnum(EnumType from, EnumType to, List<ColumnRef> columns) implements SchemaChange {
        public RecreateEnum {
            columns = List.copyOf(columns);
        }
        public String subject() { return "enum " + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.recreateEnum(this); }
    }

    /**
     * A column converted by {@link RecreateEnum}: whether it is an array of the type, whether it
     * has a default to drop first, and the default to set again afterwards (null for none); {@code
     * carried} for an inheritance child's copy, which its parent's statement converts (none of its own).
     */
    record ColumnRef(QualifiedName table, String column, boolean array, boolean hadDefault, String defaultAfter, boolean carried) {

        /** A column the re-creation converts with its own statement. */
        public ColumnRef(QualifiedName table, String column, boolean array, boolean hadDefault, String defaultAfter) {
            this(table, column, array, hadDefault, defaultAfter, false);
        }

        /** The same, with another {@code hadDefault}. */
        public ColumnRef withHadDefault(boolean newHadDefault) {
            return new ColumnRef(table, column, array, newHadDefault, defaultAfter, carried);
        }
    }

    /** A new table with its columns, primary key, uniques and checks (indexes and foreign keys are separate changes). */
    record AddTable(Table table, List<String> fromParents) implements SchemaChange {

        public AddTable {
            fromParents = fromParents == null ? List.of() : List.copyOf(fromParents);
        }

        /** A table that has no column as its parents give it ({@link Inheritance#givenByParents}): {@code CREATE TABLE} writes every one. */
        public AddTable(Table table) {
            this(table, List.of());
        }

        public String subject() { return "table " + table.name(); }
        public <R> R accept(Visitor<R> v) { return v.addTable(this); }
    }

    /** Drops a table and its data. */
    record DropTable(Table table) implements SchemaChange {
        public String subject() { return "table " + table.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropTable(this); }
    }

    /** {@code ALTER TABLE from RENAME TO to} (same schema). */
    record RenameTable(QualifiedName from, String to) implements SchemaChange {
        public String subject() { return "table " + from; }
        public <R> R accept(Visitor<R> v) { return v.renameTable(this); }
        public QualifiedName target() { return new QualifiedName(from.schema(), to); }
    }

    record AddColumn(QualifiedName table, Column column) implements SchemaChange {
        public String subject() { return "column " + table + "." + column.name(); }
        public <R> R accept(Visitor<R> v) { return v.addColumn(this); }
    }

    record DropColumn(QualifiedName table, Column column) implements SchemaChange {
        public String subject() { return "column " + table + "." + column.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropColumn(this); }
    }

    record RenameColumn(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "column " + table + "." + from; }
        public <R> R accept(Visitor<R> v) { return v.renameColumn(this); }
    }

    /** What differs between two versions of a column. */
    enum ColumnAspect { TYPE, NULLABILITY, DEFAULT, IDENTITY, GENERATED, COMMENT, SEQUENCE, STATISTICS }

    /** Changes a column in place; {@code aspects} says what differs between {@code from} and {@code to}. */
    record AlterColumn(QualifiedName table, Column from, Column to, Set<ColumnAspect> aspects) implements SchemaChange {
        public AlterColumn {
            aspects = Collections.unmodifiableSet(aspects.isEmpty() ? EnumSet.noneOf(ColumnAspect.class) : EnumSet.copyOf(aspects));
        }
        public String subject() { return "column " + table + "." + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.alterColumn(this); }
    }

    record AddPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
        public String subject() { return "primary key " + table + "." + key.name(); }
        public <R> R accept(Visitor<R> v) { return v.addPrimaryKey(this); }
    }

    record DropPrimaryKey(QualifiedName table, PrimaryKey key) implements SchemaChange {
        public String subject() { return "primary key " + table + "." + key.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropPrimaryKey(this); }
    }

    record AddUnique(QualifiedName table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return "unique " + table + "." + unique.name(); }
        public <R> R accept(Visitor<R> v) { return v.addUnique(this); }
    }

    record DropUnique(QualifiedName table, UniqueConstraint unique) implements SchemaChange {
        public String subject() { return "unique " + table + "." + unique.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropUnique(this); }
    }

    record AddCheck(QualifiedName table, Check check) implements SchemaChange {
        public String subject() { return "check " + table + "." + check.name(); }
        public <R> R accept(Visitor<R> v) { return v.addCheck(this); }
    }

    record DropCheck(QualifiedName table, Check check) implements SchemaChange {
        public String subject() { return "check " + table + "." + check.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropCheck(this); }
    }

    /**
     * Adds a foreign key. {@code reason} is null for a key that is new or whose definition changed,
     * and says why otherwise: the key is added back after something it depends on was re-created.
     */
    record AddForeignKey(QualifiedName table, ForeignKey key, String reason) implements SchemaChange {
        public AddForeignKey(QualifiedName table, ForeignKey key) {
            this(table, key, null);
        }
        public String subject() { return "foreign key " + table + "." + key.name(); }
        public <R> R accept(Visitor<R> v) { return v.addForeignKey(this); }
    }

    /**
     * Drops a foreign key. {@code reason} is null for a key that goes or whose definition changes,
     * and says why otherwise: the key is dropped only to be added back, around something it depends on.
     */
    record DropForeignKey(QualifiedName table, ForeignKey key, String reason) implements SchemaChange {
        public DropForeignKey(QualifiedName table, ForeignKey key) {
            this(table, key, null);
        }
        public String subject() { return "foreign key " + table + "." + key.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropForeignKey(this); }
    }

    /** {@code VALIDATE CONSTRAINT} of a foreign key or check added {@code NOT VALID}. */
    record ValidateConstraint(QualifiedName table, String name) implements SchemaChange {
        public String subject() { return "constraint " + table + "." + name; }
        public <R> R accept(Visitor<R> v) { return v.validateConstraint(this); }
    }

    /** Renames a primary key, unique, check or foreign key constraint (and the index behind a key). */
    record RenameConstraint(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "constraint " + table + "." + from; }
        public <R> R accept(Visitor<R> v) { return v.renameConstraint(this); }
    }

    record AddIndex(QualifiedName table, Index index) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + index.name(); }
        public <R> R accept(Visitor<R> v) { return v.addIndex(this); }
    }

    record DropIndex(QualifiedName table, Index index) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + index.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropIndex(this); }
    }

    record RenameIndex(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + from; }
        public <R> R accept(Visitor<R> v) { return v.renameIndex(this); }
    }

    /** Sets ({@code comment} non-null) or drops the comment of a table. */
    record SetTableComment(QualifiedName table, String comment) implements SchemaChange {
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.setTableComment(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of an enum type. */
    record SetEnumComment(QualifiedName type, String comment) implements SchemaChange {
        public String subject() { return "enum " + type; }
        public <R> R accept(Visitor<R> v) { return v.setEnumComment(this); }
    }

    /** {@code ALTER TABLE … SET UNLOGGED} ({@code unlogged}) or {@code SET LOGGED}: either rewrites the table. */
    record SetTableLogging(QualifiedName table, boolean unlogged) implements SchemaChange {
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.setTableLogging(this); }
    }

    /**
     * The table's storage parameters from {@code from} to {@code to} ({@code name=value} each):
     * {@code ALTER TABLE … SET (…)} for the new and changed ones, {@code RESET (…)} for the removed.
     */
    record SetTableStorage(QualifiedName table, List<String> from, List<String> to) implements SchemaChange {
        public SetTableStorage {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.setTableStorage(this); }
    }

    /** {@code ALTER TABLE … ADD CONSTRAINT name EXCLUDE …}: builds its index, and fails on existing rows that conflict. */
    record AddExclusion(QualifiedName table, Exclusion exclusion) implements SchemaChange {
        public String subject() { return "exclusion constraint " + table + "." + exclusion.name(); }
        public <R> R accept(Visitor<R> v) { return v.addExclusion(this); }
    }

    record DropExclusion(QualifiedName table, Exclusion exclusion) implements SchemaChange {
        public String subject() { return "exclusion constraint " + table + "." + exclusion.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropExclusion(this); }
    }

    /**
     * {@code CREATE TABLE … PARTITION OF table bound}: a declared partition the table lacks.
     * {@code besideDefault}: the table already has a {@code DEFAULT} partition, whose rows
     * PostgreSQL then checks against the new bound. {@code statistics}: the table's columns with a
     * statistics target of their own, by name, which a new partition does not take from its table.
     */
    record AddPartition(QualifiedName table, Partition partition, boolean besideDefault, Map<String, Integer> statistics)
            implements SchemaChange {
        public AddPartition {
            statistics = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statistics)); // in column order
        }
        /** A partition of a table whose columns have the default statistics target. */
        public AddPartition(QualifiedName table, Partition partition, boolean besideDefault) {
            this(table, partition, besideDefault, Map.of());
        }
        public String subject() { return "partition " + table.schema() + "." + partition.name(); }
        public <R> R accept(Visitor<R> v) { return v.addPartition(this); }
    }

    /**
     * Drops a declared partition whose bound, partition key or parent partition changed, with its
     * rows, so that it can be added again as declared. A partition no {@code @Partition} declares is
     * never dropped. {@code referenced}: a foreign key references the table (before or after the
     * plan), so the partition is detached first — PostgreSQL refuses to drop one its table's foreign
     * keys depend on, and detaching checks that no referencing row points into it. {@code reason}:
     * what changed ({@code its bound changed}); {@code below}: the partitions under it, which go with
     * it (a partitioned partition's, by name).
     */
    record DropPartition(QualifiedName table, Partition partition, boolean referenced, String reason, List<String> below)
            implements SchemaChange {
        public DropPartition {
            Objects.requireNonNull(reason, "reason");
            below = List.copyOf(below);
        }
        /** A partition of a table no foreign key references, whose bound changed. */
        public DropPartition(QualifiedName table, Partition partition) {
            this(table, partition, false);
        }
        /** A partition without partitions of its own, whose bound changed. */
        public DropPartition(QualifiedName table, Partition partition, boolean referenced) {
            this(table, partition, referenced, "its bound changed", List.of());
        }
        public DropPartition referencedNow() {
            return new DropPartition(table, partition, true, reason, below);
        }
        public String subject() { return "partition " + table.schema() + "." + partition.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropPartition(this); }
    }

    /**
     * Switches row-level security of an existing table: {@code ENABLE}/{@code DISABLE} when
     * {@code enabled} differs from {@code wasEnabled}, {@code FORCE}/{@code NO FORCE} when
     * {@code forced} differs from {@code wasForced}. A new table gets its setting with
     * {@link AddTable}.
     */
    record SetRowSecurity(QualifiedName table, boolean wasEnabled, boolean wasForced, boolean enabled, boolean forced)
            implements SchemaChange {
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.setRowSecurity(this); }
        public boolean switchesEnabled() { return enabled != wasEnabled; }
        public boolean switchesForced() { return forced != wasForced; }
    }

    /**
     * {@code ALTER TABLE table INHERIT parent}: an existing table becomes a child of {@code parent},
     * whose columns and checks it must have already (PostgreSQL then counts them as the parent's);
     * reads of the parent return its rows from then on.
     */
    record Inherit(QualifiedName table, QualifiedName parent) implements SchemaChange {
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.inherit(this); }
    }

    /**
     * {@code ALTER TABLE table NO INHERIT parent}: the table stops being a child of {@code parent};
     * the columns and checks it had from it become its own, and reads of the parent no longer return its rows.
     */
    record NoInherit(QualifiedName table, QualifiedName parent) implements SchemaChange {
        public String subject() { return "table " + table; }
        public <R> R accept(Visitor<R> v) { return v.noInherit(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of an index ({@code index} in the table's schema). */
    record SetIndexComment(QualifiedName table, String index, String comment) implements SchemaChange {
        public String subject() { return "index " + table.schema() + "." + index; }
        public <R> R accept(Visitor<R> v) { return v.setIndexComment(this); }
    }

    /**
     * {@code CREATE [CONSTRAINT] TRIGGER} as PostgreSQL printed the desired one, then its enabled
     * state when not the default and its comment. {@code reason} is null for a trigger that is new
     * or whose definition changed, and says why otherwise: it is created again after something it
     * depends on (a column's type) was changed while it was dropped.
     */
    record CreateTrigger(Trigger trigger, String reason) implements SchemaChange {
        public CreateTrigger(Trigger trigger) {
            this(trigger, null);
        }
        public String subject() { return "trigger " + trigger.table() + "." + trigger.name(); }
        public <R> R accept(Visitor<R> v) { return v.createTrigger(this); }
    }

    /**
     * {@code DROP TRIGGER … ON table}. {@code reason} is null for a trigger that goes or whose
     * definition changes, and says why otherwise: it is dropped only to be created again, around a
     * change of a column it uses. A dropped table takes its triggers along: no change of this kind.
     */
    record DropTrigger(Trigger trigger, String reason) implements SchemaChange {
        public DropTrigger(Trigger trigger) {
            this(trigger, null);
        }
        public String subject() { return "trigger " + trigger.table() + "." + trigger.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropTrigger(this); }
    }

    /**
     * {@code ALTER TABLE … ENABLE|DISABLE|ENABLE REPLICA|ENABLE ALWAYS TRIGGER}: from and to are
     * {@code pg_trigger.tgenabled} codes ({@code O}, {@code D}, {@code R}, {@code A}).
     */
    /** {@code ALTER TRIGGER from ON table RENAME TO to}, from a rename hint of the SQL files. */
    record RenameTrigger(QualifiedName table, String from, String to) implements SchemaChange {
        public String subject() { return "trigger " + table + "." + from; }
        public <R> R accept(Visitor<R> v) { return v.renameTrigger(this); }
    }

    record SetTriggerEnabled(QualifiedName table, String trigger, String from, String to) implements SchemaChange {
        public String subject() { return "trigger " + table + "." + trigger; }
        public <R> R accept(Visitor<R> v) { return v.setTriggerEnabled(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of a trigger. */
    record SetTriggerComment(QualifiedName table, String trigger, String comment) implements SchemaChange {
        public String subject() { return "trigger " + table + "." + trigger; }
        public <R> R accept(Visitor<R> v) { return v.setTriggerComment(this); }
    }

    /** {@code CREATE DOMAIN} with its collation, default, NOT NULL and checks (a check not validated is added {@code NOT VALID} after). */
    record CreateDomain(Domain domain) implements SchemaChange {
        public String subject() { return "domain " + domain.name(); }
        public <R> R accept(Visitor<R> v) { return v.createDomain(this); }
    }

    /** {@code DROP DOMAIN}, once no column and no other domain uses it. */
    record DropDomain(Domain domain) implements SchemaChange {
        public String subject() { return "domain " + domain.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropDomain(this); }
    }

    /**
     * Drops a domain and creates it again: its base type or collation changed, which PostgreSQL
     * cannot alter in place. Planned only when no column keeps using the domain (the differ refuses
     * otherwise); it waits for the columns that stop using it.
     */
    record RecreateDomain(Domain from, Domain to) implements SchemaChange {
        public String subject() { return "domain " + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.recreateDomain(this); }
    }

    /** {@code ALTER DOMAIN … SET DEFAULT} ({@code defaultExpression} non-null) or {@code DROP DEFAULT}. */
    record SetDomainDefault(QualifiedName domain, String defaultExpression, String reason) implements SchemaChange {
        /** {@code reason}: null, or why a default comes back (after a function it calls was dropped and created again). */
        public SetDomainDefault(QualifiedName domain, String defaultExpression) {
            this(domain, defaultExpression, null);
        }
        public String subject() { return "domain " + domain; }
        public <R> R accept(Visitor<R> v) { return v.setDomainDefault(this); }
    }

    /** {@code ALTER DOMAIN … SET NOT NULL} (checks every column of the domain) or {@code DROP NOT NULL}. */
    record SetDomainNotNull(QualifiedName domain, boolean notNull) implements SchemaChange {
        public String subject() { return "domain " + domain; }
        public <R> R accept(Visitor<R> v) { return v.setDomainNotNull(this); }
    }

    /**
     * {@code ALTER DOMAIN … ADD CONSTRAINT name CHECK (…)} on an existing domain. {@code reason} is
     * null for a new or changed check, and says why otherwise: it comes back after a function it calls
     * was dropped and created again (the plan places it after that function).
     */
    record AddDomainCheck(QualifiedName domain, DomainCheck check, String reason) implements SchemaChange {
        public AddDomainCheck(QualifiedName domain, DomainCheck check) {
            this(domain, check, null);
        }
        public String subject() { return "domain check " + domain + "." + check.name(); }
        public <R> R accept(Visitor<R> v) { return v.addDomainCheck(this); }
    }

    /** {@code ALTER DOMAIN … DROP CONSTRAINT name}. */
    record DropDomainCheck(QualifiedName domain, DomainCheck check) implements SchemaChange {
        public String subject() { return "domain check " + domain + "." + check.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropDomainCheck(this); }
    }

    /** {@code ALTER DOMAIN … VALIDATE CONSTRAINT name} of a check added {@code NOT VALID}. */
    record ValidateDomainCheck(QualifiedName domain, String name) implements SchemaChange {
        public String subject() { return "domain check " + domain + "." + name; }
        public <R> R accept(Visitor<R> v) { return v.validateDomainCheck(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of a domain. */
    record SetDomainComment(QualifiedName domain, String comment) implements SchemaChange {
        public String subject() { return "domain " + domain; }
        public <R> R accept(Visitor<R> v) { return v.setDomainComment(this); }
    }

    /** What differs between two versions of a function or procedure with the same signature. */
    enum RoutineAspect { KIND, ARGUMENTS, RESULT, LANGUAGE, BODY, VOLATILITY, STRICTNESS, SECURITY, LEAKPROOF, PARALLEL,
        COST, ROWS, SET_OPTIONS }

    /**
     * {@code CREATE FUNCTION}/{@code PROCEDURE} as PostgreSQL printed the desired one. {@code reason}
     * is null for a new routine and says why otherwise: it is created again right after its old
     * version was dropped ({@link DropRoutine} with the same reason), since {@code CREATE OR REPLACE}
     * cannot make that change.
     */
    record CreateRoutine(Routine routine, String reason) implements SchemaChange {
        public CreateRoutine(Routine routine) {
            this(routine, null);
        }
        public String subject() { return (routine.procedure() ? "procedure " : "function ") + routine.signature(); }
        public <R> R accept(Visitor<R> v) { return v.createRoutine(this); }
    }

    /**
     * {@code CREATE OR REPLACE} with the same signature, result, kind and arguments: the rest
     * ({@code aspects}) changes in place, and what uses the routine keeps using it.
     */
    record ReplaceRoutine(Routine from, Routine to, Set<RoutineAspect> aspects) implements SchemaChange {
        public ReplaceRoutine {
            aspects = Collections.unmodifiableSet(aspects.isEmpty() ? EnumSet.noneOf(RoutineAspect.class) : EnumSet.copyOf(aspects));
        }
        public String subject() { return (to.procedure() ? "procedure " : "function ") + to.signature(); }
        public <R> R accept(Visitor<R> v) { return v.replaceRoutine(this); }
    }

    /**
     * {@code DROP FUNCTION}/{@code PROCEDURE}. {@code reason} is null for a routine that goes once
     * nothing uses it any more, and says why otherwise: it is dropped to be created again
     * ({@link CreateRoutine} with the same reason), or before what used it is re-created on another
     * overload; then it goes between the drops and the re-creations of what uses it.
     */
    record DropRoutine(Routine routine, String reason) implements SchemaChange {
        public DropRoutine(Routine routine) {
            this(routine, null);
        }
        public String subject() { return (routine.procedure() ? "procedure " : "function ") + routine.signature(); }
        public <R> R accept(Visitor<R> v) { return v.dropRoutine(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of {@code routine} (as it is, whatever its comment). */
    record SetRoutineComment(Routine routine, String comment) implements SchemaChange {
        public String subject() { return (routine.procedure() ? "procedure " : "function ") + routine.signature(); }
        public <R> R accept(Visitor<R> v) { return v.setRoutineComment(this); }
    }

    /** {@code CREATE EXTENSION … WITH SCHEMA … VERSION …}, and its comment when someone changed it. */
    record CreateExtension(Extension extension) implements SchemaChange {
        public String subject() { return "extension " + extension.name(); }
        public <R> R accept(Visitor<R> v) { return v.createExtension(this); }
    }

    /**
     * An extension changed in place: {@code ALTER EXTENSION … UPDATE TO} its new version, {@code SET
     * SCHEMA} (a relocatable one only: another is dropped and created), its comment.
     */
    record AlterExtension(Extension from, Extension to) implements SchemaChange {
        public String subject() { return "extension " + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.alterExtension(this); }
        public boolean updates() { return !java.util.Objects.equals(from.version(), to.version()); }
        public boolean moves() { return !from.schema().equals(to.schema()); }
        public boolean comments() { return !java.util.Objects.equals(from.comment(), to.comment()); }
    }

    /** {@code DROP EXTENSION}, once nothing outside it uses its types or operator classes (no CASCADE). */
    record DropExtension(Extension extension) implements SchemaChange {
        public String subject() { return "extension " + extension.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropExtension(this); }
    }

    /**
     * {@code CREATE SEQUENCE} with every option. Its owner is set by an {@link AlterSequence} of its
     * own (the owning column may come later in the plan), so {@code sequence.ownedBy()} is null here.
     */
    record CreateSequence(Sequence sequence) implements SchemaChange {
        public String subject() { return "sequence " + sequence.name(); }
        public <R> R accept(Visitor<R> v) { return v.createSequence(this); }
    }

    /**
     * {@code ALTER SEQUENCE} of its options, owner or comment in place; never {@code RESTART}: the
     * current value is data and stays.
     */
    record AlterSequence(Sequence from, Sequence to) implements SchemaChange {
        public String subject() { return "sequence " + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.alterSequence(this); }
        public boolean changesOptions() { return !from.sameOptions(to); }
        public boolean changesOwner() { return !java.util.Objects.equals(from.ownedBy(), to.ownedBy()); }
        public boolean changesComment() { return !java.util.Objects.equals(from.comment(), to.comment()); }
    }

    /**
     * {@code ALTER SEQUENCE from RENAME TO to} (same schema), from a rename hint of the SQL files: the
     * sequence keeps its value, and the defaults calling it call it under the new name (PostgreSQL
     * binds a {@code nextval('…'::regclass)} call to the sequence, not to its name).
     */
    record RenameSequence(QualifiedName from, String to) implements SchemaChange {
        public String subject() { return "sequence " + from; }
        public <R> R accept(Visitor<R> v) { return v.renameSequence(this); }
        public QualifiedName target() { return new QualifiedName(from.schema(), to); }
    }

    /**
     * {@code ALTER DOMAIN from RENAME TO to} (same schema), from a rename hint of the SQL files: the
     * columns of that type keep their type and values, and every stored expression, view, trigger
     * condition and policy that names it prints the new name (PostgreSQL holds the type, not its name).
     */
    record RenameDomain(QualifiedName from, String to) implements SchemaChange {
        public String subject() { return "domain " + from; }
        public <R> R accept(Visitor<R> v) { return v.renameDomain(this); }
        public QualifiedName target() { return new QualifiedName(from.schema(), to); }
    }

    /**
     * {@code ALTER FUNCTION|PROCEDURE from RENAME TO to} (same schema, same arguments), from a rename
     * hint of the SQL files: what calls it in stored expressions, views, triggers, policies and
     * SQL-standard bodies keeps calling it (PostgreSQL holds the routine, not its name).
     */
    record RenameRoutine(Routine routine, String to) implements SchemaChange {
        public String subject() { return (routine.procedure() ? "procedure " : "function ") + routine.signature(); }
        public <R> R accept(Visitor<R> v) { return v.renameRoutine(this); }
        public QualifiedName target() { return new QualifiedName(routine.name().schema(), to); }
    }

    /** {@code DROP SEQUENCE}, once no default calls it: its current value is lost. */
    record DropSequence(Sequence sequence) implements SchemaChange {
        public String subject() { return "sequence " + sequence.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropSequence(this); }
    }

    /**
     * {@code CREATE VIEW} as PostgreSQL printed the desired one, with its options, then its comment.
     * {@code reason} is null for a view that is new or whose columns {@code CREATE OR REPLACE} cannot
     * keep, and says why otherwise: it is created again after something it reads was changed while
     * it was dropped ({@link DropView} with the same reason).
     */
    record CreateView(View view, String reason) implements SchemaChange {
        public CreateView(View view) {
            this(view, null);
        }
        public String subject() { return "view " + view.name(); }
        public <R> R accept(Visitor<R> v) { return v.createView(this); }
    }

    /**
     * {@code CREATE OR REPLACE VIEW}: a new query whose columns keep the old ones' names and types in
     * order (new ones only appended), so what reads the view keeps reading it; options as desired.
     */
    record ReplaceView(View from, View to) implements SchemaChange {
        public String subject() { return "view " + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.replaceView(this); }
    }

    /**
     * {@code DROP VIEW}, once nothing reads it. {@code reason} is null for a view that goes or whose
     * columns change beyond what {@code CREATE OR REPLACE} allows, and says why otherwise: it is
     * dropped only to be created again around a change of what it reads.
     */
    record DropView(View view, String reason) implements SchemaChange {
        public DropView(View view) {
            this(view, null);
        }
        public String subject() { return "view " + view.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropView(this); }
    }

    /** {@code ALTER VIEW … SET (…)} for the new and changed options, {@code RESET (…)} for the removed ({@code name=value} each). */
    record SetViewOptions(QualifiedName view, List<String> from, List<String> to) implements SchemaChange {
        public SetViewOptions {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
        public String subject() { return "view " + view; }
        public <R> R accept(Visitor<R> v) { return v.setViewOptions(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of a view. */
    record SetViewComment(QualifiedName view, String comment) implements SchemaChange {
        public String subject() { return "view " + view; }
        public <R> R accept(Visitor<R> v) { return v.setViewComment(this); }
    }

    /**
     * {@code CREATE MATERIALIZED VIEW … WITH [NO] DATA} as declared, then its indexes and comment.
     * {@code reason}: as for {@link CreateView}.
     */
    record CreateMaterializedView(MaterializedView view, String reason) implements SchemaChange {
        public CreateMaterializedView(MaterializedView view) {
            this(view, null);
        }
        public String subject() { return "materialized view " + view.name(); }
        public <R> R accept(Visitor<R> v) { return v.createMaterializedView(this); }
    }

    /**
     * {@code DROP MATERIALIZED VIEW} with its indexes and stored rows: a changed query is always
     * dropped and created again. {@code reason}: as for {@link DropView}.
     */
    record DropMaterializedView(MaterializedView view, String reason) implements SchemaChange {
        public DropMaterializedView(MaterializedView view) {
            this(view, null);
        }
        public String subject() { return "materialized view " + view.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropMaterializedView(this); }
    }

    /** {@code CREATE INDEX} on a materialized view that stays. */
    record AddMaterializedViewIndex(QualifiedName view, ViewIndex index) implements SchemaChange {
        public String subject() { return "index " + view.schema() + "." + index.name(); }
        public <R> R accept(Visitor<R> v) { return v.addMaterializedViewIndex(this); }
    }

    /** {@code DROP INDEX} of a materialized view that stays. */
    record DropMaterializedViewIndex(QualifiedName view, ViewIndex index) implements SchemaChange {
        public String subject() { return "index " + view.schema() + "." + index.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropMaterializedViewIndex(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of a materialized view. */
    record SetMaterializedViewComment(QualifiedName view, String comment) implements SchemaChange {
        public String subject() { return "materialized view " + view; }
        public <R> R accept(Visitor<R> v) { return v.setMaterializedViewComment(this); }
    }

    /**
     * {@code CREATE POLICY} of the desired policy, then its comment. {@code reason} is null for a
     * policy that is new or whose command or kind changed, and says why otherwise: it is created
     * again after a column it reads was dropped or retyped while it was dropped.
     */
    record CreatePolicy(Policy policy, String reason) implements SchemaChange {
        public CreatePolicy(Policy policy) {
            this(policy, null);
        }
        public String subject() { return "policy " + policy.table() + "." + policy.name(); }
        public <R> R accept(Visitor<R> v) { return v.createPolicy(this); }
    }

    /** {@code ALTER POLICY … TO … USING … WITH CHECK …}: the roles or expressions of a policy that keeps its command and kind. */
    record AlterPolicy(Policy from, Policy to) implements SchemaChange {
        public String subject() { return "policy " + to.table() + "." + to.name(); }
        public <R> R accept(Visitor<R> v) { return v.alterPolicy(this); }
    }

    /**
     * {@code DROP POLICY … ON table}. {@code reason}: as for {@link CreatePolicy}. A dropped table
     * takes its policies along: no change of this kind.
     */
    record DropPolicy(Policy policy, String reason) implements SchemaChange {
        public DropPolicy(Policy policy) {
            this(policy, null);
        }
        public String subject() { return "policy " + policy.table() + "." + policy.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropPolicy(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of a policy. */
    record SetPolicyComment(QualifiedName table, String policy, String comment) implements SchemaChange {
        public String subject() { return "policy " + table + "." + policy; }
        public <R> R accept(Visitor<R> v) { return v.setPolicyComment(this); }
    }

    /**
     * {@code CREATE OPERATOR} of the desired operator, then its comment. {@code reason} is null for a
     * new operator, and says why it is created again otherwise: {@code ALTER OPERATOR} cannot change
     * its function or links, or the function it calls was dropped and created again.
     */
    record CreateOperator(Operator operator, String reason) implements SchemaChange {
        public CreateOperator(Operator operator) {
            this(operator, null);
        }
        public String subject() { return "operator " + operator.signature(); }
        public <R> R accept(Visitor<R> v) { return v.createOperator(this); }
    }

    /**
     * {@code ALTER OPERATOR … SET (…)} of what differs: its estimators ({@code RESTRICT}, {@code JOIN})
     * on any version; from PostgreSQL 17 also {@code HASHES} or {@code MERGES} it lacked
     * ({@code OperatorDiffer} decides; links are never altered in place).
     */
    record AlterOperator(Operator from, Operator to) implements SchemaChange {
        public String subject() { return "operator " + to.signature(); }
        public <R> R accept(Visitor<R> v) { return v.alterOperator(this); }
    }

    /**
     * {@code DROP OPERATOR name (left, right)}. {@code reason}: null for an operator the desired state
     * lacks (dropped after the tables, whose indexes and checks may use it), else as for
     * {@link CreateOperator} (dropped early, to be created again).
     */
    record DropOperator(Operator operator, String reason) implements SchemaChange {
        public DropOperator(Operator operator) {
            this(operator, null);
        }
        public String subject() { return "operator " + operator.signature(); }
        public <R> R accept(Visitor<R> v) { return v.dropOperator(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of {@code operator}. */
    record SetOperatorComment(Operator operator, String comment) implements SchemaChange {
        public String subject() { return "operator " + operator.signature(); }
        public <R> R accept(Visitor<R> v) { return v.setOperatorComment(this); }
    }

    /**
     * {@code CREATE COLLATION} of the desired collation, then its comment. {@code reason} is null for a
     * new collation, and says why it is created again otherwise: PostgreSQL cannot alter a
     * collation's provider, locale, rules or determinism ({@code CollationDiffer} refuses that while
     * a column or domain uses it).
     */
    record CreateCollation(Collation collation, String reason) implements SchemaChange {
        public CreateCollation(Collation collation) {
            this(collation, null);
        }
        public String subject() { return "collation " + collation.name(); }
        public <R> R accept(Visitor<R> v) { return v.createCollation(this); }
    }

    /**
     * {@code DROP COLLATION}. {@code reason}: null for a collation the desired state lacks (dropped
     * after the columns, domains and indexes that may use it), else as for {@link CreateCollation}
     * (dropped first, to be created again).
     */
    record DropCollation(Collation collation, String reason) implements SchemaChange {
        public DropCollation(Collation collation) {
            this(collation, null);
        }
        public String subject() { return "collation " + collation.name(); }
        public <R> R accept(Visitor<R> v) { return v.dropCollation(this); }
    }

    /** Sets or drops ({@code comment} null) the comment of {@code collation}. */
    record SetCollationComment(Collation collation, String comment) implements SchemaChange {
        public String subject() { return "collation " + collation.name(); }
        public <R> R accept(Visitor<R> v) { return v.setCollationComment(this); }
    }
}
