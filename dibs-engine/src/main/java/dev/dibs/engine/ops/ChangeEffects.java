package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.UniqueConstraint;
import dev.dibs.engine.plan.StatementTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * What each change kind does that PostgreSQL may refuse for reasons outside the plan — objects dibs
 * does not manage, or the target's version — for {@link PlanBlockers}. Every kind answers here,
 * even when the answer is "nothing": a new kind does not compile until someone decides whether it
 * can be blocked.
 */
final class ChangeEffects implements SchemaChange.Visitor<ChangeEffects.Effect> {

    static final ChangeEffects INSTANCE = new ChangeEffects();

    /**
     * A table or column a change drops ({@code drops}) or retypes, by the name it has when the change
     * runs; {@code statement} is the target of the statement that does it.
     */
    record Touch(QualifiedName table, String column, boolean drops, StatementTarget statement) {
    }

    /**
     * @param tableRenamed  the table's old and new name when the change renames one, else null
     * @param columnRenamed the table and {from, to} when it renames a column, else null
     * @param touches       what it drops or retypes
     * @param needsV18      what it creates that needs PostgreSQL 18
     * @param creates       the relation it creates, else null
     * @param needsV15      what it creates that needs PostgreSQL 15 ({@code NULLS NOT DISTINCT})
     * @param needs         what it uses that the target's catalog must have (a type, an access method,
     *                      an operator class), for {@link CatalogNeeds}
     */
    record Effect(TableRename tableRenamed, ColumnRename columnRenamed, List<Touch> touches, List<String> needsV18,
                  QualifiedName creates, List<String> needsV15, List<CatalogNeed> needs) {
        static final Effect NONE = new Effect(null, null, List.of(), List.of(), null);

        /** An effect that needs nothing of PostgreSQL 15 or of the target's catalog. */
        Effect(TableRename tableRenamed, ColumnRename columnRenamed, List<Touch> touches, List<String> needsV18,
               QualifiedName creates) {
            this(tableRenamed, columnRenamed, touches, needsV18, creates, List.of(), List.of());
        }

        static Effect needingCatalog(List<CatalogNeed> needs) {
            return new Effect(null, null, List.of(), List.of(), null, List.of(), List.copyOf(needs));
        }

        static Effect touching(Touch... touches) {
            return new Effect(null, null, List.of(touches), List.of(), null);
        }

        static Effect needing(List<String> features) {
            return new Effect(null, null, List.of(), List.copyOf(features), null);
        }
    }

    record TableRename(QualifiedName from, QualifiedName to) {
    }

    record ColumnRename(QualifiedName table, String from, String to) {
    }

    private ChangeEffects() {
    }

    static Effect of(SchemaChange change) {
        return change.accept(INSTANCE);
    }

    @Override public Effect createSchema(CreateSchema c) { return Effect.NONE; }
    @Override public Effect dropSchema(DropSchema c) { return Effect.NONE; } // empty by then: its tables are dropped first
    @Override public Effect createEnum(CreateEnum c) { return Effect.NONE; }
    @Override public Effect dropEnum(DropEnum c) { return Effect.NONE; } // no column uses it by then
    @Override public Effect addEnumValue(AddEnumValue c) { return Effect.NONE; }
    @Override public Effect renameEnumValue(RenameEnumValue c) { return Effect.NONE; }

    /** Each column converted through text is retyped, as far as a view over it is concerned. */
    @Override
    public Effect recreateEnum(RecreateEnum c) {
        return Effect.touching(c.columns().stream()
                .map(ref -> new Touch(ref.table(), ref.column(), false, StatementTarget.column(ref.table(), ref.column())))
                .toArray(Touch[]::new));
    }

    @Override
    public Effect addTable(AddTable c) {
        List<String> lacking = new ArrayList<>();
        c.table().columns().stream().filter(Column::virtual)
                .forEach(col -> lacking.add("virtual generated column " + c.table().name() + "." + col.name()));
        c.table().checks().stream().filter(k -> !k.enforced()).forEach(k -> lacking.add("NOT ENFORCED check " + k.name()));
        List<String> lacking15 = c.table().uniques().stream().filter(UniqueConstraint::nullsNotDistinct)
                .map(u -> "NULLS NOT DISTINCT of unique " + u.name()).toList();
        List<CatalogNeed> needs = new ArrayList<>();
        for (Column col : c.table().columns()) {
            String what = "column " + c.table().name() + "." + col.name();
            needs.addAll(CatalogNeed.column(col, what));
            needs.addAll(CatalogNeed.functionsIn(col.defaultExpression(), what));
            needs.addAll(CatalogNeed.functionsIn(col.generatedExpression(), what));
        }
        c.table().checks().forEach(k -> needs.addAll(CatalogNeed.functionsIn(k.expression(), "check " + c.table().name() + "." + k.name())));
        return new Effect(null, null, List.of(), List.copyOf(lacking), c.table().name(), lacking15, needs);
    }

    @Override
    public Effect dropTable(DropTable c) {
        return Effect.touching(new Touch(c.table().name(), null, true, StatementTarget.table(c.table().name())));
    }

    @Override
    public Effect renameTable(RenameTable c) {
        return new Effect(new TableRename(c.from(), c.target()), null, List.of(), List.of(), null);
    }

    @Override
    public Effect addColumn(AddColumn c) {
        List<CatalogNeed> type = CatalogNeed.column(c.column(), "column " + c.table() + "." + c.column().name());
        return new Effect(null, null, List.of(),
                c.column().virtual() ? List.of("virtual generated column " + c.table() + "." + c.column().name()) : List.of(),
                null, List.of(), type);
    }

    @Override
    public Effect dropColumn(DropColumn c) {
        return Effect.touching(new Touch(c.table(), c.column().name(), true, StatementTarget.column(c.table(), c.column().name())));
    }

    @Override
    public Effect renameColumn(RenameColumn c) {
        return new Effect(null, new ColumnRename(c.table(), c.from(), c.to()), List.of(), List.of(), null);
    }

    /** Only a type change matters: a view stores its columns' types. */
    @Override
    public Effect alterColumn(AlterColumn c) {
        return c.aspects().contains(ColumnAspect.TYPE)
                ? new Effect(null, null, List.of(new Touch(c.table(), c.from().name(), false, StatementTarget.column(c.table(), c.to().name()))),
                        List.of(), null, List.of(), CatalogNeed.column(c.to(), "column " + c.table() + "." + c.to().name()))
                : Effect.NONE;
    }

    @Override public Effect addPrimaryKey(AddPrimaryKey c) { return Effect.NONE; }
    @Override public Effect dropPrimaryKey(DropPrimaryKey c) { return Effect.NONE; }
    @Override
    public Effect addUnique(AddUnique c) {
        return c.unique().nullsNotDistinct()
                ? new Effect(null, null, List.of(), List.of(), null, List.of("NULLS NOT DISTINCT of unique " + c.unique().name()), List.of())
                : Effect.NONE;
    }

    @Override public Effect dropUnique(DropUnique c) { return Effect.NONE; }

    @Override
    public Effect addCheck(AddCheck c) {
        List<CatalogNeed> functions = CatalogNeed.functionsIn(c.check().expression(), "check " + c.table() + "." + c.check().name());
        return c.check().enforced() ? Effect.needingCatalog(functions)
                : new Effect(null, null, List.of(), List.of("NOT ENFORCED check " + c.check().name()), null, List.of(), functions);
    }

    @Override public Effect dropCheck(DropCheck c) { return Effect.NONE; }

    @Override
    public Effect addForeignKey(AddForeignKey c) {
        return c.key().enforced() ? Effect.NONE : Effect.needing(List.of("NOT ENFORCED foreign key " + c.key().name()));
    }

    @Override public Effect dropForeignKey(DropForeignKey c) { return Effect.NONE; }
    @Override public Effect validateConstraint(ValidateConstraint c) { return Effect.NONE; }
    @Override public Effect renameConstraint(RenameConstraint c) { return Effect.NONE; }
    /** Its access method, each key's operator class: named, or the default one of the key column's type. */
    @Override
    public Effect addIndex(AddIndex c) {
        String index = "index " + c.table().schema() + "." + c.index().name();
        List<CatalogNeed> needs = new ArrayList<>();
        needs.add(CatalogNeed.accessMethod(c.index().method(), index));
        for (IndexKey key : c.index().keys()) {
            if (key.opclass() != null) {
                needs.add(CatalogNeed.operatorClass(key.opclass(), c.index().method(), index));
            } else if (!key.isExpression()) {
                needs.add(CatalogNeed.defaultOperatorClass(c.table(), key.column(), c.index().method(), index));
            }
            needs.addAll(CatalogNeed.functionsIn(key.expression(), index));
        }
        needs.addAll(CatalogNeed.functionsIn(c.index().predicate(), index));
        return Effect.needingCatalog(needs);
    }
    @Override public Effect dropIndex(DropIndex c) { return Effect.NONE; }
    @Override public Effect renameIndex(RenameIndex c) { return Effect.NONE; }
    @Override public Effect setTableComment(SetTableComment c) { return Effect.NONE; }
    @Override public Effect setEnumComment(SetEnumComment c) { return Effect.NONE; }
    @Override public Effect setTableLogging(SetTableLogging c) { return Effect.NONE; }
    @Override public Effect setTableStorage(SetTableStorage c) { return Effect.NONE; }
    @Override public Effect addExclusion(AddExclusion c) { return Effect.NONE; }
    @Override public Effect dropExclusion(DropExclusion c) { return Effect.NONE; }

    /** Creates a relation under the partition's name, which an unmanaged one may hold. */
    @Override
    public Effect addPartition(AddPartition c) {
        return new Effect(null, null, List.of(), List.of(), new QualifiedName(c.table().schema(), c.partition().name()));
    }

    /** A view over the partition itself blocks its drop. */
    @Override
    public Effect dropPartition(DropPartition c) {
        QualifiedName partition = new QualifiedName(c.table().schema(), c.partition().name());
        return Effect.touching(new Touch(partition, null, true, StatementTarget.table(partition)));
    }
    @Override public Effect setRowSecurity(SetRowSecurity c) { return Effect.NONE; }
    @Override public Effect inherit(Inherit c) { return Effect.NONE; }
    @Override public Effect noInherit(NoInherit c) { return Effect.NONE; }
    @Override public Effect setIndexComment(SetIndexComment c) { return Effect.NONE; }
    /**
     * Its table and the columns it uses are the plan's; the function it executes must exist in the
     * target (one outside pg_catalog: a built-in trigger function is always there).
     */
    @Override
    public Effect createTrigger(CreateTrigger c) {
        String what = "trigger " + c.trigger().name() + " on " + c.trigger().table();
        String function = c.trigger().function();
        int open = function == null ? -1 : function.indexOf('(');
        String qualified = open < 0 ? "" : function.substring(0, open);
        int dot = qualified.indexOf('.');
        // schema.name(…) as the inspection writes it; a name holding a dot or a parenthesis is not split by guess
        if (dot < 0 || dot != qualified.lastIndexOf('.') || qualified.startsWith("pg_catalog.")) {
            return Effect.NONE;
        }
        return Effect.needingCatalog(List.of(CatalogNeed.function(qualified.substring(0, dot), qualified.substring(dot + 1), what)));
    }
    @Override public Effect dropTrigger(DropTrigger c) { return Effect.NONE; }
    @Override public Effect setTriggerEnabled(SetTriggerEnabled c) { return Effect.NONE; }
    @Override public Effect setTriggerComment(SetTriggerComment c) { return Effect.NONE; }
    @Override public Effect renameTrigger(RenameTrigger c) { return Effect.NONE; }

    // a domain needs its base type and the functions its default and checks call; nothing of a table
    @Override public Effect createDomain(CreateDomain c) { return Effect.needingCatalog(domainNeeds(c.domain())); }
    @Override public Effect dropDomain(DropDomain c) { return Effect.NONE; } // no column uses it by then
    @Override public Effect recreateDomain(RecreateDomain c) { return Effect.needingCatalog(domainNeeds(c.to())); }
    @Override
    public Effect setDomainDefault(SetDomainDefault c) {
        return Effect.needingCatalog(CatalogNeed.functionsIn(c.defaultExpression(), "default of domain " + c.domain()));
    }
    @Override public Effect setDomainNotNull(SetDomainNotNull c) { return Effect.NONE; }
    @Override
    public Effect addDomainCheck(AddDomainCheck c) {
        return Effect.needingCatalog(CatalogNeed.functionsIn(c.check().definition(), "check " + c.domain() + "." + c.check().name()));
    }
    @Override public Effect dropDomainCheck(DropDomainCheck c) { return Effect.NONE; }
    @Override public Effect validateDomainCheck(ValidateDomainCheck c) { return Effect.NONE; }
    @Override public Effect setDomainComment(SetDomainComment c) { return Effect.NONE; }
    @Override public Effect renameDomain(RenameDomain c) { return Effect.NONE; } // a type's name, held by no relation
    @Override public Effect renameRoutine(RenameRoutine c) { return Effect.NONE; }

    private static List<CatalogNeed> domainNeeds(dev.dibs.engine.model.Domain d) {
        String what = "domain " + d.name();
        List<CatalogNeed> needs = new ArrayList<>();
        needs.add(CatalogNeed.type(dev.dibs.engine.model.PgType.parse(d.baseType()), what));
        needs.addAll(CatalogNeed.functionsIn(d.defaultExpression(), what));
        d.checks().forEach(k -> needs.addAll(CatalogNeed.functionsIn(k.definition(), what)));
        return needs;
    }
    // a routine's language or types missing on the target: PostgreSQL says so with the statement
    @Override public Effect createRoutine(CreateRoutine c) { return Effect.NONE; }
    @Override public Effect replaceRoutine(ReplaceRoutine c) { return Effect.NONE; }
    @Override public Effect dropRoutine(DropRoutine c) { return Effect.NONE; }
    @Override public Effect setRoutineComment(SetRoutineComment c) { return Effect.NONE; }
    @Override public Effect createExtension(CreateExtension c) { return Effect.NONE; }
    @Override public Effect alterExtension(AlterExtension c) { return Effect.NONE; }
    @Override public Effect dropExtension(DropExtension c) { return Effect.NONE; }

    /** Creates a relation under the sequence's name, which an unmanaged one (a view) may hold. */
    @Override
    public Effect createSequence(CreateSequence c) {
        return new Effect(null, null, List.of(), List.of(), c.sequence().name());
    }
    @Override public Effect alterSequence(AlterSequence c) { return Effect.NONE; }
    @Override public Effect dropSequence(DropSequence c) { return Effect.NONE; }
    /** Takes the new name among the schema's relations, which an unmanaged one may hold. */
    @Override
    public Effect renameSequence(RenameSequence c) {
        return new Effect(null, null, List.of(), List.of(), c.target());
    }

    /** Creates a relation under the view's name, which an unmanaged one may hold. */
    @Override
    public Effect createView(CreateView c) {
        return new Effect(null, null, List.of(), List.of(), c.view().name());
    }
    // a view replaced, dropped or altered is the plan's: what reads it is a view of the plan too
    @Override public Effect replaceView(ReplaceView c) { return Effect.NONE; }
    @Override public Effect dropView(DropView c) { return Effect.NONE; }
    @Override public Effect setViewOptions(SetViewOptions c) { return Effect.NONE; }
    @Override public Effect setViewComment(SetViewComment c) { return Effect.NONE; }

    /** Creates a relation under the materialized view's name, which an unmanaged one may hold. */
    @Override
    public Effect createMaterializedView(CreateMaterializedView c) {
        return new Effect(null, null, List.of(), List.of(), c.view().name());
    }
    @Override public Effect dropMaterializedView(DropMaterializedView c) { return Effect.NONE; }
    @Override public Effect addMaterializedViewIndex(AddMaterializedViewIndex c) { return Effect.NONE; }
    @Override public Effect dropMaterializedViewIndex(DropMaterializedViewIndex c) { return Effect.NONE; }
    @Override public Effect setMaterializedViewComment(SetMaterializedViewComment c) { return Effect.NONE; }
    /**
     * A policy is on a table of the plan and reads its columns; the functions its expressions call
     * must exist in the target. Its roles are the cluster's: PostgreSQL names a missing one.
     */
    @Override
    public Effect createPolicy(CreatePolicy c) {
        return Effect.needingCatalog(policyNeeds(c.policy()));
    }
    @Override
    public Effect alterPolicy(AlterPolicy c) {
        return Effect.needingCatalog(policyNeeds(c.to()));
    }
    @Override public Effect dropPolicy(DropPolicy c) { return Effect.NONE; }
    @Override public Effect setPolicyComment(SetPolicyComment c) { return Effect.NONE; }

    private static List<CatalogNeed> policyNeeds(dev.dibs.engine.model.Policy p) {
        String what = "policy " + p.name() + " on " + p.table();
        List<CatalogNeed> needs = new ArrayList<>(CatalogNeed.functionsIn(p.using(), what));
        needs.addAll(CatalogNeed.functionsIn(p.withCheck(), what));
        return needs;
    }
    // an operator's function and types are the plan's or the target's own; a missing one is PostgreSQL's to name
    @Override public Effect createOperator(CreateOperator c) { return Effect.NONE; }
    // the differ sets a link or join flag in place only for a target known to take it (17 and later)
    @Override public Effect alterOperator(AlterOperator c) { return Effect.NONE; }
    @Override public Effect dropOperator(DropOperator c) { return Effect.NONE; }
    @Override public Effect setOperatorComment(SetOperatorComment c) { return Effect.NONE; }
    // a provider the target's server lacks (ICU) or a locale it does not know is PostgreSQL's to name
    @Override public Effect createCollation(CreateCollation c) { return Effect.NONE; }
    @Override public Effect dropCollation(DropCollation c) { return Effect.NONE; }
    @Override public Effect setCollationComment(SetCollationComment c) { return Effect.NONE; }
}
