package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.render.ChangeRenderer.commentText;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.CreateCollation;
import dev.dibs.engine.diff.SchemaChange.DropCollation;
import dev.dibs.engine.diff.SchemaChange.SetCollationComment;
import dev.dibs.engine.model.Collation;
import dev.dibs.engine.plan.Hazard;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Collation statements: the name quoted through {@link Sql}, the locale and rules as string literals.
 * A new collation or one dropped for good changes no result (nothing uses it then: the differ and
 * the simulation see to that); one created again with another definition changes how what uses it
 * from then on sorts and compares ({@code CHANGES_BEHAVIOR}).
 */
final class CollationRenderer {

    private CollationRenderer() {
    }

    static void createCollation(CreateCollation c, List<Statement> out) {
        Hazard[] hazards = c.reason() == null ? new Hazard[0] : new Hazard[] {CHANGES_BEHAVIOR};
        List<String> sql = create(c.collation());
        out.add(stmt(sql.get(0), c, hazards));
        sql.subList(1, sql.size()).forEach(s -> out.add(stmt(s, c)));
    }

    /** The statements that create {@code c} as it is: {@code CREATE COLLATION}, then its comment. */
    static List<String> create(Collation c) {
        List<String> sql = new ArrayList<>();
        StringBuilder b = new StringBuilder("CREATE COLLATION ").append(Sql.name(c.name())).append(" (provider = ").append(c.provider());
        if (c.locale() != null) {
            b.append(", locale = ").append(Sql.literal(c.locale()));
        }
        if (c.lcCollate() != null) {
            b.append(", lc_collate = ").append(Sql.literal(c.lcCollate()));
        }
        if (c.lcCtype() != null) {
            b.append(", lc_ctype = ").append(Sql.literal(c.lcCtype()));
        }
        if (c.rules() != null) {
            b.append(", rules = ").append(Sql.literal(c.rules()));
        }
        if (!c.deterministic()) {
            b.append(", deterministic = false");
        }
        sql.add(b.append(')').toString());
        if (c.comment() != null) {
            sql.add(comment(c, c.comment()));
        }
        return sql;
    }

    static void dropCollation(DropCollation c, List<Statement> out) {
        out.add(stmt("DROP COLLATION " + Sql.name(c.collation().name()), c));
    }

    static void setCollationComment(SetCollationComment c, List<Statement> out) {
        out.add(stmt(comment(c.collation(), c.comment()), c));
    }

    /** {@code COMMENT ON COLLATION schema.name IS '…'}. */
    static String comment(Collation c, String comment) {
        return "COMMENT ON COLLATION " + Sql.name(c.name()) + " IS " + commentText(comment);
    }
}
