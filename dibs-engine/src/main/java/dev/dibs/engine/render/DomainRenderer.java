package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.VALIDATES_EXISTING_ROWS;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AddDomainCheck;
import dev.dibs.engine.diff.SchemaChange.CreateDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomain;
import dev.dibs.engine.diff.SchemaChange.DropDomainCheck;
import dev.dibs.engine.diff.SchemaChange.RecreateDomain;
import dev.dibs.engine.diff.SchemaChange.RenameDomain;
import dev.dibs.engine.diff.SchemaChange.SetDomainComment;
import dev.dibs.engine.diff.SchemaChange.SetDomainDefault;
import dev.dibs.engine.diff.SchemaChange.SetDomainNotNull;
import dev.dibs.engine.diff.SchemaChange.ValidateDomainCheck;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Statements for domains. The base type, collation, default and check definitions are printed by
 * PostgreSQL ({@code format_type}, {@code pg_get_expr}, {@code pg_get_constraintdef}) where the
 * desired state was built, and written back as printed; names go through {@link Sql}. Adding a
 * check or NOT NULL to an existing domain checks the rows of every column of the domain.
 */
final class DomainRenderer {

    private DomainRenderer() {
    }

    static void createDomain(CreateDomain c, RenderContext ctx, List<Statement> out) {
        create(c.domain()).forEach(sql -> out.add(stmt(sql, c)));
    }

    static void dropDomain(DropDomain c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP DOMAIN " + Sql.name(c.domain().name()), c));
    }

    /** No column uses the domain when this runs (the simulation waits for that): nothing to convert. */
    static void recreateDomain(RecreateDomain c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP DOMAIN " + Sql.name(c.from().name()), c));
        create(c.to()).forEach(sql -> out.add(stmt(sql, c)));
    }

    static void setDomainDefault(SetDomainDefault c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(setDefault(c.domain(), c.defaultExpression()), c));
    }

    static void setDomainNotNull(SetDomainNotNull c, RenderContext ctx, List<Statement> out) {
        out.add(c.notNull() ? stmt(alter(c.domain()) + "SET NOT NULL", c, VALIDATES_EXISTING_ROWS)
                : stmt(alter(c.domain()) + "DROP NOT NULL", c));
    }

    /**
     * A validated check on an existing domain: {@code NOT VALID} then {@code VALIDATE} when the
     * options say so (new values are checked at once; existing rows under a lighter lock), in one
     * statement otherwise. One the desired state has {@code NOT VALID} stays so.
     */
    static void addDomainCheck(AddDomainCheck c, RenderContext ctx, List<Statement> out) {
        String add = addCheck(c.domain(), c.check());
        if (!c.check().validated()) {
            out.add(stmt(add + " NOT VALID", c));
        } else if (ctx.options().validateSeparately()) {
            out.add(stmt(add + " NOT VALID", c));
            out.add(stmt(validate(c.domain(), c.check().name()), c, VALIDATES_EXISTING_ROWS));
        } else {
            out.add(stmt(add, c, VALIDATES_EXISTING_ROWS));
        }
    }

    static void dropDomainCheck(DropDomainCheck c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(alter(c.domain()) + "DROP CONSTRAINT " + Sql.name(c.check().name()), c));
    }

    static void validateDomainCheck(ValidateDomainCheck c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(validate(c.domain(), c.name()), c, VALIDATES_EXISTING_ROWS));
    }

    /**
     * {@code ALTER DOMAIN … RENAME TO}: the columns of that type keep it, and stored expressions
     * print the new name; it locks no table and rewrites nothing. Text that names the type (a
     * PL/pgSQL body, a query of the application) still says the old name.
     */
    static void renameDomain(RenameDomain c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("ALTER DOMAIN " + Sql.name(c.from()) + " RENAME TO " + Sql.name(c.to()), c));
    }

    static void setDomainComment(SetDomainComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment(c.domain(), c.comment()), c));
    }

    /**
     * The statements that create {@code d} whole: {@code CREATE DOMAIN} with its validated checks
     * ({@code CREATE DOMAIN} takes no {@code NOT VALID}), then the others {@code NOT VALID}, then its
     * comment.
     */
    static List<String> create(Domain d) {
        StringBuilder sql = new StringBuilder("CREATE DOMAIN ").append(Sql.name(d.name())).append(" AS ").append(d.baseType());
        if (d.collation() != null) {
            sql.append(" COLLATE ").append(d.collation());
        }
        if (d.defaultExpression() != null) {
            sql.append(" DEFAULT ").append(d.defaultExpression());
        }
        if (d.notNull()) {
            sql.append(" NOT NULL");
        }
        List<String> later = new ArrayList<>();
        for (DomainCheck k : d.checks()) {
            if (k.validated()) {
                sql.append(" CONSTRAINT ").append(Sql.name(k.name())).append(' ').append(k.definition());
            } else {
                later.add(addCheck(d.name(), k) + " NOT VALID");
            }
        }
        List<String> out = new ArrayList<>();
        out.add(sql.toString());
        out.addAll(later);
        if (d.comment() != null) {
            out.add(comment(d.name(), d.comment()));
        }
        return out;
    }

    /**
     * {@link #create} in two parts, for a whole schema built at once: the domain without the checks
     * and default {@code later} picks ({@code first}), and what adds them ({@code rest}) — to run once
     * the functions they call exist, which may themselves take the domain as an argument.
     */
    record InTwo(List<String> first, List<String> rest) {
    }

    static InTwo createInTwo(Domain d, java.util.function.Predicate<String> later) {
        boolean defaultLater = d.defaultExpression() != null && later.test(d.defaultExpression());
        List<DomainCheck> now = d.checks().stream().filter(k -> !later.test(k.definition())).toList();
        Domain first = new Domain(d.name(), d.baseType(), d.collation(), defaultLater ? null : d.defaultExpression(), d.notNull(),
                now, d.comment());
        List<String> rest = new ArrayList<>();
        for (DomainCheck k : d.checks()) {
            if (!now.contains(k)) {
                rest.add(addCheck(d.name(), k) + (k.validated() ? "" : " NOT VALID"));
            }
        }
        if (defaultLater) {
            rest.add(setDefault(d.name(), d.defaultExpression()));
        }
        return new InTwo(create(first), rest);
    }

    /** {@code SET DEFAULT} the expression as PostgreSQL printed it, or {@code DROP DEFAULT} for null. */
    private static String setDefault(QualifiedName domain, String defaultExpression) {
        return alter(domain) + (defaultExpression == null ? "DROP DEFAULT" : "SET DEFAULT " + defaultExpression);
    }

    private static String alter(QualifiedName domain) {
        return "ALTER DOMAIN " + Sql.name(domain) + " ";
    }

    private static String addCheck(QualifiedName domain, DomainCheck k) {
        return alter(domain) + "ADD CONSTRAINT " + Sql.name(k.name()) + " " + k.definition();
    }

    private static String validate(QualifiedName domain, String check) {
        return alter(domain) + "VALIDATE CONSTRAINT " + Sql.name(check);
    }

    private static String comment(QualifiedName domain, String comment) {
        return "COMMENT ON DOMAIN " + Sql.name(domain) + " IS " + commentText(comment);
    }
}
