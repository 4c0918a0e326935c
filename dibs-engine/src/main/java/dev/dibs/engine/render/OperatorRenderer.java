package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AlterOperator;
import dev.dibs.engine.diff.SchemaChange.CreateOperator;
import dev.dibs.engine.diff.SchemaChange.DropOperator;
import dev.dibs.engine.diff.SchemaChange.SetOperatorComment;
import dev.dibs.engine.model.Operator;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Operator statements. Names are quoted through {@link Sql}; an operator's own name, a symbol that
 * cannot be quoted, goes through {@link Identifiers#operator}, which lets only operator characters
 * through; operand types are written as PostgreSQL printed them ({@code format_type}, qualified and
 * quoted). Dropping an operator, or creating it again with another definition, changes what every
 * query using it does ({@code CHANGES_BEHAVIOR}); a new operator or new estimators change no result.
 */
final class OperatorRenderer {

    private OperatorRenderer() {
    }

    static void createOperator(CreateOperator c, RenderContext ctx, List<Statement> out) {
        Hazard[] hazards = c.reason() == null ? new Hazard[0] : new Hazard[] {CHANGES_BEHAVIOR};
        List<String> sql = create(c.operator());
        out.add(stmt(sql.get(0), c, hazards));
        sql.subList(1, sql.size()).forEach(s -> out.add(stmt(s, c)));
    }

    /** The statements that create {@code o} as it is: {@code CREATE OPERATOR}, then its comment. */
    static List<String> create(Operator o) {
        List<String> sql = new ArrayList<>();
        StringBuilder b = new StringBuilder("CREATE OPERATOR ").append(name(o.name())).append(" (FUNCTION = ").append(Sql.name(o.function()));
        if (o.leftType() != null) {
            b.append(", LEFTARG = ").append(o.leftType());
        }
        b.append(", RIGHTARG = ").append(o.rightType());
        if (o.commutator() != null) {
            b.append(", COMMUTATOR = ").append(reference(o.commutator()));
        }
        if (o.negator() != null) {
            b.append(", NEGATOR = ").append(reference(o.negator()));
        }
        if (o.restrict() != null) {
            b.append(", RESTRICT = ").append(Sql.name(o.restrict()));
        }
        if (o.join() != null) {
            b.append(", JOIN = ").append(Sql.name(o.join()));
        }
        if (o.hashes()) {
            b.append(", HASHES");
        }
        if (o.merges()) {
            b.append(", MERGES");
        }
        sql.add(b.append(')').toString());
        if (o.comment() != null) {
            sql.add(comment(o, o.comment()));
        }
        return sql;
    }

    /**
     * {@code ALTER OPERATOR … SET (…)} of what differs: the differ sends only what the target can set
     * in place (estimators, set or {@code NONE}; from 17 a join flag turned on).
     */
    static void alterOperator(AlterOperator c, RenderContext ctx, List<Statement> out) {
        Operator from = c.from();
        Operator to = c.to();
        List<String> set = new ArrayList<>();
        if (!Objects.equals(from.restrict(), to.restrict())) {
            set.add("RESTRICT = " + (to.restrict() == null ? "NONE" : Sql.name(to.restrict())));
        }
        if (!Objects.equals(from.join(), to.join())) {
            set.add("JOIN = " + (to.join() == null ? "NONE" : Sql.name(to.join())));
        }
        if (!from.hashes() && to.hashes()) {
            set.add("HASHES");
        }
        if (!from.merges() && to.merges()) {
            set.add("MERGES");
        }
        out.add(stmt("ALTER OPERATOR " + identity(to) + " SET (" + String.join(", ", set) + ")", c));
    }

    static void dropOperator(DropOperator c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP OPERATOR " + identity(c.operator()), c, CHANGES_BEHAVIOR));
    }

    static void setOperatorComment(SetOperatorComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment(c.operator(), c.comment()), c));
    }

    /** {@code COMMENT ON OPERATOR schema.op (left, right) IS '…'}. */
    static String comment(Operator o, String comment) {
        return "COMMENT ON OPERATOR " + identity(o) + " IS " + commentText(comment);
    }

    /** {@code schema.op (left, right)}, {@code NONE} for a prefix operator's left: how DROP, ALTER and COMMENT name it. */
    static String identity(Operator o) {
        return name(o.name()) + " (" + (o.leftType() == null ? "NONE" : o.leftType()) + ", " + o.rightType() + ")";
    }

    /** {@code schema.op}: the schema quoted, the symbol checked. */
    private static String name(QualifiedName operator) {
        return Sql.name(operator.schema()) + "." + Identifiers.operator(operator.name());
    }

    /** {@code OPERATOR(schema.op)}: how a commutator or negator is named with its schema. */
    private static String reference(QualifiedName operator) {
        return "OPERATOR(" + name(operator) + ")";
    }
}
