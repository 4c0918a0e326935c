package dev.dibs.engine.ops;

import dev.dibs.engine.diff.SchemaChange.ColumnAspect;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.plan.Plan;
import java.util.ArrayList;
import java.util.List;

/**
 * Stored generated columns a plan makes plain ({@code ALTER COLUMN … DROP EXPRESSION}) on PostgreSQL
 * 14, which keeps the column's dependencies on the types, functions and operators its expression used
 * (PostgreSQL 15 removes them): a later {@code DROP} of one of them, by this plan (an enum created
 * again drops the old type) or any other, drops the column with it, silently, and no {@code ALTER
 * COLUMN … TYPE} of it works any more. dibs refuses such a statement rather than write it.
 */
public final class PlainedColumns {

    private PlainedColumns() {
    }

    /** A refusal for each such statement of {@code plan} on a server of {@code majorVersion}; none from 15 on. */
    public static List<String> refusals(Plan plan, int majorVersion) {
        List<String> out = new ArrayList<>();
        if (majorVersion >= 15) {
            return out;
        }
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.AlterColumn a && a.aspects().contains(ColumnAspect.GENERATED)
                    && a.from().generatedExpression() != null && a.to().generatedExpression() == null
                    && namesUserObjects(a.from().generatedExpression())) {
                out.add("PostgreSQL " + majorVersion + " would keep column " + Printable.escape(a.table() + "." + a.to().name())
                        + " depending on what its generation expression " + Printable.escape(a.from().generatedExpression())
                        + " uses after " + PlanBlockers.statementOf(plan, change) + ": dropping one of those types or functions"
                        + " later (an enum dibs creates again included) would drop the column with it, silently, and no ALTER"
                        + " COLUMN … TYPE of it would work (PostgreSQL 15 fixed this). So dibs does not write it. Keep the column"
                        + " generated; or drop it and add it again as a plain column, copying its values in a migration; or"
                        + " upgrade the database to PostgreSQL 15 or later.");
            }
        }
        return out;
    }

    /**
     * Whether an expression as PostgreSQL prints it (with {@code search_path} at {@code pg_catalog},
     * as dibs reads it) names a type, function or operator of its own: those are written with their
     * schema ({@code public.f(id)}, {@code 'b'::public.e}, {@code OPERATOR(public.===)}), built-ins
     * without; a generated column's expression names no other table's column.
     */
    static boolean namesUserObjects(String expression) {
        List<SqlTokens.Token> tokens = SqlTokens.tokenize(expression);
        for (int i = 0; i + 2 < tokens.size(); i++) {
            if (tokens.get(i).isName() && tokens.get(i + 1).isSymbol(".") && (i == 0 || !tokens.get(i - 1).isSymbol("."))
                    && !tokens.get(i).text().equals("pg_catalog")) {
                return true;
            }
        }
        return false;
    }
}
