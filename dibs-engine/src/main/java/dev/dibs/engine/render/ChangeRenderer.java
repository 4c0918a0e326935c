package dev.dibs.engine.render;

import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.TransactionMode;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * Renders each change to its statements with their hazards: the one dispatch on the change kind,
 * checked by the compiler. Schemas, tables and columns in {@link TableRenderer}; keys,
 * constraints and indexes in {@link ConstraintRenderer}; enum types in {@link EnumRenderer}.
 */
public final class ChangeRenderer implements SchemaChange.Visitor<Void> {

    private final RenderContext ctx;
    private final List<Statement> out = new ArrayList<>();

    private ChangeRenderer(RenderContext ctx) {
        this.ctx = ctx;
    }

    public static List<Statement> render(SchemaChange change, RenderContext ctx) {
        ChangeRenderer renderer = new ChangeRenderer(ctx);
        change.accept(renderer);
        return renderer.out;
    }

    static Statement stmt(String sql, SchemaChange change, Hazard... hazards) {
        EnumSet<Hazard> set = EnumSet.noneOf(Hazard.class);
        set.addAll(List.of(hazards));
        return new Statement(sql, change, set, TransactionMode.IN_TRANSACTION);
    }

    static String commentText(String comment) {
        return comment == null ? "NULL" : Sql.literal(comment);
    }

    static boolean changes(AlterColumn c, ColumnAspect aspect) {
        return c.aspects().contains(aspect);
    }

    @Override
    public Void createSchema(CreateSchema c) {
        TableRenderer.createSchema(c, ctx, out);
        return null;
    }

    @Override
    public Void dropSchema(DropSchema c) {
        TableRenderer.dropSchema(c, ctx, out);
        return null;
    }

    @Override
    public Void createEnum(CreateEnum c) {
        EnumRenderer.createEnum(c, ctx, out);
        return null;
    }

    @Override
    public Void dropEnum(DropEnum c) {
        EnumRenderer.dropEnum(c, ctx, out);
        return null;
    }

    @Override
    public Void addEnumValue(AddEnumValue c) {
        EnumRenderer.addEnumValue(c, ctx, out);
        return null;
    }

    @Override
    public Void renameEnumValue(RenameEnumValue c) {
        EnumRenderer.renameEnumValue(c, ctx, out);
        return null;
    }

    @Override
    public Void recreateEnum(RecreateEnum c) {
        EnumRenderer.recreateEnum(c, ctx, out);
        return null;
    }

    @Override
    public Void addTable(AddTable c) {
        TableRenderer.addTable(c, ctx, out);
        return null;
    }

    @Override
    public Void dropTable(DropTable c) {
        TableRenderer.dropTable(c, ctx, out);
        return null;
    }

    @Override
    public Void renameTable(RenameTable c) {
        TableRenderer.renameTable(c, ctx, out);
        return null;
    }

    @Override
    public Void addColumn(AddColumn c) {
        TableRenderer.addColumn(c, ctx, out);
        return null;
    }

    @Override
    public Void dropColumn(DropColumn c) {
        TableRenderer.dropColumn(c, ctx, out);
        return null;
    }

    @Override
    public Void renameColumn(RenameColumn c) {
        TableRenderer.renameColumn(c, ctx, out);
        return null;
    }

    @Override
    public Void alterColumn(AlterColumn c) {
        TableRenderer.alterColumn(c, ctx, out);
        return null;
    }

    @Override
    public Void addPrimaryKey(AddPrimaryKey c) {
        ConstraintRenderer.addPrimaryKey(c, ctx, out);
        return null;
    }

    @Override
    public Void dropPrimaryKey(DropPrimaryKey c) {
        ConstraintRenderer.dropPrimaryKey(c, ctx, out);
        return null;
    }

    @Override
    public Void addUnique(AddUnique c) {
        ConstraintRenderer.addUnique(c, ctx, out);
        return null;
    }

    @Override
    public Void dropUnique(DropUnique c) {
        ConstraintRenderer.dropUnique(c, ctx, out);
        return null;
    }

    @Override
    public Void addCheck(AddCheck c) {
        ConstraintRenderer.addCheck(c, ctx, out);
        return null;
    }

    @Override
    public Void dropCheck(DropCheck c) {
        ConstraintRenderer.dropCheck(c, ctx, out);
        return null;
    }

    @Override
    public Void addForeignKey(AddForeignKey c) {
        ConstraintRenderer.addForeignKey(c, ctx, out);
        return null;
    }

    @Override
    public Void dropForeignKey(DropForeignKey c) {
        ConstraintRenderer.dropForeignKey(c, ctx, out);
        return null;
    }

    @Override
    public Void validateConstraint(ValidateConstraint c) {
        ConstraintRenderer.validateConstraint(c, ctx, out);
        return null;
    }

    @Override
    public Void renameConstraint(RenameConstraint c) {
        ConstraintRenderer.renameConstraint(c, ctx, out);
        return null;
    }

    @Override
    public Void addIndex(AddIndex c) {
        ConstraintRenderer.addIndex(c, ctx, out);
        return null;
    }

    @Override
    public Void dropIndex(DropIndex c) {
        ConstraintRenderer.dropIndex(c, ctx, out);
        return null;
    }

    @Override
    public Void renameIndex(RenameIndex c) {
        ConstraintRenderer.renameIndex(c, ctx, out);
        return null;
    }

    @Override
    public Void setTableComment(SetTableComment c) {
        TableRenderer.setTableComment(c, ctx, out);
        return null;
    }

    @Override
    public Void setTableLogging(SetTableLogging c) {
        TableRenderer.setTableLogging(c, ctx, out);
        return null;
    }

    @Override
    public Void inherit(Inherit c) {
        TableRenderer.inherit(c, ctx, out);
        return null;
    }

    @Override
    public Void noInherit(NoInherit c) {
        TableRenderer.noInherit(c, ctx, out);
        return null;
    }

    @Override
    public Void setTableStorage(SetTableStorage c) {
        TableRenderer.setTableStorage(c, ctx, out);
        return null;
    }

    @Override
    public Void setEnumComment(SetEnumComment c) {
        EnumRenderer.setEnumComment(c, ctx, out);
        return null;
    }

    @Override
    public Void addExclusion(AddExclusion c) {
        ConstraintRenderer.addExclusion(c, ctx, out);
        return null;
    }

    @Override
    public Void setRowSecurity(SetRowSecurity c) {
        TableRenderer.setRowSecurity(c, ctx, out);
        return null;
    }

    @Override
    public Void addPartition(AddPartition c) {
        TableRenderer.addPartition(c, ctx, out);
        return null;
    }

    @Override
    public Void dropExclusion(DropExclusion c) {
        ConstraintRenderer.dropExclusion(c, ctx, out);
        return null;
    }

    @Override
    public Void dropPartition(DropPartition c) {
        TableRenderer.dropPartition(c, ctx, out);
        return null;
    }

    @Override
    public Void setIndexComment(SetIndexComment c) {
        ConstraintRenderer.setIndexComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createTrigger(CreateTrigger c) {
        TriggerRenderer.createTrigger(c, ctx, out);
        return null;
    }

    @Override
    public Void dropTrigger(DropTrigger c) {
        TriggerRenderer.dropTrigger(c, ctx, out);
        return null;
    }

    @Override
    public Void setTriggerEnabled(SetTriggerEnabled c) {
        TriggerRenderer.setTriggerEnabled(c, ctx, out);
        return null;
    }

    @Override
    public Void setTriggerComment(SetTriggerComment c) {
        TriggerRenderer.setTriggerComment(c, ctx, out);
        return null;
    }

    @Override
    public Void renameTrigger(RenameTrigger c) {
        TriggerRenderer.renameTrigger(c, ctx, out);
        return null;
    }

    @Override
    public Void createDomain(CreateDomain c) {
        DomainRenderer.createDomain(c, ctx, out);
        return null;
    }

    @Override
    public Void dropDomain(DropDomain c) {
        DomainRenderer.dropDomain(c, ctx, out);
        return null;
    }

    @Override
    public Void recreateDomain(RecreateDomain c) {
        DomainRenderer.recreateDomain(c, ctx, out);
        return null;
    }

    @Override
    public Void setDomainDefault(SetDomainDefault c) {
        DomainRenderer.setDomainDefault(c, ctx, out);
        return null;
    }

    @Override
    public Void setDomainNotNull(SetDomainNotNull c) {
        DomainRenderer.setDomainNotNull(c, ctx, out);
        return null;
    }

    @Override
    public Void addDomainCheck(AddDomainCheck c) {
        DomainRenderer.addDomainCheck(c, ctx, out);
        return null;
    }

    @Override
    public Void dropDomainCheck(DropDomainCheck c) {
        DomainRenderer.dropDomainCheck(c, ctx, out);
        return null;
    }

    @Override
    public Void validateDomainCheck(ValidateDomainCheck c) {
        DomainRenderer.validateDomainCheck(c, ctx, out);
        return null;
    }

    @Override
    public Void setDomainComment(SetDomainComment c) {
        DomainRenderer.setDomainComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createRoutine(CreateRoutine c) {
        RoutineRenderer.createRoutine(c, ctx, out);
        return null;
    }

    @Override
    public Void replaceRoutine(ReplaceRoutine c) {
        RoutineRenderer.replaceRoutine(c, ctx, out);
        return null;
    }

    @Override
    public Void dropRoutine(DropRoutine c) {
        RoutineRenderer.dropRoutine(c, ctx, out);
        return null;
    }

    @Override
    public Void setRoutineComment(SetRoutineComment c) {
        RoutineRenderer.setRoutineComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createExtension(CreateExtension c) {
        ExtensionRenderer.createExtension(c, ctx, out);
        return null;
    }

    @Override
    public Void alterExtension(AlterExtension c) {
        ExtensionRenderer.alterExtension(c, ctx, out);
        return null;
    }

    @Override
    public Void dropExtension(DropExtension c) {
        ExtensionRenderer.dropExtension(c, ctx, out);
        return null;
    }

    @Override
    public Void createSequence(CreateSequence c) {
        SequenceRenderer.createSequence(c, ctx, out);
        return null;
    }

    @Override
    public Void alterSequence(AlterSequence c) {
        SequenceRenderer.alterSequence(c, ctx, out);
        return null;
    }

    @Override
    public Void dropSequence(DropSequence c) {
        SequenceRenderer.dropSequence(c, ctx, out);
        return null;
    }

    @Override
    public Void renameSequence(RenameSequence c) {
        SequenceRenderer.renameSequence(c, ctx, out);
        return null;
    }

    @Override
    public Void renameRoutine(RenameRoutine c) {
        RoutineRenderer.renameRoutine(c, ctx, out);
        return null;
    }

    @Override
    public Void renameDomain(RenameDomain c) {
        DomainRenderer.renameDomain(c, ctx, out);
        return null;
    }

    @Override
    public Void createView(CreateView c) {
        ViewRenderer.createView(c, ctx, out);
        return null;
    }

    @Override
    public Void replaceView(ReplaceView c) {
        ViewRenderer.replaceView(c, ctx, out);
        return null;
    }

    @Override
    public Void dropView(DropView c) {
        ViewRenderer.dropView(c, ctx, out);
        return null;
    }

    @Override
    public Void setViewOptions(SetViewOptions c) {
        ViewRenderer.setViewOptions(c, ctx, out);
        return null;
    }

    @Override
    public Void setViewComment(SetViewComment c) {
        ViewRenderer.setViewComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createMaterializedView(CreateMaterializedView c) {
        ViewRenderer.createMaterializedView(c, ctx, out);
        return null;
    }

    @Override
    public Void dropMaterializedView(DropMaterializedView c) {
        ViewRenderer.dropMaterializedView(c, ctx, out);
        return null;
    }

    @Override
    public Void addMaterializedViewIndex(AddMaterializedViewIndex c) {
        ViewRenderer.addMaterializedViewIndex(c, ctx, out);
        return null;
    }

    @Override
    public Void dropMaterializedViewIndex(DropMaterializedViewIndex c) {
        ViewRenderer.dropMaterializedViewIndex(c, ctx, out);
        return null;
    }

    @Override
    public Void setMaterializedViewComment(SetMaterializedViewComment c) {
        ViewRenderer.setMaterializedViewComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createPolicy(CreatePolicy c) {
        PolicyRenderer.createPolicy(c, ctx, out);
        return null;
    }

    @Override
    public Void alterPolicy(AlterPolicy c) {
        PolicyRenderer.alterPolicy(c, ctx, out);
        return null;
    }

    @Override
    public Void dropPolicy(DropPolicy c) {
        PolicyRenderer.dropPolicy(c, ctx, out);
        return null;
    }

    @Override
    public Void setPolicyComment(SetPolicyComment c) {
        PolicyRenderer.setPolicyComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createOperator(CreateOperator c) {
        OperatorRenderer.createOperator(c, ctx, out);
        return null;
    }

    @Override
    public Void alterOperator(AlterOperator c) {
        OperatorRenderer.alterOperator(c, ctx, out);
        return null;
    }

    @Override
    public Void dropOperator(DropOperator c) {
        OperatorRenderer.dropOperator(c, ctx, out);
        return null;
    }

    @Override
    public Void setOperatorComment(SetOperatorComment c) {
        OperatorRenderer.setOperatorComment(c, ctx, out);
        return null;
    }

    @Override
    public Void createCollation(CreateCollation c) {
        CollationRenderer.createCollation(c, out);
        return null;
    }

    @Override
    public Void dropCollation(DropCollation c) {
        CollationRenderer.dropCollation(c, out);
        return null;
    }

    @Override
    public Void setCollationComment(SetCollationComment c) {
        CollationRenderer.setCollationComment(c, out);
        return null;
    }
}
