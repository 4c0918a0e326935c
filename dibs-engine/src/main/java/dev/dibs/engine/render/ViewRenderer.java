package dev.dibs.engine.render;

import static dev.dibs.engine.plan.Hazard.ACQUIRES_ACCESS_EXCLUSIVE_LOCK;
import static dev.dibs.engine.plan.Hazard.CHANGES_BEHAVIOR;
import static dev.dibs.engine.plan.Hazard.INDEX_BUILD;
import static dev.dibs.engine.render.ChangeRenderer.stmt;

import dev.dibs.engine.diff.SchemaChange.AddMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.CreateMaterializedView;
import dev.dibs.engine.diff.SchemaChange.CreateView;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedView;
import dev.dibs.engine.diff.SchemaChange.DropMaterializedViewIndex;
import dev.dibs.engine.diff.SchemaChange.DropView;
import dev.dibs.engine.diff.SchemaChange.ReplaceView;
import dev.dibs.engine.diff.SchemaChange.SetMaterializedViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewComment;
import dev.dibs.engine.diff.SchemaChange.SetViewOptions;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewIndex;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * View and materialized view statements, from what PostgreSQL printed for the desired ones
 * ({@code pg_get_viewdef}, {@code pg_get_indexdef}: names already qualified and quoted by
 * PostgreSQL); the view's own name is quoted here. A new view or materialized view blocks no one;
 * replacing, altering or dropping one takes an ACCESS EXCLUSIVE lock on it and changes what every
 * session reading it sees ({@code CHANGES_BEHAVIOR}). Dropping a materialized view loses its stored
 * rows, but they are derived: creating it again {@code WITH DATA} computes them again, holding the
 * drop's lock while its query runs, as {@code REFRESH} would — so no {@code DELETES_DATA}.
 */
final class ViewRenderer {

    private ViewRenderer() {
    }

    static void createView(CreateView c, RenderContext ctx, List<Statement> out) {
        create(c.view()).forEach(sql -> out.add(stmt(sql, c)));
    }

    /** The statements that create {@code v} as it is: the view with its options, then its comment. */
    static List<String> create(View v) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE VIEW " + Sql.name(v.name()) + with(v.options()) + " AS " + query(v.definition()));
        if (v.comment() != null) {
            sql.add(comment("VIEW", v.name(), v.comment()));
        }
        return sql;
    }

    /** {@code CREATE OR REPLACE VIEW} sets the options it is given and resets the others. */
    static void replaceView(ReplaceView c, RenderContext ctx, List<Statement> out) {
        View v = c.to();
        out.add(stmt("CREATE OR REPLACE VIEW " + Sql.name(v.name()) + with(v.options()) + " AS " + query(v.definition()), c,
                CHANGES_BEHAVIOR, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    static void dropView(DropView c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP VIEW " + Sql.name(c.view().name()), c, CHANGES_BEHAVIOR, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /** {@code security_barrier}, {@code security_invoker} and {@code check_option} change what a view shows or accepts. */
    static void setViewOptions(SetViewOptions c, RenderContext ctx, List<Statement> out) {
        List<String> set = c.to().stream().filter(o -> !c.from().contains(o)).toList();
        List<String> setKeys = set.stream().map(ViewRenderer::key).toList();
        List<String> reset = c.from().stream().map(ViewRenderer::key).filter(k -> !setKeys.contains(k)).toList();
        if (!set.isEmpty()) {
            out.add(stmt("ALTER VIEW " + Sql.name(c.view()) + " SET (" + String.join(", ", set) + ")", c, CHANGES_BEHAVIOR,
                    ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        }
        if (!reset.isEmpty()) {
            out.add(stmt("ALTER VIEW " + Sql.name(c.view()) + " RESET (" + String.join(", ", reset) + ")", c, CHANGES_BEHAVIOR,
                    ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
        }
    }

    static void setViewComment(SetViewComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment("VIEW", c.view(), c.comment()), c));
    }

    static void createMaterializedView(CreateMaterializedView c, RenderContext ctx, List<Statement> out) {
        create(c.view()).forEach(sql -> out.add(stmt(sql, c)));
    }

    /** The statements that create {@code v} as declared: {@code WITH [NO] DATA}, then its indexes and comment. */
    static List<String> create(MaterializedView v) {
        List<String> sql = new ArrayList<>();
        sql.add("CREATE MATERIALIZED VIEW " + Sql.name(v.name()) + with(v.options()) + " AS " + query(v.definition())
                + (v.withData() ? " WITH DATA" : " WITH NO DATA"));
        v.indexes().forEach(i -> sql.add(i.definition()));
        if (v.comment() != null) {
            sql.add(comment("MATERIALIZED VIEW", v.name(), v.comment()));
        }
        return sql;
    }

    static void dropMaterializedView(DropMaterializedView c, RenderContext ctx, List<Statement> out) {
        out.add(stmt("DROP MATERIALIZED VIEW " + Sql.name(c.view().name()), c, CHANGES_BEHAVIOR, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    /** Builds the index over the stored rows; without CONCURRENTLY it blocks a {@code REFRESH} while it builds. */
    static void addMaterializedViewIndex(AddMaterializedViewIndex c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(c.index().definition(), c, INDEX_BUILD));
    }

    static void dropMaterializedViewIndex(DropMaterializedViewIndex c, RenderContext ctx, List<Statement> out) {
        ViewIndex i = c.index();
        out.add(stmt("DROP INDEX " + Sql.name(new QualifiedName(c.view().schema(), i.name())), c, ACQUIRES_ACCESS_EXCLUSIVE_LOCK));
    }

    static void setMaterializedViewComment(SetMaterializedViewComment c, RenderContext ctx, List<Statement> out) {
        out.add(stmt(comment("MATERIALIZED VIEW", c.view(), c.comment()), c));
    }

    /** {@code pg_get_viewdef} prints the query indented, ending with a semicolon: the statement takes it without either. */
    static String query(String definition) {
        String q = definition.strip();
        return q.endsWith(";") ? q.substring(0, q.length() - 1).stripTrailing() : q;
    }

    private static String with(List<String> options) {
        return options.isEmpty() ? "" : " WITH (" + String.join(", ", options) + ")";
    }

    private static String key(String option) {
        int eq = option.indexOf('=');
        return eq < 0 ? option : option.substring(0, eq);
    }

    private static String comment(String kind, QualifiedName name, String comment) {
        return "COMMENT ON " + kind + " " + Sql.name(name) + " IS " + ChangeRenderer.commentText(comment);
    }
}
