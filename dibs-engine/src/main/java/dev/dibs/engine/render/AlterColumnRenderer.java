package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.plan.Hazard.DELETES_DATA;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.plan.Hazard.REWRITES_TABLE;
import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;

import dev.dibs.engine.diff.SchemaChange.AlterColumn;
import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Sequence;
import dev.dibs.engine.model.Identity;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.StatementTarget;
import dev.dibs.engine.plan.TransactionMode;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * One {@code ALTER TABLE} for all aspects of a column that changed, sub-commands ordered so each
 * is valid: what is removed first (default, identity, expression, NOT NULL), then the type, then
 * what is added. The comment is a statement of its own.
 */
final class AlterColumnRenderer {

    private AlterColumnRenderer() {
    }

    /**
     * {@code SET NOT NULL} without reading the rows under its ACCESS EXCLUSIVE lock: a check {@code
     * (column IS NOT NULL)} added {@code NOT VALID} in the plan's transaction, validated after it
     * commits (the rows read under SHARE UPDATE EXCLUSIVE, which lets reads and writes go on), then,
     * once the validations have committed, {@code SET NOT NULL} — which reads no row, since the valid
     * check proves none holds NULL — and the drop of the check ({@link TransactionMode#AFTER_VALIDATIONS}).
     * A column whose own {@code NOT VALID} NOT NULL constraint is there (PostgreSQL 18) gets that
     * constraint validated after the transaction instead: the validation sets NOT NULL.
     */
    private static void notNullOnline(AlterColumn c, RenderContext.NotNullCheck notNull, List<Statement> out) {
        String table = "ALTER TABLE " + Sql.name(c.table()) + " ";
        StatementTarget column = StatementTarget.column(c.table(), c.to().name());
        String check = notNull.name();
        if (notNull.notNullConstraint()) { // its validation sets NOT NULL (PostgreSQL 18)
            out.add(new Statement(table + "VALIDATE CONSTRAINT " + Sql.name(check), c, EnumSet.of(VALIDATES_EXISTING_ROWS),
                    TransactionMode.AFTER_TRANSACTION, column));
            return;
        }
        out.add(new Statement(table + "ADD CONSTRAINT " + Sql.name(check) + " CHECK (" + Sql.name(c.to().name()) + " IS NOT NULL) NOT VALID",
                c, EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK), TransactionMode.IN_TRANSACTION, column));
        out.add(new Statement(table + "VALIDATE CONSTRAINT " + Sql.name(check), c, EnumSet.of(VALIDATES_EXISTING_ROWS),
                TransactionMode.AFTER_TRANSACTION, column));
        out.add(new Statement(table + "ALTER COLUMN " + Sql.name(c.to().name()) + " SET NOT NULL", c,
                EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK), TransactionMode.AFTER_VALIDATIONS, column));
        out.add(new Statement(table + "DROP CONSTRAINT " + Sql.name(check), c, EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                TransactionMode.AFTER_VALIDATIONS, column));
    }

    static void render(AlterColumn c, RenderContext ctx, List<Statement> out) {
        Column from = c.from();
        Column to = c.to();
        String col = "ALTER COLUMN " + Sql.name(to.name());
        List<String> parts = new ArrayList<>();
        EnumSet<Hazard> hazards = EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK);
        boolean type = c.aspects().contains(ColumnAspect.TYPE);
        boolean defaultChanges = c.aspects().contains(ColumnAspect.DEFAULT);
        if (from.defaultExpression() != null && (defaultChanges || type)) {
            parts.add(col + " DROP DEFAULT");
        }
        Sequence serial = c.aspects().contains(ColumnAspect.IDENTITY) && from.isIdentity() && !to.isIdentity()
                ? ctx.serialOfIdentity(c.table(), to.name()) : null;
        if (c.aspects().contains(ColumnAspect.IDENTITY) && from.isIdentity() && !to.isIdentity()) {
            parts.add(col + " DROP IDENTITY");
            if (serial == null) {
                hazards.add(DELETES_DATA); // its sequence goes, and the value it reached (as a DROP SEQUENCE's)
            }
        }
        if (c.aspects().contains(ColumnAspect.GENERATED)) {
            parts.add(col + " DROP EXPRESSION"); // the differ re-creates the column for any other generated change
        }
        if (c.aspects().contains(ColumnAspect.NULLABILITY) && to.nullable()) {
            parts.add(col + " DROP NOT NULL");
        }
        if (type && to.isGenerated()) {
            // PostgreSQL recomputes a generated column in its new type and refuses a USING clause;
            // a stored one is rewritten, a virtual one has nothing stored
            parts.add(col + " TYPE " + to.typeSql());
            if (!to.virtual()) {
                hazards.add(REWRITES_TABLE);
            }
        } else if (type) {
            // a domain stands for its base type: between two over one base type only the catalog changes
            // (the new domain's constraints aside: PostgreSQL then writes and checks every row)
            DomainTypes domains = ctx.domains();
            // an array of a domain stands for an array of its base type
            boolean fromArrayOfDomain = from.type().array() && domains.isDomain(from.type().element(), false);
            boolean toArrayOfDomain = to.type().array() && domains.isDomain(to.type().element(), true);
            boolean arrayOfDomain = fromArrayOfDomain || toArrayOfDomain;
            PgType fromBase = fromArrayOfDomain ? domains.base(from.type().element(), false).arrayOf() : domains.base(from.type(), false);
            PgType toBase = toArrayOfDomain ? domains.base(to.type().element(), true).arrayOf() : domains.base(to.type(), true);
            boolean sameBase = fromBase.sql().equals(toBase.sql()); // an enum's domains too
            String cast = sameBase ? Sql.name(to.name()) + "::" + toBase.sql() : TypeChanges.using(Sql.name(to.name()), fromBase, toBase);
            parts.add(col + " TYPE " + to.typeSql() + " USING " + cast + (toBase.equals(to.type()) ? "" : "::" + to.type().sql()));
            if (domains.constrained(to.type())) {
                hazards.add(REWRITES_TABLE);
                hazards.add(VALIDATES_EXISTING_ROWS);
            }
            if (!java.util.Objects.equals(domains.collation(from.type(), false), domains.collation(to.type(), true))) {
                hazards.add(INDEX_BUILD); // another collation: PostgreSQL builds the column's indexes again
            }
            String recollated = java.util.Objects.equals(from.collation(), to.collation()) ? null : c.table() + "." + to.name();
            IndexedColumns indexed = ctx.indexedColumns();
            if (recollated != null && (indexed.keys().contains(recollated) || indexed.rebuiltOnAnyRetype().contains(recollated)
                    || indexed.otherMethodKeys().contains(recollated))) {
                hazards.add(INDEX_BUILD); // its own collation changes: every index that has it as a key or reads it is built again
            }
            boolean wasNondeterministic = from.collation() != null && ctx.nondeterministicCollations().contains(from.collation());
            boolean isNondeterministic = to.collation() != null && ctx.nondeterministicCollations().contains(to.collation());
            if (recollated != null && wasNondeterministic != isNondeterministic) {
                hazards.add(Hazard.CHANGES_BEHAVIOR); // = and a unique key now tell apart (or no longer) strings of other bytes
                if (isNondeterministic && ctx.uniqueKeyColumns().contains(recollated)) {
                    hazards.add(VALIDATES_EXISTING_ROWS); // rows equal under the new collation ('A', 'a') fail the key's rebuild
                }
            }
            TypeChanges.Kind kind = sameBase ? TypeChanges.Kind.BINARY_COMPATIBLE : TypeChanges.classify(fromBase, toBase);
            if (kind == TypeChanges.Kind.BINARY_COMPATIBLE && arrayOfDomain) {
                kind = TypeChanges.Kind.WIDENING; // each array is coerced element by element: the table is rewritten
            }
            if (kind == TypeChanges.Kind.BINARY_COMPATIBLE && domains.isDomain(from.type(), false) && !toBase.modifiers().isEmpty()) {
                // a domain's column has no length or precision of its own: the cast to one is computed for every row
                kind = TypeChanges.Kind.WIDENING;
            }
            switch (kind) {
                case BINARY_COMPATIBLE -> {
                    String column = c.table() + "." + to.name();
                    // no row rewritten, but an index on an expression or predicate of it is built again (on a
                    // partitioned table any index using it), and any index with it as a key when its operator
                    // class changes (IndexRebuilds)
                    if (!hazards.contains(REWRITES_TABLE) && (ctx.indexedColumns().rebuiltOnAnyRetype().contains(column)
                            || ctx.indexedColumns().keys().contains(column)
                            && TypeChanges.rebuildsKeyIndexes(from.type(), to.type(), fromBase, toBase)
                            || ctx.indexedColumns().otherMethodKeys().contains(column) && fromBase.array()
                            && !fromBase.modifiers().equals(toBase.modifiers()))) {
                        hazards.add(INDEX_BUILD);
                    }
                }
                case WIDENING -> hazards.add(REWRITES_TABLE);
                case NARROWING -> {
                    hazards.add(REWRITES_TABLE);
                    hazards.add(DELETES_DATA);
                }
            }
        }
        boolean identityAdded = c.aspects().contains(ColumnAspect.IDENTITY) && to.isIdentity() && !from.isIdentity();
        // a statement that rewrites the table checks NOT NULL as it writes the rows, and an identity needs it at once
        RenderContext.NotNullCheck notNullCheck = c.aspects().contains(ColumnAspect.NULLABILITY) && !to.nullable() && !hazards.contains(REWRITES_TABLE)
                && !identityAdded ? ctx.notNullCheck(c.table(), to.name()) : null;
        if (c.aspects().contains(ColumnAspect.NULLABILITY) && !to.nullable() && notNullCheck == null) {
            parts.add(col + " SET NOT NULL");
            hazards.add(VALIDATES_EXISTING_ROWS);
        }
        if (c.aspects().contains(ColumnAspect.IDENTITY) && to.isIdentity()) {
            String kind = to.identity() == Identity.ALWAYS ? "ALWAYS" : "BY DEFAULT";
            parts.add(!from.isIdentity() ? col + " ADD GENERATED " + kind + " AS IDENTITY" + Sql.identityOptions(c.table(), to)
                    : col + " SET GENERATED " + kind);
            if (to.identity() == Identity.ALWAYS && (!from.isIdentity() || from.identity() != Identity.ALWAYS)) {
                hazards.add(CHANGES_BEHAVIOR); // an INSERT or UPDATE that gives the column a value now fails
            }
        }
        if (to.defaultExpression() != null && (defaultChanges || type) && serial == null) {
            parts.add(col + " SET DEFAULT " + to.defaultExpression());
        }
        if (!parts.isEmpty()) {
            out.add(new Statement("ALTER TABLE " + Sql.name(c.table()) + " " + String.join(", ", parts), c, hazards,
                    TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), to.name())));
        }
        if (notNullCheck != null) {
            notNullOnline(c, notNullCheck, out);
        }
        if (serial != null) {
            // the identity's sequence is gone: the new one, holding its value already, takes its name and the column
            out.add(ChangeRenderer.stmt(Sql.renameSequence(RenderContext.provisional(serial.name()), serial.name().name()), c));
            out.add(new Statement("ALTER TABLE " + Sql.name(c.table()) + " " + col + " SET DEFAULT " + to.defaultExpression(), c,
                    EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK), TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), to.name())));
            out.add(ChangeRenderer.stmt(SequenceRenderer.ownedBy(serial), c));
            if (serial.comment() != null) {
                out.add(ChangeRenderer.stmt(SequenceRenderer.comment(serial.name(), serial.comment()), c));
            }
        }
        // an identity added here got its options with it (all but a type of its own)
        if (identityAdded ? Sql.identityOfAnotherType(to) : c.aspects().contains(ColumnAspect.SEQUENCE)) {
            // the sequence's options, changed in place, no rows touched: an identity's through its column
            // (whatever its sequence's name), but for a type of its own, which only ALTER SEQUENCE sets
            if (!Sql.identitySequenceByName(from, to, c.aspects().contains(ColumnAspect.TYPE)) && to.isIdentity()) {
                out.add(new Statement(Sql.alterIdentitySequence(c.table(), to), c, EnumSet.of(ACQUIRES_ACCESS_EXCLUSIVE_LOCK),
                        TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), to.name())));
            } else {
                String alter = Sql.alterSequence(c.table(), to);
                if (alter != null) {
                    out.add(ChangeRenderer.stmt(alter, c));
                }
            }
        }
        if (c.aspects().contains(ColumnAspect.STATISTICS)) {
            // a SHARE UPDATE EXCLUSIVE lock: reads and writes go on; what ANALYZE keeps changes at its next run
            out.add(new Statement(Sql.setStatistics(c.table(), to.name(), to.statistics(), ctx.partitioned(c.table())), c, EnumSet.noneOf(Hazard.class),
                    TransactionMode.IN_TRANSACTION, StatementTarget.column(c.table(), to.name())));
        }
        if (c.aspects().contains(ColumnAspect.COMMENT)) {
            out.add(ChangeRenderer.stmt(Sql.commentOnColumn(c.table(), to.name(), to.comment()), c));
        }
    }
}
