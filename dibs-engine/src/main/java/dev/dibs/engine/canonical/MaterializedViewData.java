package dev.dibs.engine.canonical;

import dev.dibs.engine.inspect.Inspection;
import dev.dibs.engine.load.SqlDeclaration;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Positioned;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A declared materialized view is built {@code WITH NO DATA} in the scratch database, whatever its
 * statement says: its query may be costly or call what only the real database can answer, and the
 * scratch database has no rows to give it anyway. Whether it is declared {@code WITH DATA} (the
 * default) or {@code WITH NO DATA} is read from the statement and put into the model afterwards, for
 * the plan to create it as declared.
 */
final class MaterializedViewData {

    private MaterializedViewData() {
    }

    /** The statement of a materialized view, as built in the scratch database: its own WITH [NO] DATA replaced by WITH NO DATA. */
    static String withNoData(String sql) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int cut = dataClauseStart(tokens);
        String query = cut < 0 ? sql.stripTrailing() : sql.substring(0, tokens.get(cut).start()).stripTrailing();
        return query + " WITH NO DATA";
    }

    /** Whether the statement asks for the rows at once: {@code WITH DATA}, or no clause (PostgreSQL's default). */
    static boolean declaresData(String sql) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int cut = dataClauseStart(tokens);
        return cut < 0 || !tokens.get(cut + 1).token().isKeyword("no");
    }

    /** The inspection with each declared materialized view's WITH [NO] DATA as its statement says. */
    static Inspection asDeclared(Inspection inspection, List<SqlDeclaration> declarations, List<String> namespaces) {
        Map<QualifiedName, Boolean> declared = new HashMap<>();
        for (SqlDeclaration d : declarations) {
            if (d.kind() == SqlDeclaration.Kind.MATERIALIZED_VIEW) {
                declared.put(name(d.sql(), namespaces), declaresData(d.sql()));
            }
        }
        if (declared.isEmpty()) {
            return inspection;
        }
        List<MaterializedView> views = inspection.schema().materializedViews().stream()
                .map(v -> declared.containsKey(v.name()) ? v.withData(declared.get(v.name())) : v).toList();
        return new Inspection(inspection.schema().withMaterializedViews(views), inspection.notManaged(), inspection.serverVersionNum(),
                inspection.fingerprints(), inspection.extensions());
    }

    /** The index of the {@code WITH} of a trailing {@code WITH [NO] DATA}, or -1. */
    private static int dataClauseStart(List<Positioned> tokens) {
        int n = tokens.size();
        if (n >= 2 && tokens.get(n - 1).token().isKeyword("data")) {
            if (tokens.get(n - 2).token().isKeyword("with")) {
                return n - 2;
            }
            if (n >= 3 && tokens.get(n - 2).token().isKeyword("no") && tokens.get(n - 3).token().isKeyword("with")) {
                return n - 3;
            }
        }
        return -1;
    }

    /** The name {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS]} gives, in the first managed schema when unqualified. */
    private static QualifiedName name(String sql, List<String> namespaces) {
        List<Positioned> tokens = SqlTokens.tokenizeWithPositions(sql);
        int i = 3; // create materialized view
        if (i + 2 < tokens.size() && tokens.get(i).token().isKeyword("if")) {
            i += 3;
        }
        String first = tokens.get(i).token().text();
        if (i + 2 < tokens.size() && tokens.get(i + 1).token().isSymbol(".") && tokens.get(i + 2).token().isName()) {
            return new QualifiedName(first, tokens.get(i + 2).token().text());
        }
        return new QualifiedName(namespaces.get(0), first);
    }
}
