package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.load.SqlFileClassifier.Name;
import dev.dibs.engine.load.SqlFileClassifier.Verdict;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The policy statements of the SQL files: {@code CREATE POLICY … ON} a table a Java class declares
 * and {@code COMMENT ON POLICY}, accepted; row-level security itself is declared one way only, on
 * the table's class ({@code @Table(rowLevelSecurity = …)}), so {@code ALTER TABLE … ENABLE|DISABLE|
 * FORCE|NO FORCE ROW LEVEL SECURITY} in a file is refused, saying so. And the roles a policy names,
 * which the scratch database creates (without login) when its server lacks them.
 */
public final class PolicyStatements {

    /** What {@code TO} may name besides roles: no role has these names. */
    private static final Set<String> NOT_ROLES = Set.of("public", "current_user", "current_role", "session_user");

    private final List<String> namespaces;
    private final Map<QualifiedName, String> javaTables;
    private final SearchPathNames names;
    /** Whether the files declared a view of the name before: an unqualified ON finds it as PostgreSQL does. */
    private final java.util.function.Predicate<QualifiedName> declaredView;

    PolicyStatements(List<String> namespaces, Map<QualifiedName, String> javaTables,
                     java.util.function.Predicate<QualifiedName> declaredView) {
        this.namespaces = namespaces;
        this.javaTables = javaTables;
        this.names = new SearchPathNames(namespaces);
        this.declaredView = declaredView;
    }

    /** After {@code CREATE POLICY}: accepted on a table a Java class declares, refused on anything else. */
    Verdict create(SqlCursor c) {
        String policy = c.plainName();
        if (!c.accept("on")) {
            return Verdict.refuse("is a policy without ON table.", "write CREATE POLICY name ON table ….");
        }
        Name table = c.name();
        Verdict on = onJavaTable(table, "a policy");
        return on != null ? on : Verdict.accept(Kind.POLICY, policy + " on " + table);
    }

    /** After {@code COMMENT ON POLICY}. */
    Verdict comment(SqlCursor c) {
        String policy = c.plainName();
        if (!c.accept("on")) {
            return Verdict.refuse("comments on a policy without ON table.", "write COMMENT ON POLICY name ON table IS '…'.");
        }
        Name table = c.name();
        Verdict on = onJavaTable(table, "a policy's comment");
        return on != null ? on : Verdict.accept(Kind.COMMENT, "policy " + policy + " on " + table);
    }

    /** {@code ALTER TABLE name} followed by a row-level-security switch: refused, pointing to the Java attribute. */
    static Verdict rowSecurity(Name table, SqlCursor c) {
        boolean switched = c.contains("row", "level", "security");
        if (!switched) {
            return null;
        }
        return Verdict.refuse("switches row-level security of " + table + " in a SQL file, but it is declared one way "
                + "only: on the table's Java class.", "write @Table(rowLevelSecurity = RowLevelSecurity.ENABLED) (or FORCED) "
                + "on the class of " + table + ", and keep its policies (CREATE POLICY) in the SQL files.");
    }

    private Verdict onJavaTable(Name table, String what) {
        QualifiedName q = names.existing(table, x -> javaTables.containsKey(x) || declaredView.test(x));
        if (table.schema() != null && !namespaces.contains(table.schema())) {
            return Verdict.refuse("declares " + what + " on " + table + " in schema " + table.schema() + ", which dibs does "
                    + "not manage (schemas: " + String.join(", ", namespaces) + ").", "put the table in a managed schema.");
        }
        if (!javaTables.containsKey(q)) {
            return Verdict.refuse("declares " + what + " on " + q + ", which no Java class declares as a table.",
                    "declare the table with @Table, or leave the policy out: dibs manages policies of its own tables only.");
        }
        return null;
    }

    /**
     * The roles {@code CREATE POLICY} names after {@code TO} (their names as PostgreSQL folds them),
     * without {@code PUBLIC}, {@code CURRENT_USER}, {@code CURRENT_ROLE} and {@code SESSION_USER}.
     */
    public static List<String> roles(String sql) {
        List<Token> tokens = SqlTokens.tokenize(sql);
        List<String> roles = new ArrayList<>();
        int depth = 0;
        boolean inTo = false;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (depth > 0) {
                continue;
            }
            if (!inTo) {
                inTo = t.isKeyword("to");
                continue;
            }
            if (t.isKeyword("using") || t.isKeyword("with") || t.isSymbol(";")) {
                break;
            }
            if (t.isName() && !(t.kind() == SqlTokens.Kind.IDENTIFIER && NOT_ROLES.contains(t.text()))) {
                roles.add(t.text());
            }
        }
        return roles;
    }
}
