package dev.dibs.engine.load;

import dev.dibs.engine.load.ExpressionGuard.Place;
import dev.dibs.engine.load.KeyListParser.Key;
import dev.dibs.engine.load.TableDraft.CheckSpec;
import dev.dibs.engine.load.TableDraft.ColumnDraft;
import dev.dibs.engine.load.TableDraft.IndexSpec;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.naming.Printable;
import java.util.ArrayList;
import java.util.List;

/**
 * Every annotation text that dibs splices into SQL unquoted ({@code @Check}, {@code @Default},
 * {@code @GeneratedAs}, {@code @Index(columns, where, using)}, {@code @Column(type)}) goes through
 * the {@link ExpressionGuard} here, while the schema is loaded: a text that would end or escape
 * its statement is a problem of the class or member, and nothing of the schema reaches a server.
 * Names, labels and comments need no check: they are quoted as identifiers or literals.
 */
final class AnnotationSqlCheck {

    private final List<Problem> problems;

    AnnotationSqlCheck(List<Problem> problems) {
        this.problems = problems;
    }

    /**
     * Checks one table and returns it without the texts it refused (a problem is recorded for each),
     * so no later step reports the same text again or renders it.
     */
    TableDraft check(TableDraft t) {
        List<ColumnDraft> columns = new ArrayList<>();
        for (ColumnDraft c : t.columns()) {
            String where = t.where(c.javaMember());
            String def = c.defaultExpression();
            if (def != null && !def.isBlank() && !expression(where, "@Default", def, Place.DEFAULT)) {
                def = null;
            }
            String generated = c.generatedExpression();
            if (generated != null && !generated.isBlank() && !expression(where, "@GeneratedAs", generated, Place.EXPRESSION)) {
                generated = null;
            }
            PgType type = c.type();
            if (type != null && c.enumClass() == null && type.raw() != null) {
                String problem = ExpressionGuard.typeProblem(type.raw());
                if (problem != null) {
                    problems.add(new Problem(where, "@Column(type = \"" + shown(type.raw()) + "\") is not a type name: "
                            + problem + ".", "write only the type, as in CREATE TABLE: varchar(80), numeric(10, 2), "
                            + "timestamp with time zone, app.mood, text[]."));
                    type = null;
                }
            }
            columns.add(new ColumnDraft(c.javaMember(), c.name(), type, c.enumClass(), c.enumArray(), c.nullable(), def,
                    c.identity(), generated, c.virtual(), c.primaryKey(), c.renamedFrom(), c.comment(), c.source()));
        }
        List<CheckSpec> checks = new ArrayList<>();
        for (CheckSpec check : t.checks()) {
            if (check.expression().isBlank() || expression(t.where(null), "@Check", check.expression(), Place.EXPRESSION)) {
                checks.add(check);
            }
        }
        List<IndexSpec> indexes = new ArrayList<>();
        for (IndexSpec index : t.indexes()) {
            if (index(t.where(index.member()), index)) {
                indexes.add(index);
            }
        }
        return new TableDraft(t.javaClass(), t.name(), columns, t.primaryKeyDeclared(), indexes, t.uniques(), t.foreignKeys(),
                checks, t.renamedFrom(), t.comment(), t.source(), t.rowSecurity(), t.forceRowSecurity());
    }

    private boolean index(String where, IndexSpec index) {
        boolean ok = index.where().isBlank() || expression(where, "@Index(where = …)", index.where(), Place.EXPRESSION);
        String methodProblem = ExpressionGuard.methodProblem(index.using());
        if (!index.using().isBlank() && methodProblem != null) {
            problems.add(new Problem(where, "@Index(using = \"" + shown(index.using()) + "\") is not an access method: "
                    + methodProblem + ".", "write btree, hash, gist, spgist, gin or brin (or an extension's method)."));
            ok = false;
        }
        if (!index.columns().isBlank()) {
            ok &= expression(where, "@Index(columns = …)", index.columns(), Place.KEY_LIST) && keys(where, index.columns());
        }
        return ok;
    }

    /** Each expression key of a list that is sound as a whole: dibs renders it alone, in parentheses. */
    private boolean keys(String where, String list) {
        List<Key> keys;
        try {
            keys = KeyListParser.parseIndexKeys(list);
        } catch (IllegalArgumentException e) {
            return true; // the table assembler reports the list as unreadable
        }
        for (Key key : keys) {
            if (key.expression() && !expression(where, "@Index(columns = …)", key.text(), Place.EXPRESSION)) {
                return false;
            }
        }
        return true;
    }

    /** Records a problem unless {@code text} is one expression for {@code place}; says whether it is. */
    private boolean expression(String where, String annotation, String text, Place place) {
        String problem = ExpressionGuard.expressionProblem(text, place);
        if (problem == null) {
            return true;
        }
        String what = place == Place.KEY_LIST ? "a list of index keys" : "one SQL expression";
        problems.add(new Problem(where, annotation + " \"" + shown(text) + "\" is not " + what + ": " + problem + ".",
                place == Place.KEY_LIST ? "write keys as \"col\", \"col DESC\" or \"(expression)\", separated by commas."
                        : "write a single expression; dibs adds the surrounding SQL itself (statements, comments and "
                        + "unbalanced parentheses are refused)."));
        return false;
    }

    /** The text as written, on one line and not endless, for the message. */
    private static String shown(String text) {
        String oneLine = Printable.escape(text);
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
