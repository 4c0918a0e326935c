package dev.dibs.engine.canonical;

import dev.dibs.engine.load.PolicyStatements;
import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.SqlDeclaration;
import dev.dibs.engine.postgres.SqlResources;
import dev.dibs.engine.render.Sql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Builds the declarations of the SQL files under {@code dibs/} in the scratch database, in two
 * rounds around the Java tables: first what a table may need (extensions, sequences, domains,
 * functions, procedures), then what needs the tables (triggers, comments, ALTER SEQUENCE … OWNED BY,
 * a trigger's enabled state). Only statements the classifier accepted get here. Function bodies are
 * not checked ({@code check_function_bodies = off}, as pg_dump does), since a body may use tables
 * built later; a statement of the first round that needs a table (a SQL-standard body, a row type)
 * is tried again in the second. A statement PostgreSQL rejects is a {@link Problem} naming its file
 * and line, PostgreSQL's message and where in the statement it points.
 */
final class DeclaredObjects {

    /** SQLSTATEs of a statement that names a table or type not built yet: undefined table, object, column. */
    private static final Set<String> NEEDS_TABLES = Set.of("42P01", "42704", "42703");

    private final Connection connection;
    private final int major;
    private final String serverDescription;
    private final List<SqlDeclaration> waiting = new ArrayList<>();

    private final Connection admin;
    /** Whether a role a policy names may be created on the server: only on one thrown away after the run. */
    private final boolean mayCreateRoles;

    /**
     * @param connection the session of the scratch database's own role, which runs the declarations
     * @param admin      the superuser's session there (or the same): creates extensions and missing roles only
     */
    DeclaredObjects(Connection connection, Connection admin, int major, String serverDescription, boolean mayCreateRoles) {
        this.connection = connection;
        this.admin = admin;
        this.major = major;
        this.serverDescription = serverDescription;
        this.mayCreateRoles = mayCreateRoles;
    }

    /**
     * Prepares the session: the managed schemas exist, an unqualified name goes to the first of them
     * (then {@code public}), as in a migration, and bodies are not checked.
     */
    void prepare(List<String> namespaces) throws SQLException {
        List<String> path = new ArrayList<>(List.of(namespaces.get(0)));
        if (!path.contains("public")) {
            path.add("public");
        }
        StringBuilder sql = new StringBuilder("SET check_function_bodies = off");
        for (String namespace : namespaces) {
            sql.append(";\n").append(Sql.createSchemaIfMissing(namespace));
        }
        try (Statement s = connection.createStatement();
             PreparedStatement ps = connection.prepareStatement(SqlResources.load(DeclaredObjects.class, "set-search-path"))) {
            s.execute(sql.toString());
            ps.setString(1, String.join(", ", path.stream().map(Sql::name).toList()));
            ps.execute();
        }
    }

    /** The first round: what the tables may need. Statements that need a table wait for {@link #afterTables}. */
    List<Problem> beforeTables(List<SqlDeclaration> declarations) throws SQLException {
        return run(declarations.stream().filter(d -> d.kind().beforeTables()).toList(), true);
    }

    /**
     * Between the tables and their defaults, checks and indexes: what waited for a table (a function
     * taking its row type), which one of those may call. What still fails waits for {@link #afterTables}.
     */
    List<Problem> afterTableShells() throws SQLException {
        List<SqlDeclaration> round = new ArrayList<>(waiting);
        waiting.clear();
        return run(round, true);
    }

    /**
     * The second round: what waited, then what needs the tables; what still finds a relation, type or
     * column missing (a function whose body reads a view the files declare later) waits again, and
     * goes once another round made something, until a round makes nothing: then its failures are the problems.
     */
    List<Problem> afterTables(List<SqlDeclaration> declarations) throws SQLException {
        List<SqlDeclaration> round = new ArrayList<>(waiting);
        round.addAll(declarations.stream().filter(d -> !d.kind().beforeTables()).toList());
        while (true) {
            waiting.clear();
            List<Problem> problems = run(round, true);
            if (!problems.isEmpty() || waiting.isEmpty()) {
                return problems;
            }
            if (waiting.size() == round.size()) { // nothing was made: nothing more will be
                return run(new ArrayList<>(waiting), false);
            }
            round = new ArrayList<>(waiting);
        }
    }

    /** Each statement in a savepoint of one transaction, committed only when none failed. */
    private List<Problem> run(List<SqlDeclaration> declarations, boolean mayWait) throws SQLException {
        List<Problem> problems = new ArrayList<>();
        if (declarations.isEmpty()) {
            return problems;
        }
        connection.setAutoCommit(false);
        try (Statement s = connection.createStatement()) {
            s.setEscapeProcessing(false); // sent as written, so PostgreSQL's position points into the file
            for (SqlDeclaration d : declarations) {
                if (dev.dibs.engine.load.DriverStatements.count(d.sql()) != 1) { // classified as one: never sent as more
                    problems.add(new Problem(d.where(), "the JDBC driver would send this declaration as more than one"
                            + " statement, so dibs does not run it.", "write one plain statement."));
                    continue;
                }
                Savepoint savepoint = connection.setSavepoint();
                try {
                    if (d.kind() == SqlDeclaration.Kind.POLICY) {
                        List<String> missing = missingRoles(PolicyStatements.roles(d.sql()));
                        if (!missing.isEmpty() && !mayCreateRoles) {
                            connection.releaseSavepoint(savepoint);
                            problems.add(new Problem(d.where(), "policy " + d.object() + " names the role"
                                    + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing) + ", which " + serverDescription
                                    + " lacks; dibs creates a missing role only on a server it throws away after the run"
                                    + " (its embedded PostgreSQL, a Docker container), never on an existing one.",
                                    "create the role on that server, or let dibs build on its embedded server (checkDatabase=embedded)."));
                            continue;
                        }
                        createRoles(missing);
                    }
                    boolean extension = d.kind() == SqlDeclaration.Kind.EXTENSION
                            || d.kind() == SqlDeclaration.Kind.COMMENT && d.object().startsWith("extension ");
                    if (extension && admin != connection) {
                        // an extension's script may need a superuser, who then owns it (and alone may comment on it);
                        // the statement is one CREATE EXTENSION or COMMENT ON EXTENSION
                        createExtension(d.sql());
                    } else {
                        s.execute(d.kind() == SqlDeclaration.Kind.MATERIALIZED_VIEW ? MaterializedViewData.withNoData(d.sql()) : d.sql());
                    }
                    connection.releaseSavepoint(savepoint);
                } catch (SQLException e) {
                    connection.rollback(savepoint);
                    if (mayWait && NEEDS_TABLES.contains(e.getSQLState()) && d.kind() != SqlDeclaration.Kind.EXTENSION) {
                        waiting.add(d);
                    } else {
                        problems.add(problem(d, e));
                    }
                }
            }
            if (problems.isEmpty()) {
                connection.commit();
            } else {
                connection.rollback();
            }
        } finally {
            connection.setAutoCommit(true);
        }
        return problems;
    }

    /** The roles of {@code roles} the server lacks. */
    private List<String> missingRoles(List<String> roles) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String role : roles) {
            try (PreparedStatement ps = connection.prepareStatement(SqlResources.load(DeclaredObjects.class, "role-exists"))) {
                ps.setString(1, role);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        missing.add(role);
                    }
                }
            }
        }
        return missing;
    }

    /**
     * Creates {@code roles} without login, on a server thrown away after the run (never the target):
     * roles belong to the cluster, not to the declarations. The target must have them; PostgreSQL
     * names a missing one when the plan runs.
     */
    private void createRoles(List<String> roles) throws SQLException {
        for (String role : roles) {
            try (Statement s = admin.createStatement()) {
                s.execute(Sql.createRoleWithoutLogin(role));
            }
        }
    }

    /** Runs one {@code CREATE EXTENSION} (or comment on one) as the superuser, committed at once (the scratch database is thrown away). */
    private void createExtension(String sql) throws SQLException {
        try (Statement s = admin.createStatement()) {
            s.setEscapeProcessing(false);
            s.execute(sql);
        }
    }

    private Problem problem(SqlDeclaration d, SQLException e) throws SQLException {
        if (d.kind() == SqlDeclaration.Kind.EXTENSION && !available(d.object())) {
            return new Problem(d.where(), "the extension " + d.object() + " is not available on " + serverDescription
                    + ", where dibs builds the declarations (never on the target server).", "dibs's embedded PostgreSQL "
                    + "has the extensions shipped with PostgreSQL (contrib); an extension installed separately cannot be "
                    + "declared in the files yet: create it outside the managed schemas.");
        }
        return new Problem(d.where(), "PostgreSQL " + major + " rejects " + d.kind().name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + " " + d.object() + ": " + said(d, e), "correct the statement in the file.");
    }

    private boolean available(String extension) throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery(SqlResources.load(DeclaredObjects.class, "available-extensions"))) {
            while (rs.next()) {
                if (rs.getString(1).equals(extension)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** PostgreSQL's message, detail and hint, and the line and column of the file it points at. */
    private static String said(SqlDeclaration d, SQLException e) {
        if (!(e instanceof PSQLException p) || p.getServerErrorMessage() == null) {
            return e.getMessage();
        }
        ServerErrorMessage m = p.getServerErrorMessage();
        String text = ScratchDatabase.describe(e);
        int position = m.getPosition(); // 1-based, in characters of the statement sent
        if (position > 0 && position <= d.sql().length() + 1) {
            String before = d.sql().substring(0, position - 1);
            int line = d.line() + (int) before.chars().filter(ch -> ch == '\n').count();
            int column = position - 1 - before.lastIndexOf('\n');
            text += " (at line " + line + ", column " + column + ")";
        }
        return text;
    }
}
