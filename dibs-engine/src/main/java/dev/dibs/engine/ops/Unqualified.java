package dev.dibs.engine.ops;

import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.plan.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan's statements with the qualifier of one schema taken off, for migrations that run once per
 * tenant schema ({@code dibs:generate -Ddibs.tenantReady}): the runner pins each migration's
 * {@code search_path} to its tenant, so {@code CREATE TABLE accounts} lands in each tenant where
 * {@code CREATE TABLE public.accounts} would land in {@code public} once. Taken off where it
 * qualifies a name ({@code public.accounts}, {@code "public"."Order"}, {@code OPERATOR(public.~<<)})
 * and at the start of a {@code '…'::regclass} literal ({@code nextval('public.s'::regclass)});
 * never inside another string or a dollar-quoted body, which PostgreSQL does not parse as names
 * here: a statement still naming the schema there is listed, for review.
 */
public final class Unqualified {

    private Unqualified() {
    }

    /** The rewritten plan and the statements (one-based, as the migration's order) that still name the schema in a string or body. */
    public record Result(Plan plan, List<Integer> stillNaming) {
    }

    public static Result of(Plan plan, String schema) {
        List<Statement> statements = new ArrayList<>();
        List<Integer> still = new ArrayList<>();
        for (Statement s : plan.statements()) {
            String sql = sql(s.sql(), schema);
            if (namesInText(sql, schema)) {
                still.add(statements.size() + 1);
            }
            statements.add(new Statement(sql, s.change(), s.hazards(), s.mode(), s.target()));
        }
        return new Result(new Plan(plan.changes(), statements, plan.suggestions()), List.copyOf(still));
    }

    /** {@code sql} with {@code schema.} taken off where it qualifies a name or a regclass literal. */
    static String sql(String sql, String schema) {
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        StringBuilder out = new StringBuilder(sql.length());
        int copied = 0;
        for (int i = 0; i < tokens.size(); i++) {
            SqlTokens.Positioned t = tokens.get(i);
            if (isSchema(t.token(), schema) && i + 2 < tokens.size() && tokens.get(i + 1).token().isSymbol(".")
                    && tokens.get(i + 1).start() == t.end() && (i == 0 || !tokens.get(i - 1).token().isSymbol("."))
                    && (tokens.get(i + 2).token().isName() || operatorName(tokens, i))) {
                out.append(sql, copied, t.start());
                copied = tokens.get(i + 1).end();
            } else if (t.token().kind() == SqlTokens.Kind.STRING && i + 2 < tokens.size() && tokens.get(i + 1).token().isSymbol("::")
                    && tokens.get(i + 2).token().isKeyword("regclass")) {
                String literal = t.token().text();
                String prefix = "'" + (schema.equals(schema.toLowerCase(java.util.Locale.ROOT)) && simple(schema) ? schema
                        : "\"" + schema.replace("\"", "\"\"") + "\"").replace("'", "''") + ".";
                if (literal.startsWith(prefix)) {
                    out.append(sql, copied, t.start()).append('\'');
                    copied = t.start() + prefix.length();
                }
            }
        }
        return out.append(sql, copied, sql.length()).toString();
    }

    /** {@code OPERATOR(schema.~<<)}: the schema right after {@code OPERATOR(}, a symbol after the dot. */
    private static boolean operatorName(List<SqlTokens.Positioned> tokens, int i) {
        return i >= 2 && tokens.get(i - 1).token().isSymbol("(") && tokens.get(i - 2).token().isKeyword("operator")
                && tokens.get(i + 2).token().kind() == SqlTokens.Kind.SYMBOL;
    }

    private static boolean isSchema(SqlTokens.Token t, String schema) {
        return t.isName() && t.text().equals(schema);
    }

    private static boolean simple(String schema) {
        return schema.matches("[a-z_][a-z0-9_$]*");
    }

    /** Whether a string or body of {@code sql} still holds the schema's name followed by a dot. */
    private static boolean namesInText(String sql, String schema) {
        if (!sql.contains(schema + ".") && !sql.contains(schema + "\".")) {
            return false;
        }
        for (SqlTokens.Token t : SqlTokens.tokenize(sql)) {
            if (t.kind() == SqlTokens.Kind.STRING && (t.text().contains(schema + ".") || t.text().contains(schema + "\"."))) {
                return true;
            }
        }
        return false;
    }
}
