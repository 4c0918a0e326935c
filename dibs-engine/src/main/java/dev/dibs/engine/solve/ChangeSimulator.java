package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;

/**
 * Applies one change to a {@link VirtualSchema} the way PostgreSQL would, or throws the
 * {@link SimulationException} PostgreSQL's refusal corresponds to. The one dispatch on the change
 * kind: tables and columns in {@link TableSimulator}, keys, constraints and indexes in
 * {@link ConstraintSimulator}, enum types in {@link EnumSimulator}.
 */
final class ChangeSimulator implements SchemaChange.Visitor<Void> {

    private final VirtualSchema vs;

    private ChangeSimulator(VirtualSchema vs) {
        this.vs = vs;
    }

    static void apply(VirtualSchema vs, SchemaChange change) {
        change.accept(new ChangeSimulator(vs));
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
        EnumSimulator.recreateEnum(vs, c);
        return null;
    }

    @Override
    public Void addTable(AddTable c) {
        TableSimulator.addTable(vs, c);
        return null;
    }

    @Override
    public Void dropTable(DropTable c) {
        TableSimulator.dropTable(vs, c);
        return null;
    }

    @Override
    public Void renameTable(RenameTable c) {
        TableSimulator.renameTable(vs, c);
        return null;
    }

    @Override
    public Void addColumn(AddColumn c) {
        TableSimulator.addColumn(vs, c);
        return null;
    }

    @Override
    public Void dropColumn(DropColumn c) {
        TableSimulator.dropColumn(vs, c);
        return null;
    }

    @Override
    public Void renameColumn(RenameColumn c) {
        TableSimulator.renameColumn(vs, c);
        return null;
    }

    @Override
    public Void alterColumn(AlterColumn c) {
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
    public Void setEnumComment(SetEnumComment c) {
        EnumSimulator.setEnumComment(vs, c);
        return null;
    }
}
