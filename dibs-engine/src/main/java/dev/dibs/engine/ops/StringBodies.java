package dev.dibs.engine.ops;

import dev.dibs.engine.diff.ColumnSequences;
import dev.dibs.engine.diff.SchemaChange;
import dev.dibs.engine.diff.SchemaTexts;
import dev.dibs.engine.diff.SequenceCalls;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Token;
import dev.dibs.engine.plan.Plan;
import dev.dibs.engine.postgres.SqlResources;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bodies kept as strings (PL/pgSQL, SQL between quotes) that name what the plan drops or renames,
 * for {@link PlanBlockers}. PostgreSQL records no dependency on what such a body reads or calls, so
 * it drops a table, a column or a routine under it without a word, and the function fails when it
 * next runs — a trigger's function on every row it fires for. Found by name in the bodies of the
 * functions and procedures of the desired state (those the plan leaves or makes) and of the target's
 * schemas dibs does not compare (not an extension's): a table or routine
 * written with its schema, or without one where no table or routine of that name is left — or, for
 * a routine with a {@code SET search_path} of its own, where no schema of that path keeps one of
 * the name; a table
 * after {@code FROM}, {@code JOIN}, {@code INTO}, {@code UPDATE}, {@code TABLE}, {@code ONLY} or {@code TRUNCATE}; a
 * column written after its table's name ({@code orders.note}, {@code orders.note%TYPE}), and a trigger
 * function's {@code NEW.column} and {@code OLD.column} for the tables whose triggers run it. A table
 * behind an alias is followed ({@code FROM orders o … o.note}), and so is a record variable of its
 * rows ({@code r orders%ROWTYPE}, {@code FOR r IN SELECT … FROM orders … LOOP} … {@code r.note}); the
 * statement of {@code EXECUTE} of a constant string is read as the body's own, SQL built at run time
 * is not seen. Each is a
 * warning, not a refusal: the plan applies, and the body may never reach the statement.
 */
final class StringBodies {

    /** The words after which a name is a table's. */
    private static final Set<String> RELATION_KEYWORDS = Set.of("from", "join", "into", "update", "table", "only", "truncate");

    /**
     * The words that may follow a table's name in a statement without being its alias (PostgreSQL
     * takes an alias without {@code AS} only when it is no such keyword).
     */
    private static final Set<String> NOT_ALIASES = Set.of("where", "join", "on", "using", "left", "right", "inner", "full", "cross",
            "natural", "set", "group", "order", "limit", "offset", "union", "except", "intersect", "returning", "values", "select",
            "default", "window", "having", "for", "loop", "into", "then", "tablesample", "fetch", "lateral", "when", "do", "end",
            "else", "if", "strict", "with", "only", "overriding", "from", "as", "is", "and", "or", "not", "in", "by", "to");

    /** A table as a statement names it: {@code schema} is null when it is not written. */
    private record Named(String schema, String name) {
    }

    /** What the plan does to a table, column or routine the bodies may name: "drops", "renames to x". */
    private record Gone(String subject, String name, String fate) {
    }

    /**
     * A body to read: of a routine the desired state declares ({@code managed}), or of one outside the
     * compared schemas; {@code path} is its own {@code SET search_path} (null: the caller's, unknown).
     */
    private record Body(String subject, String signature, String language, String text, boolean managed, List<String> path) {
    }

    /** What is left by name: the desired state's relations and routines, qualified and bare. */
    private record Kept(Set<QualifiedName> relations, Set<String> relationNames, Set<QualifiedName> routines, Set<String> routineNames) {
    }

    private StringBodies() {
    }

    /**
     * The warnings for the bodies of the desired state's routines and, when the plan drops or renames
     * something, of the routines outside the compared schemas ({@code schemas}) on the target, found
     * with one catalog query ({@code string-bodies.sql}) that returns only bodies holding one of the
     * names. A failed query is a doubt of its own.
     */
    static void find(CatalogSession session, Plan plan, Schema desired, List<String> schemas, List<String> doubts) {
        Taken gone = gone(plan, desired);
        if (gone.isEmpty()) {
            return;
        }
        List<Body> bodies = new ArrayList<>();
        for (Routine r : desired.routines()) {
            boolean string = "plpgsql".equals(r.language()) || "sql".equals(r.language()) && !SchemaTexts.sqlStandard(r);
            if (string && r.body() != null) {
                bodies.add(new Body(kind(r) + " " + r.signature(), r.signature(), r.language(),
                        r.body(), true, searchPath(r.config())));
            }
        }
        try (PreparedStatement ps = session.prepare(SqlResources.load(PlanBlockers.class, "string-bodies"))) {
            Connection c = ps.getConnection();
            ps.setArray(1, c.createArrayOf("text", schemas.toArray()));
            ps.setArray(2, c.createArrayOf("text", gone.words().toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String signature = new QualifiedName(rs.getString("schema_name"), rs.getString("routine_name")) + "("
                            + rs.getString("identity_arguments") + ")";
                    java.sql.Array config = rs.getArray("config");
                    bodies.add(new Body((rs.getBoolean("is_procedure") ? "procedure " : "function ") + signature, signature,
                            rs.getString("language"), rs.getString("body"), false,
                            searchPath(config == null ? List.of() : List.of((String[]) config.getArray()))));
                }
            }
        } catch (SQLException e) {
            doubts.add("dibs could not read the bodies of the functions and procedures outside the compared schemas on "
                    + session.describe() + " (" + Printable.message(e) + "): one may still name what the plan drops or renames.");
        }
        doubts.addAll(warnings(gone, desired, bodies));
    }

    /** The tables, columns and routines the plan drops or renames, as the bodies may name them. */
    private record Taken(Map<QualifiedName, Gone> tables, Map<QualifiedName, Map<String, Gone>> columns, Map<QualifiedName, Gone> routines,
                         Map<QualifiedName, Gone> sequences) {
        boolean isEmpty() {
            return tables.isEmpty() && columns.isEmpty() && routines.isEmpty() && sequences.isEmpty();
        }

        /** Every name, in lower case: a body holding none names none of them. */
        Set<String> words() {
            Set<String> words = new java.util.TreeSet<>();
            tables.values().forEach(g -> words.add(g.name().toLowerCase(java.util.Locale.ROOT)));
            columns.values().forEach(m -> m.values().forEach(g -> words.add(g.name().toLowerCase(java.util.Locale.ROOT))));
            routines.values().forEach(g -> words.add(g.name().toLowerCase(java.util.Locale.ROOT)));
            sequences.values().forEach(g -> words.add(g.name().toLowerCase(java.util.Locale.ROOT)));
            return words;
        }
    }

    private static Taken gone(Plan plan, Schema desired) {
        Map<QualifiedName, Gone> tables = new HashMap<>();
        Map<QualifiedName, Map<String, Gone>> columns = new HashMap<>(); // by the table's name in the desired state
        Map<QualifiedName, Gone> routines = new HashMap<>();
        Set<QualifiedName> desiredTables = relations(desired);
        Set<String> routineNames = new HashSet<>();
        desired.routines().forEach(r -> routineNames.add(r.name().name()));
        Map<QualifiedName, Gone> sequences = new HashMap<>();
        Set<QualifiedName> desiredSequences = new HashSet<>();
        desired.sequences().forEach(q -> desiredSequences.add(q.name()));
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.DropSequence d && !desiredSequences.contains(d.sequence().name())) {
                sequences.put(d.sequence().name(), new Gone("sequence " + d.sequence().name(), d.sequence().name().name(), "drops"));
            } else if (change instanceof SchemaChange.RenameSequence r && !desiredSequences.contains(r.from())) {
                sequences.put(r.from(), new Gone("sequence " + r.from(), r.from().name(), "renames to " + r.target()));
            }
        }
        // a serial-like column's sequence goes with its table or column, with no change of its own
        Set<QualifiedName> keptColumnSequences = new HashSet<>();
        desired.tables().forEach(t -> t.columns().forEach(c -> keptColumnSequences.add(ColumnSequences.name(t.name(), c))));
        for (SchemaChange change : plan.changes()) {
            List<Column> dropped = change instanceof SchemaChange.DropTable dt ? dt.table().columns()
                    : change instanceof SchemaChange.DropColumn dc ? List.of(dc.column()) : List.of();
            QualifiedName owner = change instanceof SchemaChange.DropTable dt ? dt.table().name()
                    : change instanceof SchemaChange.DropColumn dc ? dc.table() : null;
            for (Column c : dropped) {
                QualifiedName sequence = ColumnSequences.name(owner, c);
                if (sequence != null && !desiredSequences.contains(sequence) && !keptColumnSequences.contains(sequence)) {
                    sequences.putIfAbsent(sequence, new Gone("sequence " + sequence, sequence.name(), "drops with "
                            + (change instanceof SchemaChange.DropTable ? "table " + owner : "column " + owner + "." + c.name())));
                }
            }
        }
        for (SchemaChange change : plan.changes()) {
            if (change instanceof SchemaChange.DropTable d && !desiredTables.contains(d.table().name())) {
                tables.put(d.table().name(), new Gone("table " + d.table().name(), d.table().name().name(), "drops"));
            } else if (change instanceof SchemaChange.RenameTable r && !desiredTables.contains(r.from())) {
                tables.put(r.from(), new Gone("table " + r.from(), r.from().name(), "renames to " + new QualifiedName(r.from().schema(), r.to())));
            } else if (change instanceof SchemaChange.DropColumn d && lacks(desired, d.table(), d.column().name())) {
                columns.computeIfAbsent(d.table(), k -> new HashMap<>())
                        .put(d.column().name(), new Gone("column " + d.table() + "." + d.column().name(), d.column().name(), "drops"));
            } else if (change instanceof SchemaChange.RenameColumn r && lacks(desired, r.table(), r.from())) {
                columns.computeIfAbsent(r.table(), k -> new HashMap<>())
                        .put(r.from(), new Gone("column " + r.table() + "." + r.from(), r.from(), "renames to " + r.to()));
            } else if (change instanceof SchemaChange.DropRoutine d && !routineNames.contains(d.routine().name().name())) {
                routines.put(d.routine().name(), new Gone(kind(d.routine()) + " "
                        + d.routine().name(), d.routine().name().name(), "drops"));
            } else if (change instanceof SchemaChange.RenameRoutine r && !routineNames.contains(r.routine().name().name())) {
                routines.put(r.routine().name(), new Gone(kind(r.routine()) + " "
                        + r.routine().name(), r.routine().name().name(), "renames to " + r.target()));
            }
        }
        return new Taken(tables, columns, routines, sequences);
    }

    /**
     * The schemas of a {@code search_path=…} among a routine's {@code SET} options, as PostgreSQL
     * reads the list (a quoted name may hold a comma; {@code pg_temp} left out); null when it sets
     * none, or when it names {@code "$user"}: a schema named like whichever role calls it, which dibs
     * cannot know, so the path is as unknown as the caller's.
     */
    static List<String> searchPath(List<String> config) {
        for (String option : config) {
            if (!option.startsWith("search_path=")) {
                continue;
            }
            List<String> path = new ArrayList<>();
            String value = option.substring("search_path=".length());
            int i = 0;
            while (i <= value.length()) {
                StringBuilder part = new StringBuilder();
                boolean quoted = false;
                boolean wasQuoted = false; // a quoted name is kept as written, an unquoted one folded to lower case
                for (; i < value.length() && (quoted || value.charAt(i) != ','); i++) {
                    char ch = value.charAt(i);
                    if (ch == '"' && quoted && i + 1 < value.length() && value.charAt(i + 1) == '"') {
                        part.append('"');
                        i++;
                    } else if (ch == '"') {
                        quoted = !quoted;
                        wasQuoted = true;
                    } else if (quoted || !Character.isWhitespace(ch)) { // the spaces around a name are no part of it
                        part.append(ch);
                    }
                }
                i++; // past the comma
                String schema = wasQuoted ? part.toString() : part.toString().toLowerCase(java.util.Locale.ROOT);
                if (schema.equals("$user")) {
                    return null;
                }
                if (!schema.isEmpty() && !schema.equals("pg_temp")) {
                    path.add(schema);
                }
            }
            return path;
        }
        return null;
    }

    private static List<String> warnings(Taken gone, Schema desired, List<Body> bodies) {
        Set<String> tableNames = new HashSet<>();
        relations(desired).forEach(n -> tableNames.add(n.name()));
        Set<String> schemas = new HashSet<>(desired.namespaces());
        Set<String> routineNames = new HashSet<>();
        desired.routines().forEach(r -> routineNames.add(r.name().name()));
        Set<QualifiedName> routines = new HashSet<>();
        desired.routines().forEach(r -> routines.add(r.name()));
        Kept kept = new Kept(relations(desired), tableNames, routines, routineNames);
        Map<String, List<Trigger>> triggersByFunction = new HashMap<>();
        desired.triggers().forEach(t -> triggersByFunction.computeIfAbsent(t.function(), k -> new ArrayList<>()).add(t));
        List<String> out = new ArrayList<>();
        for (Body b : bodies) {
            Set<String> named = new LinkedHashSet<>();
            List<Token> tokens = SqlTokens.tokenize(b.text());
            names(tokens, gone, kept, b.path(), schemas, named);
            for (String statement : executed(tokens)) {
                names(SqlTokens.tokenize(statement), gone, kept, b.path(), schemas, named);
            }
            for (Trigger t : triggersByFunction.getOrDefault(b.signature(), List.of())) {
                rowFields(tokens, t, gone.columns().getOrDefault(t.table(), Map.of()), named);
            }
            String kind = b.subject().substring(0, b.subject().indexOf(' '));
            for (String what : named) {
                out.add("The body of " + Printable.escape(b.subject()) + " " + what + ". PostgreSQL records no dependency on a body"
                        + " kept as a string (" + Printable.escape(b.language()) + "): the plan goes ahead, and the " + kind
                        + " fails when it reaches that name. " + (b.managed() ? "Change it in the SQL files, or keep what it names."
                        : "dibs does not manage it: change it first (by hand, or in a migration), or keep what it names."));
            }
        }
        return out;
    }

    /** The tables, views, materialized views and sequences of the desired state: a body naming one of them still finds it. */
    private static Set<QualifiedName> relations(Schema desired) {
        Set<QualifiedName> out = new HashSet<>();
        desired.tables().forEach(t -> out.add(t.name()));
        desired.views().forEach(v -> out.add(v.name()));
        desired.materializedViews().forEach(v -> out.add(v.name()));
        desired.sequences().forEach(q -> out.add(q.name()));
        return out;
    }

    /** {@code function} or {@code procedure}. */
    private static String kind(Routine r) {
        return r.procedure() ? "procedure" : "function";
    }

    private static boolean lacks(Schema desired, QualifiedName table, String column) {
        return desired.table(table).flatMap(t -> t.column(column)).isEmpty();
    }

    /**
     * A name is a table's where a table goes: after one of {@link #RELATION_KEYWORDS} (also before the
     * column list of {@code INSERT INTO t (…)}) or before {@code %ROWTYPE}; a routine's before {@code (}
     * elsewhere; and {@code x.column} is a table's column unless {@code x} is a schema.
     */
    private static void names(List<Token> tokens, Taken gone, Kept kept, List<String> path, Set<String> schemas,
                              Set<String> named) {
        boolean[] tableFollows = tableFollows(tokens);
        Map<String, List<Named>> aliases = aliases(tokens, tableFollows);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.kind() == SqlTokens.Kind.STRING) {
                relationInText(tokens, i, gone, kept, path, named);
                continue;
            }
            if (!t.isName() || i >= 2 && tokens.get(i - 1).isSymbol(".") && tokens.get(i - 2).isName()) {
                continue; // the second part of a qualified name was looked at with the first
            }
            boolean qualifier = i + 2 < tokens.size() && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName();
            int next = i + (qualifier ? 3 : 1);
            boolean relationPlace = i > 0 && tableFollows[i - 1];
            boolean rowType = next + 1 < tokens.size() && tokens.get(next).isSymbol("%") && tokens.get(next + 1).isKeyword("rowtype");
            boolean call = next < tokens.size() && tokens.get(next).isSymbol("(") && !(relationPlace && tokens.get(i - 1).isKeyword("into"));
            if (qualifier) {
                QualifiedName q = new QualifiedName(t.text(), tokens.get(i + 2).text());
                Gone g = call ? gone.routines().get(q) : gone.tables().get(q);
                if (g != null) {
                    named.add(said(call ? "calls " : "names ", g));
                }
                if (!call) {
                    // schema.table.column, or table.column where the first name is no schema
                    boolean three = i + 4 < tokens.size() && tokens.get(i + 3).isSymbol(".") && tokens.get(i + 4).isName();
                    if (three) {
                        column(gone.columns().get(q), tokens.get(i + 4).text(), named);
                    }
                    if (!schemas.contains(t.text())) {
                        List<Named> aliased = aliases.getOrDefault(t.text(), List.of());
                        for (var e : gone.columns().entrySet()) {
                            boolean table = e.getKey().name().equals(t.text());
                            boolean viaAlias = aliased.stream().anyMatch(a -> e.getKey().name().equals(a.name())
                                    && (a.schema() == null || e.getKey().schema().equals(a.schema())));
                            if (table || viaAlias) {
                                column(e.getValue(), tokens.get(i + 2).text(), named);
                            }
                        }
                    }
                }
            } else if (call) {
                unqualified(t.text(), path, kept.routines(), kept.routineNames(), gone.routines(), "calls ", named);
            } else if (relationPlace || rowType) {
                unqualified(t.text(), path, kept.relations(), kept.relationNames(), gone.tables(), "names ", named);
            }
        }
    }

    /**
     * The aliases the body gives tables: {@code FROM orders o}, {@code JOIN public.orders AS o},
     * {@code UPDATE orders o}, and each of a list ({@code FROM orders o, lines l}); and its record
     * variables, whose fields are a table's columns: {@code r orders%ROWTYPE} and the variable of
     * {@code FOR r IN SELECT * FROM orders … LOOP} (each table of that query's own FROM) or {@code SELECT
     * orders.* FROM orders …}. Taken for the whole
     * body: an alias given two tables in one function stands for both.
     */
    private static Map<String, List<Named>> aliases(List<Token> tokens, boolean[] tableFollows) {
        Map<String, List<Named>> out = new HashMap<>();
        recordVariables(tokens, tableFollows, out);
        for (int i = 1; i < tokens.size(); i++) {
            if (!tableFollows[i - 1]) {
                continue;
            }
            int at = i;
            while (at < tokens.size() && tokens.get(at).isName()) {
                boolean qualified = at + 2 < tokens.size() && tokens.get(at + 1).isSymbol(".") && tokens.get(at + 2).isName();
                Named table = qualified ? new Named(tokens.get(at).text(), tokens.get(at + 2).text()) : new Named(null, tokens.get(at).text());
                int next = at + (qualified ? 3 : 1);
                if (next < tokens.size() && tokens.get(next).isSymbol("(")) {
                    break; // a function's rows, or INSERT's column list
                }
                if (next + 1 < tokens.size() && tokens.get(next).isKeyword("as") && tokens.get(next + 1).isName()) {
                    next++;
                }
                Token alias = next < tokens.size() ? tokens.get(next) : null;
                if (alias != null && (alias.kind() == SqlTokens.Kind.QUOTED_IDENTIFIER
                        || alias.kind() == SqlTokens.Kind.IDENTIFIER && !NOT_ALIASES.contains(alias.text()))) {
                    out.computeIfAbsent(alias.text(), k -> new ArrayList<>()).add(table);
                    next++;
                }
                if (next + 1 < tokens.size() && tokens.get(next).isSymbol(",")) {
                    at = next + 1; // the next table of a FROM list
                } else {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * The statements a PL/pgSQL body runs as a constant string ({@code EXECUTE 'SELECT count(*) FROM legacy'},
     * dollar-quoted too): read as the body's own statements. A string built at run time is not known.
     */
    private static List<String> executed(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            Token next = tokens.get(i + 1);
            if (!tokens.get(i).isKeyword("execute") || next.kind() != SqlTokens.Kind.STRING) {
                continue;
            }
            String literal = next.text();
            if (literal.startsWith("'") && literal.endsWith("'") && literal.length() >= 2) {
                out.add(literal.substring(1, literal.length() - 1).replace("''", "'"));
            } else if (literal.startsWith("$")) {
                int tag = literal.indexOf('$', 1) + 1;
                if (tag > 0 && literal.length() >= 2 * tag && literal.endsWith(literal.substring(0, tag))) {
                    out.add(literal.substring(tag, literal.length() - tag));
                }
            }
        }
        return out;
    }

    /** {@code r orders%ROWTYPE} and {@code FOR r IN SELECT … FROM orders … LOOP}: the variable stands for the table's rows. */
    private static void recordVariables(List<Token> tokens, boolean[] tableFollows, Map<String, List<Named>> out) {
        for (int i = 0; i + 3 < tokens.size(); i++) {
            Token variable = tokens.get(i);
            if (!variable.isName()) {
                continue;
            }
            boolean qualified = i + 5 < tokens.size() && tokens.get(i + 2).isSymbol(".") && tokens.get(i + 3).isName();
            int end = i + (qualified ? 4 : 2);
            if (tokens.get(i + 1).isName() && end + 1 < tokens.size() && tokens.get(end).isSymbol("%")
                    && tokens.get(end + 1).isKeyword("rowtype")) {
                out.computeIfAbsent(variable.text(), k -> new ArrayList<>()).add(qualified
                        ? new Named(tokens.get(i + 1).text(), tokens.get(i + 3).text()) : new Named(null, tokens.get(i + 1).text()));
            }
            // only SELECT * (a row of the tables) or SELECT t.* (of t): a list of expressions gives fields of its own names
            boolean star = i + 4 < tokens.size() && tokens.get(i + 3).isSymbol("*") && tokens.get(i + 4).isKeyword("from");
            boolean tableStar = i + 6 < tokens.size() && tokens.get(i + 3).isName() && tokens.get(i + 4).isSymbol(".")
                    && tokens.get(i + 5).isSymbol("*") && tokens.get(i + 6).isKeyword("from");
            if (i > 0 && tokens.get(i - 1).isKeyword("for") && tokens.get(i + 1).isKeyword("in") && tokens.get(i + 2).isKeyword("select")
                    && (star || tableStar)) {
                int depth = 0; // the tables of the query itself, not of a subquery in it
                for (int j = i + 3; j < tokens.size() && !(depth == 0 && tokens.get(j).isKeyword("loop")); j++) {
                    depth += tokens.get(j).isSymbol("(") ? 1 : tokens.get(j).isSymbol(")") ? -1 : 0;
                    if (depth == 0 && tableFollows[j - 1] && tokens.get(j).isName()
                            && (star || tokens.get(j).text().equals(tokens.get(i + 3).text()))) {
                        boolean q = j + 2 < tokens.size() && tokens.get(j + 1).isSymbol(".") && tokens.get(j + 2).isName();
                        out.computeIfAbsent(variable.text(), k -> new ArrayList<>()).add(q
                                ? new Named(tokens.get(j).text(), tokens.get(j + 2).text()) : new Named(null, tokens.get(j).text()));
                    }
                }
            }
        }
    }

    /** The functions whose arguments PostgreSQL writes with {@code FROM} ({@code EXTRACT(YEAR FROM d)}, {@code substring(s FROM 2)}). */
    private static final Set<String> FROM_ARGUMENTS = Set.of("extract", "substring", "trim", "overlay");

    /**
     * Which tokens are one of {@link #RELATION_KEYWORDS} that a table follows: not the {@code FROM} of
     * {@code IS [NOT] DISTINCT FROM}, nor one inside the parentheses of {@link #FROM_ARGUMENTS}.
     */
    private static boolean[] tableFollows(List<Token> tokens) {
        boolean[] out = new boolean[tokens.size()];
        java.util.ArrayDeque<String> opened = new java.util.ArrayDeque<>(); // what each open parenthesis follows
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isSymbol("(")) {
                opened.push(i > 0 && tokens.get(i - 1).kind() == SqlTokens.Kind.IDENTIFIER ? tokens.get(i - 1).text() : "");
            } else if (t.isSymbol(")")) {
                opened.poll();
            } else if (t.kind() == SqlTokens.Kind.IDENTIFIER && RELATION_KEYWORDS.contains(t.text())) {
                boolean distinct = t.isKeyword("from") && i > 0 && tokens.get(i - 1).isKeyword("distinct");
                boolean argument = t.isKeyword("from") && opened.peek() != null && FROM_ARGUMENTS.contains(opened.peek());
                out[i] = !distinct && !argument;
            }
        }
        return out;
    }

    /** The sequence functions, whose first argument names a sequence in a string. */
    private static final Set<String> SEQUENCE_FUNCTIONS = Set.of("nextval", "currval", "setval");

    /**
     * A relation named in a string: the sequence of {@code nextval('s')}, {@code currval}, {@code setval},
     * or a table or sequence cast to {@code regclass} ({@code 'public.orders'::regclass}).
     */
    private static void relationInText(List<Token> tokens, int i, Taken gone, Kept kept, List<String> path, Set<String> named) {
        String literal = tokens.get(i).text();
        boolean sequenceArgument = i >= 2 && tokens.get(i - 1).isSymbol("(") && tokens.get(i - 2).kind() == SqlTokens.Kind.IDENTIFIER
                && SEQUENCE_FUNCTIONS.contains(tokens.get(i - 2).text());
        boolean regclass = i + 2 < tokens.size() && tokens.get(i + 1).isSymbol("::") && tokens.get(i + 2).isKeyword("regclass");
        List<String> name = sequenceArgument || regclass ? SequenceCalls.relationName(literal) : null;
        if (name == null) {
            return;
        }
        List<Map<QualifiedName, Gone>> kinds = regclass ? List.of(gone.sequences(), gone.tables()) : List.of(gone.sequences());
        if (name.size() == 2) {
            QualifiedName q = new QualifiedName(name.get(0), name.get(1));
            kinds.forEach(k -> {
                if (k.containsKey(q)) {
                    named.add(said("names ", k.get(q)));
                }
            });
        } else {
            kinds.forEach(k -> unqualified(name.get(0), path, kept.relations(), kept.relationNames(), k, "names ", named));
        }
    }

    /**
     * An unqualified {@code name}: with the routine's own {@code path}, the gone object of the first
     * schema that has one of that name, said when no schema of the path keeps one (the body then
     * fails); without (the caller's search_path, unknown), every gone object of the name, said only
     * when none of that name is left anywhere.
     */
    private static void unqualified(String name, List<String> path, Set<QualifiedName> kept, Set<String> keptNames,
                                    Map<QualifiedName, Gone> gone, String verb, Set<String> named) {
        if (path == null) {
            if (!keptNames.contains(name)) {
                gone.forEach((q, g) -> {
                    if (q.name().equals(name)) {
                        named.add(said(verb, g));
                    }
                });
            }
            return;
        }
        Gone first = null;
        for (String schema : path) {
            QualifiedName q = new QualifiedName(schema, name);
            if (kept.contains(q)) {
                return; // found there once the gone one is gone (a later schema's then stands in for an earlier one)
            }
            first = first != null ? first : gone.get(q);
        }
        if (first != null) {
            named.add(said(verb, first));
        }
    }

    /** {@code NEW.column} and {@code OLD.column} in the function a trigger on a table runs. */
    private static void rowFields(List<Token> tokens, Trigger trigger, Map<String, Gone> gone, Set<String> named) {
        if (gone.isEmpty()) {
            return;
        }
        for (int i = 0; i + 2 < tokens.size(); i++) {
            Token t = tokens.get(i);
            if ((t.isKeyword("new") || t.isKeyword("old")) && tokens.get(i + 1).isSymbol(".") && tokens.get(i + 2).isName()) {
                Gone g = gone.get(tokens.get(i + 2).text());
                if (g != null) {
                    named.add("reads " + t.text().toUpperCase(java.util.Locale.ROOT) + "." + Printable.escape(tokens.get(i + 2).text())
                            + " for each row trigger " + Printable.escape(trigger.name()) + " fires for on " + Printable.escape(trigger.table().toString())
                            + ", whose column " + Printable.escape(g.name()) + " the plan " + Printable.escape(g.fate()));
                }
            }
        }
    }

    private static void column(Map<String, Gone> gone, String column, Set<String> named) {
        Gone g = gone == null ? null : gone.get(column);
        if (g != null) {
            named.add(said("names ", g));
        }
    }

    private static String said(String verb, Gone g) {
        return verb + Printable.escape(g.subject()) + ", which the plan " + Printable.escape(g.fate());
    }
}
