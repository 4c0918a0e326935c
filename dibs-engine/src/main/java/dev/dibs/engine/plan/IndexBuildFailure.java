package dev.dibs.engine.plan;

import java.sql.SQLException;
import java.util.List;

/**
 * What a failed concurrent index build ({@link TransactionMode#OUTSIDE_TRANSACTION}) leaves and what
 * to do, by what PostgreSQL said.
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
        String index = statements.get(failed).change() instanceof dev.dibs.engine.diff.SchemaChange.AddIndex a
                ? a.table().schema() + "." + a.index().name() : "the index";
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String todo = switch (state) {
            case "23505" -> "Rows already there repeat a value this unique index forbids (PostgreSQL's detail above names"
                    + " one): remove or change the duplicates, then apply again";
            case "55P03" -> "It waited longer than lock_timeout: a concurrent build waits for its SHARE UPDATE EXCLUSIVE"
                    + " lock (a VACUUM, an ANALYZE or another schema change of the table holds it against it) and for the"
                    + " transactions already running on the table to end: apply again when they are done";
            case "57014" -> "It was cancelled (statement_timeout, or a cancel request): apply again with more time";
            default -> "Apply again once what PostgreSQL says is dealt with";
        };
        String rest = builds == 0 && validations == 0 ? ""
                : "; the " + (builds == 0 ? "" : builds + " index build(s)") + (builds > 0 && validations > 0 ? " and the " : "")
                + (validations == 0 ? "" : validations + " validation(s)") + " after it did not run";
        return "The plan's transaction had committed: every statement before this one took effect. If the build had begun,"
                + " PostgreSQL left " + index + " behind INVALID: queries do not use it, yet every write keeps it up to date"
                + rest + (last ? "; the columns' SET NOT NULL, which waits for the validations, did not run" : "") + ". " + todo
                + ": the next plan drops the INVALID index and builds it again.";
    }
}
