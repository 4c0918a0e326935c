package dev.dibs.engine.plan;

import java.sql.SQLException;
import java.util.List;

/**
 * What a failed concurrent index build ({@link TransactionMode#OUTSIDE_TRANSACTION} after the plan's
 * transaction, {@link TransactionMode#BUILT_BEFORE_TRANSACTION} before it) leaves and what to do, by
 * what PostgreSQL said.
 */
final class IndexBuildFailure {

    private IndexBuildFailure() {
    }

    static String explain(List<Statement> statements, int failed, SQLException e) {
        List<Statement> after = statements.subList(failed + 1, statements.size());
        long builds = after.stream().filter(s -> s.mode() == TransactionMode.OUTSIDE_TRANSACTION
                && s.sql().startsWith("CREATE ")).count();
        long validations = after.stream().filter(s -> s.mode() == TransactionMode.AFTER_TRANSACTION).count();
        boolean last = after.stream().anyMatch(s -> s.mode() == TransactionMode.AFTER_VALIDATIONS);
        Statement statement = statements.get(failed);
        String index = statement.change() instanceof dev.dibs.engine.diff.SchemaChange.AddIndex a
                ? a.table().schema() + "." + a.index().name() : "the index";
        String rest = builds == 0 && validations == 0 ? ""
                : "; the " + (builds == 0 ? "" : builds + " index build(s)") + (builds > 0 && validations > 0 ? " and the " : "")
                + (validations == 0 ? "" : validations + " validation(s)") + " after it did not run";
        String notRun = rest + (last ? "; the columns' SET NOT NULL, which waits for the validations, did not run" : "") + ". ";
        if (!statement.sql().startsWith("CREATE ")) { // the comment of an index built just before
            return "The plan's transaction had committed and " + index + " was built: every statement before this one took effect"
                    + notRun + "Apply again once what PostgreSQL says is dealt with: the next plan sets the comment.";
        }
        String todo = todo(e);
        return "The plan's transaction had committed: every statement before this one took effect. If the build had begun,"
                + " PostgreSQL left " + index + " behind INVALID: queries do not use it, yet writes may keep it up to date"
                + (statement.sql().startsWith("CREATE UNIQUE ") ? " and a new row repeating a value it holds may be refused" : "")
                + notRun + todo + ": the next plan drops the INVALID index and builds it again.";
    }

    /**
     * A build before the plan's transaction failed: nothing of the plan but what was committed before it
     * ran; the index it began stays INVALID under its temporary name, and the next plan drops it.
     */
    static String before(List<Statement> statements, int failed, SQLException e) {
        Statement statement = statements.get(failed);
        String kept = committedBefore(statements.subList(0, failed));
        return "Nothing of the plan's transaction ran" + (kept.isEmpty() ? "" : " (" + kept + " stay)") + ". If the build had begun,"
                + " PostgreSQL left the index it was building behind INVALID under its temporary name (" + builtName(statement)
                + "): queries do not use it, yet writes may keep it up to date"
                + (statement.sql().startsWith("CREATE UNIQUE ") ? " and a new row repeating a value it holds may be refused" : "")
                + ". " + todo(e) + ": the next plan drops the INVALID index and builds it again.";
    }

    /** What statements run before the plan's transaction committed: "the enum labels added before it", …, or "" for none. */
    static String committedBefore(List<Statement> statements) {
        boolean labels = statements.stream().anyMatch(s -> s.mode() == TransactionMode.BEFORE_TRANSACTION);
        boolean built = statements.stream().anyMatch(s -> s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION);
        boolean unique = statements.stream().anyMatch(s -> s.mode() == TransactionMode.BUILT_BEFORE_TRANSACTION
                && s.sql().startsWith("CREATE UNIQUE "));
        return (labels ? "the enum labels added before it" : "") + (labels && built ? " and " : "")
                + (built ? "the indexes built before it under a temporary name (the next plan takes them, or drops them"
                + (unique ? "; until then a unique one refuses a new row repeating a value it holds" : "") + ")" : "");
    }

    /** The schema-qualified name a {@code CREATE [UNIQUE] INDEX CONCURRENTLY name ON …} statement builds. */
    private static String builtName(Statement statement) {
        String name = dev.dibs.engine.render.Sql.builtIndexName(statement.sql());
        dev.dibs.engine.model.QualifiedName table = tableOf(statement.change());
        return table == null ? name : table.schema() + "." + name;
    }

    private static dev.dibs.engine.model.QualifiedName tableOf(dev.dibs.engine.diff.SchemaChange change) {
        return change instanceof dev.dibs.engine.diff.SchemaChange.AddIndex a ? a.table()
                : change instanceof dev.dibs.engine.diff.SchemaChange.AddUnique u ? u.table()
                : change instanceof dev.dibs.engine.diff.SchemaChange.AddPrimaryKey p ? p.table() : null;
    }

    private static String todo(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        return switch (state) {
            case "23505" -> "Rows already there repeat a value this unique index forbids (PostgreSQL's detail above names"
                    + " one): remove or change the duplicates, then apply again";
            case "55P03" -> "It waited longer than lock_timeout: a concurrent build waits for its SHARE UPDATE EXCLUSIVE"
                    + " lock (a VACUUM, an ANALYZE or another schema change of the table holds it against it), then for every"
                    + " transaction older than its own phases to end, anywhere in the database (a long-running one holds it"
                    + " up): apply again when they are done, or with a longer lockTimeout";
            case "57014" -> "It was cancelled (statement_timeout, or a cancel request): apply again with more time";
            default -> "Apply again once what PostgreSQL says is dealt with";
        };
    }
}
