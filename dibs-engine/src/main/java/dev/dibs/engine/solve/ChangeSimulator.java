package dev.dibs.engine.solve;

import dev.dibs.engine.diff.RoutineUses;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.diff.SchemaChange.*;
import dev.dibs.engine.model.QualifiedName;
import java.util.List;

/**
 * Applies one change to a {@link VirtualSchema} the way PostgreSQL would, or throws the
 * {@link SimulationException} PostgreSQL's refusal corresponds to; and where each kind naturally
 * goes in a plan ({@link #phase}). The one dispatch on the change kind: tables and columns in
 * {@link TableSimulator}, keys, constraints and indexes in {@link ConstraintSimulator}, enum types
 * in {@link EnumSimulator}, extensions in {@link ExtensionSimulator}, sequences in {@link SequenceSimulator}.
 */
final class ChangeSimulator implements SchemaChange.Visitor<Void> {

    private final VirtualSchema vs;

    private ChangeSimulator(VirtualSchema vs) {
        this.vs = vs;
    }

    static void apply(VirtualSchema vs, SchemaChange change) {
        change.accept(new ChangeSimulator(vs));
    }

    /** The natural position of a change kind in a plan (see {@link Phases}). */
    static int phase(SchemaChange change) {
        return change.accept(Phases.INSTANCE);
    }

    @Override
    public Void createSchema(CreateSchema c) {
        TableSimulator.createSchema(vs, c);
        return null;
    }

    @Override
    public Void dropSchema(DropSchema c) {
        TableSimulator.dropSchema(vs, c);
        return null;
    }

    @Override
    public Void createEnum(CreateEnum c) {
        EnumSimulator.createEnum(vs, c);
        return null;
    }

    @Override
    public Void dropEnum(DropEnum c) {
        OperatorSimulator.requireTypeUnused(vs, c.type().name());
        EnumSimulator.dropEnum(vs, c);
        return null;
    }

    @Override
    public Void addEnumValue(AddEnumValue c) {
        EnumSimulator.addEnumValue(vs, c);
        return null;
    }

    @Override
    public Void renameEnumValue(RenameEnumValue c) {
        EnumSimulator.renameEnumValue(vs, c);
        return null;
    }

    @Override
    public Void recreateEnum(RecreateEnum c) {
        c.columns().forEach(ref -> TriggerSimulator.requireNoTriggerUses(vs, ref.table(), ref.column()));
        c.columns().forEach(ref -> ViewSimulator.requireColumnNotRead(vs, ref.table(), ref.column()));
        c.columns().forEach(ref -> PolicySimulator.requireNoPolicyReads(vs, ref.table(), ref.column()));
        c.columns().forEach(ref -> RoutineSimulator.requireUnused(vs, "column " + ref.table() + "." + ref.column()));
        RoutineSimulator.requireUnused(vs, "type " + c.from().name()); // the old type is dropped
        EnumSimulator.requireNoCasts(vs, c);
        EnumSimulator.recreateEnum(vs, c);
        return null;
    }

    @Override
    public Void addTable(AddTable c) {
        // its indexes are changes of their own, which may call a function taking this table's row type
        RoutineSimulator.requireCalledIn(vs, c.table().withIndexes(List.of()));
        TableSimulator.addTable(vs, c);
        return null;
    }

    @Override
    public Void dropTable(DropTable c) {
        ViewSimulator.requireNotRead(vs, c.table().name());
        PolicySimulator.requireRelationNotRead(vs, c.table().name());
        TableSimulator.dropTable(vs, c);
        TriggerSimulator.tableDropped(vs, c.table().name());
        PolicySimulator.tableDropped(vs, c.table().name());
        return null;
    }

    @Override
    public Void renameTable(RenameTable c) {
        TableSimulator.renameTable(vs, c);
        TriggerSimulator.tableRenamed(vs, c.from(), c.target());
        ViewSimulator.tableRenamed(vs, c.from(), c.target());
        PolicySimulator.tableRenamed(vs, c.from(), c.target());
        RoutineSimulator.tableRenamed(vs, c.from(), c.target());
        return null;
    }

    @Override
    public Void addColumn(AddColumn c) {
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.column().defaultExpression(), n)
                || RoutineUses.calls(c.column().generatedExpression(), n));
        if (!c.column().virtual()) {
            RoutineSimulator.requireResultsAsDesired(vs, n -> RoutineUses.calls(c.column().generatedExpression(), n));
        }
        TableSimulator.addColumn(vs, c);
        return null;
    }

    @Override
    public Void dropColumn(DropColumn c) {
        TriggerSimulator.requireNoTriggerUses(vs, c.table(), c.column().name());
        ViewSimulator.requireColumnNotRead(vs, c.table(), c.column().name());
        PolicySimulator.requireNoPolicyReads(vs, c.table(), c.column().name());
        TableSimulator.dropColumn(vs, c);
        return null;
    }

    @Override
    public Void renameColumn(RenameColumn c) {
        // PostgreSQL renames it in the inheritance children that have it from the table: what reads theirs follows too
        List<QualifiedName> renamed = new java.util.ArrayList<>(List.of(c.table()));
        if (vs.hasTable(c.table())) {
            dev.dibs.engine.diff.Inheritance.below(c.table(), c.from(), vs.tables()).forEach(t -> renamed.add(t.name()));
        }
        TableSimulator.renameColumn(vs, c);
        for (QualifiedName table : renamed) {
            ViewSimulator.columnRenamed(vs, table, c.from(), c.to());
            PolicySimulator.columnRenamed(vs, table, c.from(), c.to());
            RoutineSimulator.columnRenamed(vs, table, c.from(), c.to());
        }
        return null;
    }

    @Override
    public Void alterColumn(AlterColumn c) {
        if (c.aspects().contains(ColumnAspect.TYPE)) {
            List<QualifiedName> retyped = new java.util.ArrayList<>(List.of(c.table()));
            if (vs.hasTable(c.table())) { // PostgreSQL retypes the children's copies with it
                dev.dibs.engine.diff.Inheritance.below(c.table(), c.from().name(), vs.tables()).forEach(t -> retyped.add(t.name()));
            }
            for (QualifiedName table : retyped) {
                TriggerSimulator.requireNoTriggerUses(vs, table, c.from().name());
                ViewSimulator.requireColumnNotRead(vs, table, c.from().name());
                PolicySimulator.requireNoPolicyReads(vs, table, c.from().name());
            }
        }
        if (c.aspects().contains(ColumnAspect.DEFAULT)) {
            RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.to().defaultExpression(), n));
        }
        TableSimulator.alterColumn(vs, c);
        return null;
    }

    @Override
    public Void addPrimaryKey(AddPrimaryKey c) {
        ConstraintSimulator.addPrimaryKey(vs, c);
        return null;
    }

    @Override
    public Void dropPrimaryKey(DropPrimaryKey c) {
        ConstraintSimulator.dropPrimaryKey(vs, c);
        return null;
    }

    @Override
    public Void addUnique(AddUnique c) {
        ConstraintSimulator.addUnique(vs, c);
        return null;
    }

    @Override
    public Void dropUnique(DropUnique c) {
        ConstraintSimulator.dropUnique(vs, c);
        return null;
    }

    @Override
    public Void addCheck(AddCheck c) {
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.check().expression(), n));
        RoutineSimulator.requireResultsAsDesired(vs, n -> RoutineUses.calls(c.check().expression(), n));
        ConstraintSimulator.addCheck(vs, c);
        return null;
    }

    @Override
    public Void dropCheck(DropCheck c) {
        ConstraintSimulator.dropCheck(vs, c);
        return null;
    }

    @Override
    public Void addForeignKey(AddForeignKey c) {
        ConstraintSimulator.addForeignKey(vs, c);
        return null;
    }

    @Override
    public Void dropForeignKey(DropForeignKey c) {
        ConstraintSimulator.dropForeignKey(vs, c);
        return null;
    }

    @Override
    public Void validateConstraint(ValidateConstraint c) {
        ConstraintSimulator.validateConstraint(vs, c);
        return null;
    }

    @Override
    public Void renameConstraint(RenameConstraint c) {
        ConstraintSimulator.renameConstraint(vs, c);
        return null;
    }

    @Override
    public Void addIndex(AddIndex c) {
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.index().predicate(), n)
                || c.index().keys().stream().anyMatch(k -> RoutineUses.calls(k.expression(), n)));
        RoutineSimulator.requireResultsAsDesired(vs, n -> RoutineUses.calls(c.index().predicate(), n)
                || c.index().keys().stream().anyMatch(k -> RoutineUses.calls(k.expression(), n)));
        ConstraintSimulator.addIndex(vs, c);
        return null;
    }

    @Override
    public Void dropIndex(DropIndex c) {
        ConstraintSimulator.dropIndex(vs, c);
        return null;
    }

    @Override
    public Void renameIndex(RenameIndex c) {
        ConstraintSimulator.renameIndex(vs, c);
        return null;
    }

    @Override
    public Void setTableComment(SetTableComment c) {
        TableSimulator.setTableComment(vs, c);
        return null;
    }

    @Override
    public Void setTableLogging(SetTableLogging c) {
        TableSimulator.setTableLogging(vs, c);
        return null;
    }

    @Override
    public Void inherit(Inherit c) {
        TableSimulator.inherit(vs, c);
        return null;
    }

    @Override
    public Void noInherit(NoInherit c) {
        TableSimulator.noInherit(vs, c);
        return null;
    }

    @Override
    public Void setTableStorage(SetTableStorage c) {
        TableSimulator.setTableStorage(vs, c);
        return null;
    }

    @Override
    public Void setEnumComment(SetEnumComment c) {
        EnumSimulator.setEnumComment(vs, c);
        return null;
    }

    @Override
    public Void addExclusion(AddExclusion c) {
        RoutineSimulator.requireCalled(vs, n -> RoutineUses.calls(c.exclusion().definition(), n));
        RoutineSimulator.requireResultsAsDesired(vs, n -> RoutineUses.calls(c.exclusion().definition(), n));
        ConstraintSimulator.addExclusion(vs, c);
        return null;
    }

    @Override
    public Void setRowSecurity(SetRowSecurity c) {
        TableSimulator.setRowSecurity(vs, c);
        return null;
    }

    @Override
    public Void addPartition(AddPartition c) {
        TableSimulator.addPartition(vs, c);
        return null;
    }

    @Override
    public Void dropExclusion(DropExclusion c) {
        ConstraintSimulator.dropExclusion(vs, c);
        return null;
    }

    @Override
    public Void dropPartition(DropPartition c) {
        TableSimulator.dropPartition(vs, c);
        return null;
    }

    @Override
    public Void setIndexComment(SetIndexComment c) {
        ConstraintSimulator.setIndexComment(vs, c);
        return null;
    }

    @Override
    public Void createTrigger(CreateTrigger c) {
        TriggerSimulator.createTrigger(vs, c);
        return null;
    }

    @Override
    public Void dropTrigger(DropTrigger c) {
        TriggerSimulator.dropTrigger(vs, c);
        return null;
    }

    @Override
    public Void setTriggerEnabled(SetTriggerEnabled c) {
        TriggerSimulator.setTriggerEnabled(vs, c);
        return null;
    }

    @Override
    public Void setTriggerComment(SetTriggerComment c) {
        TriggerSimulator.setTriggerComment(vs, c);
        return null;
    }

    @Override
    public Void renameTrigger(RenameTrigger c) {
        TriggerSimulator.renameTrigger(vs, c);
        return null;
    }

    @Override
    public Void createDomain(CreateDomain c) {
        DomainSimulator.createDomain(vs, c);
        return null;
    }

    @Override
    public Void dropDomain(DropDomain c) {
        OperatorSimulator.requireTypeUnused(vs, c.domain().name());
        DomainSimulator.dropDomain(vs, c);
        return null;
    }

    @Override
    public Void recreateDomain(RecreateDomain c) {
        RoutineSimulator.requireUnused(vs, "type " + c.from().name()); // the old domain is dropped
        DomainSimulator.recreateDomain(vs, c);
        return null;
    }

    @Override
    public Void setDomainDefault(SetDomainDefault c) {
        DomainSimulator.setDomainDefault(vs, c);
        return null;
    }

    @Override
    public Void setDomainNotNull(SetDomainNotNull c) {
        DomainSimulator.setDomainNotNull(vs, c);
        return null;
    }

    @Override
    public Void addDomainCheck(AddDomainCheck c) {
        DomainSimulator.addDomainCheck(vs, c);
        return null;
    }

    @Override
    public Void dropDomainCheck(DropDomainCheck c) {
        DomainSimulator.dropDomainCheck(vs, c);
        return null;
    }

    @Override
    public Void validateDomainCheck(ValidateDomainCheck c) {
        DomainSimulator.validateDomainCheck(vs, c);
        return null;
    }

    @Override
    public Void setDomainComment(SetDomainComment c) {
        DomainSimulator.setDomainComment(vs, c);
        return null;
    }

    @Override
    public Void createRoutine(CreateRoutine c) {
        RoutineSimulator.createRoutine(vs, c);
        return null;
    }

    @Override
    public Void replaceRoutine(ReplaceRoutine c) {
        RoutineSimulator.replaceRoutine(vs, c);
        return null;
    }

    @Override
    public Void dropRoutine(DropRoutine c) {
        ViewSimulator.requireNotCalled(vs, c.routine().signature());
        OperatorSimulator.requireNotCalled(vs, c.routine());
        RoutineSimulator.dropRoutine(vs, c);
        return null;
    }

    @Override
    public Void setRoutineComment(SetRoutineComment c) {
        RoutineSimulator.setRoutineComment(vs, c);
        return null;
    }

    @Override
    public Void createExtension(CreateExtension c) {
        ExtensionSimulator.createExtension(vs, c);
        return null;
    }

    @Override
    public Void alterExtension(AlterExtension c) {
        ExtensionSimulator.alterExtension(vs, c);
        return null;
    }

    @Override
    public Void dropExtension(DropExtension c) {
        ExtensionSimulator.dropExtension(vs, c);
        return null;
    }

    @Override
    public Void createSequence(CreateSequence c) {
        SequenceSimulator.createSequence(vs, c);
        return null;
    }

    @Override
    public Void alterSequence(AlterSequence c) {
        SequenceSimulator.alterSequence(vs, c);
        return null;
    }

    @Override
    public Void dropSequence(DropSequence c) {
        SequenceSimulator.dropSequence(vs, c);
        return null;
    }

    @Override
    public Void renameSequence(RenameSequence c) {
        SequenceSimulator.renameSequence(vs, c);
        return null;
    }

    @Override
    public Void renameRoutine(RenameRoutine c) {
        RoutineSimulator.renameRoutine(vs, c);
        return null;
    }

    @Override
    public Void renameDomain(RenameDomain c) {
        DomainSimulator.renameDomain(vs, c);
        return null;
    }

    @Override
    public Void createView(CreateView c) {
        ViewSimulator.createView(vs, c);
        return null;
    }

    @Override
    public Void replaceView(ReplaceView c) {
        ViewSimulator.replaceView(vs, c);
        return null;
    }

    @Override
    public Void dropView(DropView c) {
        PolicySimulator.requireRelationNotRead(vs, c.view().name());
        ViewSimulator.dropView(vs, c);
        return null;
    }

    @Override
    public Void setViewOptions(SetViewOptions c) {
        ViewSimulator.setViewOptions(vs, c);
        return null;
    }

    @Override
    public Void setViewComment(SetViewComment c) {
        ViewSimulator.setViewComment(vs, c);
        return null;
    }

    @Override
    public Void createMaterializedView(CreateMaterializedView c) {
        ViewSimulator.createMaterializedView(vs, c);
        return null;
    }

    @Override
    public Void dropMaterializedView(DropMaterializedView c) {
        PolicySimulator.requireRelationNotRead(vs, c.view().name());
        ViewSimulator.dropMaterializedView(vs, c);
        return null;
    }

    @Override
    public Void addMaterializedViewIndex(AddMaterializedViewIndex c) {
        ViewSimulator.addMaterializedViewIndex(vs, c);
        return null;
    }

    @Override
    public Void dropMaterializedViewIndex(DropMaterializedViewIndex c) {
        ViewSimulator.dropMaterializedViewIndex(vs, c);
        return null;
    }

    @Override
    public Void setMaterializedViewComment(SetMaterializedViewComment c) {
        ViewSimulator.setMaterializedViewComment(vs, c);
        return null;
    }

    @Override
    public Void createPolicy(CreatePolicy c) {
        PolicySimulator.createPolicy(vs, c);
        return null;
    }

    @Override
    public Void alterPolicy(AlterPolicy c) {
        PolicySimulator.alterPolicy(vs, c);
        return null;
    }

    @Override
    public Void dropPolicy(DropPolicy c) {
        PolicySimulator.dropPolicy(vs, c);
        return null;
    }

    @Override
    public Void setPolicyComment(SetPolicyComment c) {
        PolicySimulator.setPolicyComment(vs, c);
        return null;
    }

    @Override
    public Void createCollation(CreateCollation c) {
        vs.requireNamespace(c.collation().name().schema());
        if (vs.collations.putIfAbsent(c.collation().name(), c.collation()) != null) {
            throw new SimulationException.AlreadyExists(c.subject());
        }
        return null;
    }

    @Override
    public Void dropCollation(DropCollation c) {
        if (!vs.collations.containsKey(c.collation().name())) {
            throw new SimulationException.NotExists(c.subject());
        }
        List<String> users = vs.collationUsers(c.collation().name());
        if (!users.isEmpty()) {
            throw new SimulationException.DependencyViolation(users + " still use " + c.subject());
        }
        vs.collations.remove(c.collation().name());
        return null;
    }

    @Override
    public Void setCollationComment(SetCollationComment c) {
        Collation now = vs.collations.get(c.collation().name());
        if (now == null) {
            throw new SimulationException.NotExists(c.subject());
        }
        vs.collations.put(now.name(), now.withComment(c.comment()));
        return null;
    }

    @Override
    public Void createOperator(CreateOperator c) {
        OperatorSimulator.createOperator(vs, c);
        return null;
    }

    @Override
    public Void alterOperator(AlterOperator c) {
        OperatorSimulator.alterOperator(vs, c);
        return null;
    }

    @Override
    public Void dropOperator(DropOperator c) {
        OperatorSimulator.dropOperator(vs, c);
        return null;
    }

    @Override
    public Void setOperatorComment(SetOperatorComment c) {
        OperatorSimulator.setOperatorComment(vs, c);
        return null;
    }

    /**
     * The natural position of each change kind in a plan: schemas and types first, then drops of
     * what depends on others before what they depend on, renames, creations the other way round,
     * comments, and empty schemas last. The simulation corrects it where a plan needs another order.
     * Steps of ten leave room: extensions at 5 (after schemas, before the types and functions they
     * bring), sequences at 6, labels added at 9 (their statements run before the plan's transaction), domains at 12, functions and procedures at 14 (replaced in place at
     * 14 too), triggers created at 125 and dropped at 25; routines dropped at 145, sequences at
     * 146, domains at 148, extensions at 165 (after everything that used them, before empty schemas);
     * materialized views dropped at 21 and views at 22, created at 135 (views) and 136; policies
     * dropped at 19, created and altered at 137; operators created and altered at 15 (101 when
     * created again), dropped at 35 to be created again and at 142 for good (after the tables whose
     * indexes and checks use them, before the routines they call).
     */
    private static final class Phases implements SchemaChange.Visitor<Integer> {

        static final Phases INSTANCE = new Phases();

        @Override public Integer createSchema(CreateSchema c) { return 0; }
        @Override public Integer dropSchema(DropSchema c) { return 170; }
        @Override public Integer createEnum(CreateEnum c) { return 10; }
        @Override public Integer dropEnum(DropEnum c) { return 150; }
        @Override public Integer addEnumValue(AddEnumValue c) { return 9; } // committed before the transaction: before any rename of a label
        @Override public Integer renameEnumValue(RenameEnumValue c) { return 10; }
        @Override public Integer recreateEnum(RecreateEnum c) { return 60; }
        @Override public Integer addTable(AddTable c) { return 80; }
        @Override public Integer dropTable(DropTable c) { return 140; }
        @Override public Integer renameTable(RenameTable c) { return 40; }
        @Override public Integer addColumn(AddColumn c) { return 90; }
        @Override public Integer dropColumn(DropColumn c) { return 70; }
        @Override public Integer renameColumn(RenameColumn c) { return 50; }
        @Override public Integer alterColumn(AlterColumn c) { return 100; }
        @Override public Integer addPrimaryKey(AddPrimaryKey c) { return 110; }
        @Override public Integer dropPrimaryKey(DropPrimaryKey c) { return 30; }
        @Override public Integer addUnique(AddUnique c) { return 110; }
        @Override public Integer dropUnique(DropUnique c) { return 30; }
        @Override public Integer addCheck(AddCheck c) { return 120; }
        @Override public Integer dropCheck(DropCheck c) { return 30; }
        @Override public Integer addForeignKey(AddForeignKey c) { return 130; }
        @Override public Integer dropForeignKey(DropForeignKey c) { return 20; }
        @Override public Integer validateConstraint(ValidateConstraint c) { return 120; }
        @Override public Integer renameConstraint(RenameConstraint c) { return 50; }
        @Override public Integer addIndex(AddIndex c) { return 120; }
        @Override public Integer dropIndex(DropIndex c) { return 30; }
        @Override public Integer renameIndex(RenameIndex c) { return 50; }
        @Override public Integer setTableComment(SetTableComment c) { return 160; }
        @Override public Integer setEnumComment(SetEnumComment c) { return 160; }
        // between dropping foreign keys and adding them: PostgreSQL allows no key from a permanent
        // table to an unlogged one, so a table's persistence changes while no key crosses it
        @Override public Integer setTableLogging(SetTableLogging c) { return 100; }
        @Override public Integer setTableStorage(SetTableStorage c) { return 160; }
        @Override public Integer addExclusion(AddExclusion c) { return 120; } // as a check: after the columns it uses
        @Override public Integer dropExclusion(DropExclusion c) { return 30; }
        @Override public Integer addPartition(AddPartition c) { return 90; } // after its table, with the other additions to tables
        @Override public Integer dropPartition(DropPartition c) { return 30; } // before any partition takes its bound
        @Override public Integer setRowSecurity(SetRowSecurity c) { return 160; }
        // a table leaves a parent before what it had from it (columns, checks) goes, and before the parent
        // is dropped; it joins one once it has the parent's columns and checks
        @Override public Integer noInherit(NoInherit c) { return 22; }
        @Override public Integer inherit(Inherit c) { return 122; }
        @Override public Integer setIndexComment(SetIndexComment c) { return 160; }
        // created after the tables, columns and functions they use; dropped before the columns and
        // functions; their state and comments with the other comments
        @Override public Integer createTrigger(CreateTrigger c) { return 125; }
        @Override public Integer dropTrigger(DropTrigger c) { return 25; }
        @Override public Integer setTriggerEnabled(SetTriggerEnabled c) { return 160; }
        @Override public Integer setTriggerComment(SetTriggerComment c) { return 160; }
        // after a table rename (40); a trigger the plan drops (25) and creates again is not renamed (TriggerDiffer)
        @Override public Integer renameTrigger(RenameTrigger c) { return 45; }
        // a domain is re-created, altered and commented on where it is created: before the tables that use it
        @Override public Integer createDomain(CreateDomain c) { return 12; }
        @Override public Integer dropDomain(DropDomain c) { return 148; }
        @Override public Integer recreateDomain(RecreateDomain c) { return 12; }
        // one that comes back after a function it calls was re-created (100) waits with the checks (120)
        @Override public Integer setDomainDefault(SetDomainDefault c) { return c.reason() == null ? 12 : 120; }
        @Override public Integer setDomainNotNull(SetDomainNotNull c) { return 12; }
        @Override public Integer addDomainCheck(AddDomainCheck c) { return c.reason() == null ? 12 : 120; }
        @Override public Integer dropDomainCheck(DropDomainCheck c) { return 12; }
        @Override public Integer validateDomainCheck(ValidateDomainCheck c) { return 12; }
        @Override public Integer setDomainComment(SetDomainComment c) { return 12; }
        // a routine dropped and created again, or dropped while what called it is re-created, goes
        // between those drops (30, and defaults at 100) and their re-creations (100 and 120)
        @Override public Integer createRoutine(CreateRoutine c) { return c.reason() == null ? 14 : 100; }
        @Override public Integer replaceRoutine(ReplaceRoutine c) { return 14; }
        @Override public Integer dropRoutine(DropRoutine c) { return c.reason() == null ? 145 : 100; }
        @Override public Integer setRoutineComment(SetRoutineComment c) { return 160; }
        @Override public Integer createExtension(CreateExtension c) { return 5; }
        @Override public Integer alterExtension(AlterExtension c) { return 5; }
        @Override public Integer dropExtension(DropExtension c) { return 165; }
        @Override public Integer createSequence(CreateSequence c) { return 6; }
        // an owner that is a new table's column waits for it: the simulation places it after the table
        @Override public Integer alterSequence(AlterSequence c) { return 6; }
        @Override public Integer dropSequence(DropSequence c) { return 146; }
        // before the sequences are created and altered (6), so that an alteration finds it under its new name
        @Override public Integer renameSequence(RenameSequence c) { return 6; }
        @Override public Integer renameDomain(RenameDomain c) { return 6; }
        @Override public Integer renameRoutine(RenameRoutine c) { return 6; }
        // views and materialized views are dropped before the columns (70) and tables (140) they read
        // and created after the tables, columns, keys and routines (130, 14); the simulation orders
        // views on views. Replaced in place with their creations, altered and commented with comments.
        @Override public Integer createView(CreateView c) { return 135; }
        @Override public Integer replaceView(ReplaceView c) { return 135; }
        @Override public Integer dropView(DropView c) { return 22; }
        @Override public Integer setViewOptions(SetViewOptions c) { return 160; }
        @Override public Integer setViewComment(SetViewComment c) { return 160; }
        @Override public Integer createMaterializedView(CreateMaterializedView c) { return 136; }
        @Override public Integer dropMaterializedView(DropMaterializedView c) { return 21; }
        @Override public Integer addMaterializedViewIndex(AddMaterializedViewIndex c) { return 136; }
        @Override public Integer dropMaterializedViewIndex(DropMaterializedViewIndex c) { return 21; }
        @Override public Integer setMaterializedViewComment(SetMaterializedViewComment c) { return 160; }
        // policies are dropped before the views (21, 22) and columns (70) their expressions may read, and
        // created or altered after the tables, columns, keys, functions and views (130, 14, 136)
        @Override public Integer createPolicy(CreatePolicy c) { return 137; }
        @Override public Integer alterPolicy(AlterPolicy c) { return 137; }
        @Override public Integer dropPolicy(DropPolicy c) { return 19; }
        @Override public Integer setPolicyComment(SetPolicyComment c) { return 160; }
        // operators are created right after the functions they call (14), before the tables whose
        // checks and indexes may use them; one created again after its function was (100) at 101;
        // dropped after what may use them (19 to 30), before their functions (100, 145) and types
        @Override public Integer createOperator(CreateOperator c) { return c.reason() == null ? 15 : 101; }
        @Override public Integer alterOperator(AlterOperator c) { return 15; }
        // gone for good: after the tables (140), whose indexes and checks may use it, before routines (145) it calls
        @Override public Integer dropOperator(DropOperator c) { return c.reason() == null ? 142 : 35; }
        @Override public Integer setOperatorComment(SetOperatorComment c) { return 160; }
        // collations are created before the domains (12) and tables (80) that use them, dropped to be
        // created again first (nothing uses such a one: CollationDiffer), and for good after the
        // columns (70, 100), tables (140) and domains (148) that used them
        @Override public Integer createCollation(CreateCollation c) { return 7; }
        @Override public Integer dropCollation(DropCollation c) { return c.reason() == null ? 149 : 3; }
        @Override public Integer setCollationComment(SetCollationComment c) { return 160; }
    }
}
