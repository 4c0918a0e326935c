package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;
import dev.dibs.engine.inspect.Fingerprints.Key;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.UniqueConstraint;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The tables, indexes and constraints a plan creates (or re-creates: a changed one is dropped and
 * added), which the {@link FidelityGuard} compares with the desired state's own definitions. Every
 * change kind answers, so that a new kind does not compile until someone decides whether it
 * creates something PostgreSQL could build differently from what was asked.
 */
final class PlanCreations implements SchemaChange.Visitor<Void> {

    final Set<QualifiedName> tables = new LinkedHashSet<>();
    final Set<Key> indexes = new LinkedHashSet<>();
    final Set<Key> constraints = new LinkedHashSet<>();
    /** The relations the SQL-standard bodies of the routines the plan creates or replaces read (every way to split a dotted name). */
    final Set<QualifiedName> readByRoutines = new LinkedHashSet<>();

    private PlanCreations() {
    }

    static PlanCreations of(List<SchemaChange> changes) {
        PlanCreations created = new PlanCreations();
        changes.forEach(c -> c.accept(created));
        return created;
    }

    @Override
    public Void addTable(AddTable c) {
        QualifiedName t = c.table().name();
        tables.add(t);
        if (c.table().primaryKey() != null) {
            constraints.add(new Key(t, c.table().primaryKey().name()));
        }
        for (UniqueConstraint u : c.table().uniques()) {
            constraints.add(new Key(t, u.name()));
        }
        c.table().checks().forEach(k -> constraints.add(new Key(t, k.name())));
        return null; // its indexes and foreign keys are changes of their own
    }

    @Override public Void addPrimaryKey(AddPrimaryKey c) { constraints.add(new Key(c.table(), c.key().name())); return null; }
    @Override public Void addUnique(AddUnique c) { constraints.add(new Key(c.table(), c.unique().name())); return null; }
    @Override public Void addCheck(AddCheck c) { constraints.add(new Key(c.table(), c.check().name())); return null; }
    @Override public Void addForeignKey(AddForeignKey c) { constraints.add(new Key(c.table(), c.key().name())); return null; }
    @Override public Void addIndex(AddIndex c) { indexes.add(new Key(c.table(), c.index().name())); return null; }
    @Override public Void addExclusion(AddExclusion c) { constraints.add(new Key(c.table(), c.exclusion().name())); return null; }

    // Nothing new is built by these: what PostgreSQL keeps of an object through them is its own.
    @Override public Void createSchema(CreateSchema c) { return null; }
    @Override public Void dropSchema(DropSchema c) { return null; }
    @Override public Void createEnum(CreateEnum c) { return null; } // labels only: the model holds all of an enum
    @Override public Void dropEnum(DropEnum c) { return null; }
    @Override public Void addEnumValue(AddEnumValue c) { return null; }
    @Override public Void renameEnumValue(RenameEnumValue c) { return null; }
    @Override public Void recreateEnum(RecreateEnum c) { return null; }
    @Override public Void dropTable(DropTable c) { return null; }
    @Override public Void renameTable(RenameTable c) { return null; }
    @Override public Void addColumn(AddColumn c) { return null; }
    @Override public Void dropColumn(DropColumn c) { return null; }
    @Override public Void renameColumn(RenameColumn c) { return null; }
    @Override public Void alterColumn(AlterColumn c) { return null; }
    @Override public Void dropPrimaryKey(DropPrimaryKey c) { return null; }
    @Override public Void dropUnique(DropUnique c) { return null; }
    @Override public Void dropCheck(DropCheck c) { return null; }
    @Override public Void dropForeignKey(DropForeignKey c) { return null; }
    @Override public Void validateConstraint(ValidateConstraint c) { return null; }
    @Override public Void renameConstraint(RenameConstraint c) { return null; }
    @Override public Void dropIndex(DropIndex c) { return null; }
    @Override public Void renameIndex(RenameIndex c) { return null; }
    @Override public Void setTableComment(SetTableComment c) { return null; }
    @Override public Void setEnumComment(SetEnumComment c) { return null; }
    @Override public Void dropExclusion(DropExclusion c) { return null; }
    // changed in place: the guard holds the existing table to the desired state's definition
    @Override public Void setTableLogging(SetTableLogging c) { return null; }
    @Override public Void setTableStorage(SetTableStorage c) { return null; }
    @Override public Void setRowSecurity(SetRowSecurity c) { return null; }
    @Override public Void inherit(Inherit c) { return null; }
    @Override public Void noInherit(NoInherit c) { return null; }
    @Override public Void setIndexComment(SetIndexComment c) { return null; }
    // a partition is built from its table's definition, which the guard compares on the table
    @Override public Void addPartition(AddPartition c) { return null; }
    @Override public Void dropPartition(DropPartition c) { return null; }
    // a trigger is created from PostgreSQL's own print of the desired one, and compared whole by the diff
    @Override public Void createTrigger(CreateTrigger c) { return null; }
    @Override public Void dropTrigger(DropTrigger c) { return null; }
    @Override public Void setTriggerEnabled(SetTriggerEnabled c) { return null; }
    @Override public Void setTriggerComment(SetTriggerComment c) { return null; }
    @Override public Void renameTrigger(RenameTrigger c) { return null; }
    // the model holds all of a domain, and the inspection after the plan compares it whole
    @Override public Void createDomain(CreateDomain c) { return null; }
    @Override public Void dropDomain(DropDomain c) { return null; }
    @Override public Void recreateDomain(RecreateDomain c) { return null; }
    @Override public Void setDomainDefault(SetDomainDefault c) { return null; }
    @Override public Void setDomainNotNull(SetDomainNotNull c) { return null; }
    @Override public Void addDomainCheck(AddDomainCheck c) { return null; }
    @Override public Void dropDomainCheck(DropDomainCheck c) { return null; }
    @Override public Void validateDomainCheck(ValidateDomainCheck c) { return null; }
    @Override public Void setDomainComment(SetDomainComment c) { return null; }
    // the model holds all of a routine (PostgreSQL's own definition), so the re-diff sees any difference
    // a routine is built anyway (the re-print of an SQL-standard body): what its body reads must be there
    @Override public Void createRoutine(CreateRoutine c) { read(c.routine()); return null; }
    @Override public Void replaceRoutine(ReplaceRoutine c) { read(c.to()); return null; }

    private void read(dev.dibs.engine.model.Routine r) {
        for (String dependency : r.dependsOn()) {
            if (dependency.startsWith("table ")) {
                String name = dependency.substring("table ".length());
                for (int dot = name.indexOf('.'); dot > 0; dot = name.indexOf('.', dot + 1)) { // names may hold dots: every split
                    readByRoutines.add(new QualifiedName(name.substring(0, dot), name.substring(dot + 1)));
                }
            }
        }
    }
    @Override public Void dropRoutine(DropRoutine c) { return null; }
    @Override public Void setRoutineComment(SetRoutineComment c) { return null; }
    // what extensions and sequences are is all in the model, compared whole after the plan
    @Override public Void createExtension(CreateExtension c) { return null; }
    @Override public Void alterExtension(AlterExtension c) { return null; }
    @Override public Void dropExtension(DropExtension c) { return null; }
    @Override public Void createSequence(CreateSequence c) { return null; }
    @Override public Void alterSequence(AlterSequence c) { return null; }
    @Override public Void dropSequence(DropSequence c) { return null; }
    @Override public Void renameSequence(RenameSequence c) { return null; }
    @Override public Void renameDomain(RenameDomain c) { return null; }
    @Override public Void renameRoutine(RenameRoutine c) { return null; }
    // a view or materialized view is created from PostgreSQL's own print of the desired one, and compared whole by the diff
    @Override public Void createView(CreateView c) { return null; }
    @Override public Void replaceView(ReplaceView c) { return null; }
    @Override public Void dropView(DropView c) { return null; }
    @Override public Void setViewOptions(SetViewOptions c) { return null; }
    @Override public Void setViewComment(SetViewComment c) { return null; }
    @Override public Void createMaterializedView(CreateMaterializedView c) { return null; }
    @Override public Void dropMaterializedView(DropMaterializedView c) { return null; }
    @Override public Void addMaterializedViewIndex(AddMaterializedViewIndex c) { return null; }
    @Override public Void dropMaterializedViewIndex(DropMaterializedViewIndex c) { return null; }
    @Override public Void setMaterializedViewComment(SetMaterializedViewComment c) { return null; }
    // a policy is created from PostgreSQL's own print of the desired one, and compared whole by the diff
    @Override public Void createPolicy(CreatePolicy c) { return null; }
    @Override public Void alterPolicy(AlterPolicy c) { return null; }
    @Override public Void dropPolicy(DropPolicy c) { return null; }
    @Override public Void setPolicyComment(SetPolicyComment c) { return null; }
    // an operator is created from its parts as inspected, and compared whole by the diff
    @Override public Void createOperator(CreateOperator c) { return null; }
    @Override public Void alterOperator(AlterOperator c) { return null; }
    @Override public Void dropOperator(DropOperator c) { return null; }
    @Override public Void setOperatorComment(SetOperatorComment c) { return null; }
    // a collation is created from its parts as inspected, and compared whole by the diff
    @Override public Void createCollation(CreateCollation c) { return null; }
    @Override public Void dropCollation(DropCollation c) { return null; }
    @Override public Void setCollationComment(SetCollationComment c) { return null; }
}
