package dev.dibs.engine.solve;

import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaChange.*;

/**
 * The natural position of each change kind in a plan: schemas and types first, then drops of what
 * depends on others before what they depend on, renames, creations the other way round, comments,
 * and empty schemas last. The simulation corrects it where a particular plan needs another order.
 */
final class Phases implements SchemaChange.Visitor<Integer> {

    static final Phases INSTANCE = new Phases();

    private Phases() {
    }

    static int of(SchemaChange change) {
        return change.accept(INSTANCE);
    }

    @Override public Integer createSchema(CreateSchema c) { return 0; }
    @Override public Integer dropSchema(DropSchema c) { return 17; }
    @Override public Integer createEnum(CreateEnum c) { return 1; }
    @Override public Integer dropEnum(DropEnum c) { return 15; }
    @Override public Integer addEnumValue(AddEnumValue c) { return 1; }
    @Override public Integer renameEnumValue(RenameEnumValue c) { return 1; }
    @Override public Integer recreateEnum(RecreateEnum c) { return 6; }
    @Override public Integer addTable(AddTable c) { return 8; }
    @Override public Integer dropTable(DropTable c) { return 14; }
    @Override public Integer renameTable(RenameTable c) { return 4; }
    @Override public Integer addColumn(AddColumn c) { return 9; }
    @Override public Integer dropColumn(DropColumn c) { return 7; }
    @Override public Integer renameColumn(RenameColumn c) { return 5; }
    @Override public Integer alterColumn(AlterColumn c) { return 10; }
    @Override public Integer addPrimaryKey(AddPrimaryKey c) { return 11; }
    @Override public Integer dropPrimaryKey(DropPrimaryKey c) { return 3; }
    @Override public Integer addUnique(AddUnique c) { return 11; }
    @Override public Integer dropUnique(DropUnique c) { return 3; }
    @Override public Integer addCheck(AddCheck c) { return 12; }
    @Override public Integer dropCheck(DropCheck c) { return 3; }
    @Override public Integer addForeignKey(AddForeignKey c) { return 13; }
    @Override public Integer dropForeignKey(DropForeignKey c) { return 2; }
    @Override public Integer validateConstraint(ValidateConstraint c) { return 12; }
    @Override public Integer renameConstraint(RenameConstraint c) { return 5; }
    @Override public Integer addIndex(AddIndex c) { return 12; }
    @Override public Integer dropIndex(DropIndex c) { return 3; }
    @Override public Integer renameIndex(RenameIndex c) { return 5; }
    @Override public Integer setTableComment(SetTableComment c) { return 16; }
    @Override public Integer setEnumComment(SetEnumComment c) { return 16; }
}
