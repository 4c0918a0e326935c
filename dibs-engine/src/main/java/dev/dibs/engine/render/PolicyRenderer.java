package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.CHANGES_ROW_ACCESS;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AlterPolicy;
import dev.dibs.engine.diff.SchemaChange.CreatePolicy;
import dev.dibs.engine.diff.SchemaChange.DropPolicy;
import dev.dibs.engine.diff.SchemaChange.SetPolicyComment;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import dev.dibs.engine.plan.StatementTarget;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Row-level-security policy statements, from what PostgreSQL printed for the desired policy
 * ({@code pg_get_expr} of its expressions; names quoted through {@link Sql}). {@code CREATE},
 * {@code ALTER} and {@code DROP POLICY} take an ACCESS EXCLUSIVE lock on the table, and on a table
 * that exists they change which rows roles can read and write ({@code CHANGES_ROW_ACCESS}) — except
 * a policy dropped and created again unchanged around a column change in the same transaction.
 */
final class PolicyRenderer {

    private PolicyRenderer() {
    }

    static void createPolicy(CreatePolicy c, RenderContext ctx, List<Statement> out) {
        Policy p = c.policy();
        Hazard[] hazards = hazards(p.table(), c.reason(), ctx);
        List<String> sql = create(p);
        out.add(stmt(sql.get(0), c, hazards).withTarget(StatementTarget.table(p.table())));
        sql.subList(1, sql.size()).forEach(s -> out.add(stmt(s, c)));
    }

    /** The statements that create {@code p} as it is: {@code CREATE POLICY}, then its comment. */
    static List<String> create(Policy p) {
        List<String> sql = new ArrayList<>();
        StringBuilder b = new StringBuilder("CREATE POLICY ").append(Sql.name(p.name())).append(" ON ").append(Sql.name(p.table()))
                .append(p.permissive() ? " AS PERMISSIVE" : " AS RESTRICTIVE").append(" FOR ").append(p.command())
                .append(" TO ").append(roles(p.roles()));
        rule(p, b);
        sql.add(b.toString());
        if (p.comment() != null) {
            sql.add(comment(p.table(), p.name(), p.comment()));
        }
        return sql;
    }

    /** Only what changed: roles, {@code USING}, {@code WITH CHECK} (the differ never removes an expression here). */
    static void alterPolicy(AlterPolicy c, RenderContext ctx, List<Statement> out) {
        Policy from = c.from();
        Policy to = c.to();
        StringBuilder b = new StringBuilder("ALTER POLICY ").append(Sql.name(to.name())).append(" ON ").append(Sql.name(to.table()));
        int plain = b.length();
        if (!from.roles().equals(to.roles())) {
            b.append(" TO ").append(roles(to.roles()));
        }
        if (to.using() != null && !to.using().equals(from.using())) {
            b.append(" USING (").append(to.using()).append(')');
        }
        if (to.withCheck() != null && !to.withCheck().equals(from.withCheck())) {
            b.append(" WITH CHECK (").append(to.withCheck()).append(')');
        }
        if (b.length() == plain) {
            // only what the expressions read differs, as printed alike: set them again so PostgreSQL records it
            rule(to, b);
        }
        out.add(stmt(b.toString(), c, hazards(to.table(), null, ctx)).withTarget(StatementTarget.table(to.table())));
    }

    static void dropPolicy(DropPolicy c, RenderContext ctx, List<Statement> out) {
        Policy p = c.policy();
        out.add(stmt("DROP POLICY " + Sql.name(p.name()) + " ON " + Sql.name(p.table()), c, hazards(p.table(), c.reason(), ctx))
                .withTarget(StatementTarget.table(p.table())));
    }

    static void setPolicyComment(SetPolicyComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment(c.table(), c.policy(), c.comment()), c));
    }

    static String comment(QualifiedName table, String policy, String comment) {
        return "COMMENT ON POLICY " + Sql.name(policy) + " ON " + Sql.name(table) + " IS " + ChangeRenderer.commentText(comment);
    }

    private static void rule(Policy p, StringBuilder b) {
        if (p.using() != null) {
            b.append(" USING (").append(p.using()).append(')');
        }
        if (p.withCheck() != null) {
            b.append(" WITH CHECK (").append(p.withCheck()).append(')');
        }
    }

    /** {@code PUBLIC} for {@code public} (a role PostgreSQL reserves), every other name quoted as needed. */
    private static String roles(List<String> roles) {
        if (roles.isEmpty()) {
            return "PUBLIC";
        }
        return roles.stream().map(r -> r.equals("public") ? "PUBLIC" : Sql.name(r)).collect(Collectors.joining(", "));
    }

    /**
     * On a table the plan creates, none: nobody reads it yet. Otherwise the lock, and a change of
     * row access unless the policy only makes way for a column change ({@code reason}) and comes back
     * the same in the same transaction.
     */
    private static Hazard[] hazards(QualifiedName table, String reason, RenderContext ctx) {
        if (!ctx.existing(table)) {
            return new Hazard[0];
        }
        return reason == null ? new Hazard[] {ACQUIRES_ACCESS_EXCLUSIVE_LOCK, CHANGES_ROW_ACCESS}
                : new Hazard[] {ACQUIRES_ACCESS_EXCLUSIVE_LOCK};
    }
}
