package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rename hints of the SQL files under {@code dibs/}: a line comment
 * {@code -- dibs:renamed-from old_name} right before a {@code CREATE SEQUENCE}, {@code CREATE DOMAIN},
 * {@code CREATE FUNCTION}, {@code CREATE PROCEDURE} or {@code CREATE TRIGGER} says that the object (in
 * the same schema; a trigger on the same table) was called {@code old_name} before, so that a plan
 * renames it in place ({@code ALTER SEQUENCE … RENAME TO}, keeping its value; {@code ALTER DOMAIN …
 * RENAME TO}, keeping the columns of that type; {@code ALTER FUNCTION … RENAME TO}, keeping what calls
 * it; {@code ALTER TRIGGER … RENAME TO}) where without the hint it would drop one and create the other. Like {@code @RenamedFrom} in Java, a
 * hint whose old name no longer exists does nothing, so it can stay until every database has been
 * migrated.
 *
 * <p>A comment that starts with {@code dibs:} and a word is an instruction to dibs: one it does not
 * know, a hint before another kind of statement, a hint without exactly one name, or one naming
 * another schema is a {@link Problem} at load, never ignored.
 */
public final class SqlRenames {

    static final String RENAMED_FROM = "dibs:renamed-from";
    private static final String PREFIX = "dibs:";
    private static final java.util.Set<Kind> RENAMEABLE = java.util.EnumSet.of(Kind.SEQUENCE, Kind.DOMAIN, Kind.FUNCTION, Kind.PROCEDURE,
            Kind.TRIGGER);

    /** The renames of the SQL files, by kind. */
    public record Hints(List<RenameHints.SequenceRename> sequences, List<RenameHints.TriggerRename> triggers,
                        List<RenameHints.DomainRename> domains, List<RenameHints.RoutineRename> routines) {
        public Hints {
            routines = List.copyOf(routines);
            sequences = List.copyOf(sequences);
            triggers = List.copyOf(triggers);
            domains = List.copyOf(domains);
        }
    }

    private SqlRenames() {
    }

    /**
     * The old name a statement's comments give it, or null; a problem for a hint dibs cannot take.
     *
     * @param namespaces the managed schemas, the first where an unqualified name goes
     */
    static String renamedFrom(List<String> comments, Kind kind, String sql, List<String> namespaces, String where,
                              List<Problem> problems) {
        String found = null;
        for (String comment : comments) {
            if (!isInstruction(comment)) {
                continue;
            }
            String[] parts = comment.split("\\s+", 2);
            if (!parts[0].equalsIgnoreCase(RENAMED_FROM)) {
                problems.add(new Problem(where, "the comment \"-- " + Printable.escape(comment) + "\" before the statement is no instruction dibs knows.",
                        "write \"-- " + RENAMED_FROM + " old_name\" before a CREATE SEQUENCE, DOMAIN, FUNCTION, PROCEDURE or TRIGGER whose object had another "
                                + "name, or put a space after \"dibs:\" for a plain comment."));
                continue;
            }
            if (!RENAMEABLE.contains(kind)) {
                problems.add(new Problem(where, "\"-- " + Printable.escape(comment) + "\" is before a statement that is no CREATE SEQUENCE, "
                        + "DOMAIN, FUNCTION, PROCEDURE or TRIGGER: dibs takes renames from SQL files for those kinds only.",
                        "move the hint before the statement it is about, or remove it."));
                continue;
            }
            if (kind == Kind.TRIGGER && constraintTrigger(sql)) {
                problems.add(new Problem(where, "\"-- " + Printable.escape(comment) + "\" is before a CREATE CONSTRAINT TRIGGER: PostgreSQL renames "
                        + "such a trigger but not the constraint it makes, which keeps the old name (SET CONSTRAINTS would need it).",
                        "remove the hint: the plan drops the constraint trigger and creates it under its new name."));
                continue;
            }
            Declared declared = declared(kind, sql, namespaces, Set.of());
            String what = kind.name().toLowerCase(java.util.Locale.ROOT);
            // a trigger's name has no schema: it is its table's
            QualifiedName old = parts.length < 2 ? null : name(parts[1], declared.schema(), kind != Kind.TRIGGER);
            if (old == null) {
                problems.add(new Problem(where, "\"-- " + Printable.escape(comment) + "\" does not name one " + what + ".",
                        "write the " + what + "'s old name after it: \"-- " + RENAMED_FROM + " old_name\" (quoted as in SQL where "
                                + "needed" + (kind == Kind.TRIGGER ? ", without a table: it stays on its table" : "") + ")."));
            } else if (!old.schema().equals(declared.schema())) {
                problems.add(new Problem(where, "\"-- " + Printable.escape(comment) + "\" names schema " + old.schema() + ", but " + what + " "
                        + declared.name() + " is in " + declared.schema() + ": dibs renames within a schema.",
                        "name the old " + what + " in schema " + declared.schema() + ", or remove the hint (the plan then drops the "
                                + "old " + what + " and creates the new one)."));
            } else if (found != null) {
                problems.add(new Problem(where, "two rename hints before one statement (" + Printable.escape(found) + " and " + Printable.escape(old.name()) + ").",
                        "keep the one with the " + what + "'s last name."));
            } else if (old.name().equals(declared.name().name())) {
                problems.add(new Problem(where, "\"-- " + Printable.escape(comment) + "\" names the " + what + "'s own name.",
                        "write the name it had before, or remove the hint."));
            } else {
                found = old.name();
            }
        }
        return found;
    }

    /**
     * The renames the declarations' hints give, each new name with its old one.
     *
     * @param javaTables the Java schema's tables: an unqualified {@code ON t} of a trigger is found as
     *                   PostgreSQL finds it, among them and the files' views ({@link SearchPathNames})
     */
    public static Hints of(List<SqlDeclaration> declarations, List<String> namespaces, Set<QualifiedName> javaTables) {
        Set<QualifiedName> relations = relations(declarations, namespaces, javaTables);
        List<RenameHints.SequenceRename> sequences = new ArrayList<>();
        List<RenameHints.TriggerRename> triggers = new ArrayList<>();
        List<RenameHints.DomainRename> domains = new ArrayList<>();
        List<RenameHints.RoutineRename> routines = new ArrayList<>();
        for (SqlDeclaration d : declarations) {
            if (d.renamedFrom() == null) {
                continue;
            }
            Declared declared = declared(d.kind(), d.sql(), namespaces, relations);
            if (d.kind() == Kind.SEQUENCE) {
                sequences.add(new RenameHints.SequenceRename(declared.name(), d.renamedFrom()));
            } else if (d.kind() == Kind.DOMAIN) {
                domains.add(new RenameHints.DomainRename(declared.name(), d.renamedFrom()));
            } else if (d.kind() == Kind.FUNCTION || d.kind() == Kind.PROCEDURE) {
                routines.add(new RenameHints.RoutineRename(declared.name(), d.renamedFrom()));
            } else if (d.kind() == Kind.TRIGGER) {
                triggers.add(new RenameHints.TriggerRename(declared.table(), declared.name().name(), d.renamedFrom()));
            }
        }
        return new Hints(sequences, triggers, domains, routines);
    }

    /**
     * The renames the hints of one script give, read as the SQL files' are (for a desired state
     * written as one script, as the plan cases do); a hint dibs cannot take is an
     * {@link IllegalArgumentException} that says where and why.
     */
    public static Hints inScript(String sql, List<String> namespaces) {
        List<Problem> problems = new ArrayList<>();
        List<SqlDeclaration> hinted = new ArrayList<>();
        List<SqlScript.Piece> pieces;
        try {
            SqlScript.Script script = SqlScript.read(sql);
            pieces = script.pieces();
            strays(script.strays(), line -> "line " + line, problems);
        } catch (SqlScript.Unterminated e) {
            throw new IllegalArgumentException("line " + e.line() + ": " + e.getMessage(), e);
        }
        Set<QualifiedName> tables = new HashSet<>();
        SearchPathNames names = new SearchPathNames(namespaces);
        for (SqlScript.Piece p : pieces) {
            SqlCursor c = new SqlCursor(SqlTokens.tokenize(p.sql()));
            c.accept("create");
            c.accept("or", "replace");
            if (c.accept("table") || c.accept("view") || c.accept("materialized", "view")) {
                c.accept("if", "not", "exists");
                tables.add(names.created(c.name())); // and a hint before it is refused below
            }
            Kind kind = c.accept("sequence") ? Kind.SEQUENCE
                    : c.accept("domain") ? Kind.DOMAIN
                    : c.accept("function") ? Kind.FUNCTION
                    : c.accept("procedure") ? Kind.PROCEDURE
                    : c.accept("trigger") || c.accept("constraint", "trigger") ? Kind.TRIGGER
                    : Kind.COMMENT; // any other: a hint there is refused
            String from = renamedFrom(p.comments(), kind, p.sql(), namespaces, "line " + p.line(), problems);
            if (from != null) {
                hinted.add(new SqlDeclaration(kind, "", p.sql(), "", p.line(), "", from));
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(problems.get(0).toString());
        }
        return of(hinted, namespaces, tables);
    }

    /**
     * A problem for each trigger hint on a table of {@code partitioned}: PostgreSQL 14 renames the
     * table's trigger but not its partitions' copies of it (15 does both), so such a trigger is
     * dropped and created instead.
     */
    static void partitionedTables(List<SqlDeclaration> declarations, List<String> namespaces, Set<QualifiedName> javaTables,
                                  Set<QualifiedName> partitioned, List<Problem> problems) {
        Set<QualifiedName> relations = relations(declarations, namespaces, javaTables);
        for (SqlDeclaration d : declarations) {
            QualifiedName table = d.kind() == Kind.TRIGGER ? declared(Kind.TRIGGER, d.sql(), namespaces, relations).table() : null;
            if (d.renamedFrom() != null && partitioned.contains(table)) {
                problems.add(new Problem(d.where(), "the rename hint names trigger " + Printable.escape(d.renamedFrom()) + " of partitioned table "
                        + table + ", and PostgreSQL 14 renames a partitioned table's "
                        + "trigger but not its partitions' copies of it.", "remove the hint: the plan drops the trigger and creates it "
                        + "under its new name, on the table and its partitions."));
            }
        }
    }

    private static boolean constraintTrigger(String sql) {
        SqlCursor c = new SqlCursor(SqlTokens.tokenize(sql));
        c.accept("create");
        c.accept("or", "replace");
        return c.accept("constraint");
    }

    /** A problem for each instruction among the comments that lead no statement: it would otherwise be ignored. */
    static void strays(List<SqlScript.Stray> strays, java.util.function.IntFunction<String> where, List<Problem> problems) {
        for (SqlScript.Stray stray : strays) {
            if (isInstruction(stray.comment())) {
                problems.add(new Problem(where.apply(stray.line()), "the comment \"-- " + Printable.escape(stray.comment()) + "\" is an instruction to "
                        + "dibs, but no statement starts right after it (it is inside a statement, after one on the same line, or "
                        + "after the last).", "put it on a line of its own right before the CREATE statement it is about."));
            }
        }
    }

    /** {@code dibs:} and a letter: {@code -- dibs: builds this first} (a space after the colon) stays a plain comment. */
    private static boolean isInstruction(String comment) {
        return comment.length() > PREFIX.length() && comment.regionMatches(true, 0, PREFIX, 0, PREFIX.length())
                && Character.isLetter(comment.charAt(PREFIX.length()));
    }

    /** What a declaration names: a sequence or domain (schema resolved), or a trigger and its table (the trigger in the table's schema). */
    private record Declared(QualifiedName name, QualifiedName table) {
        String schema() {
            return name.schema();
        }
    }

    /** The relations an unqualified {@code ON t} may name: the Java tables and the files' views. */
    private static Set<QualifiedName> relations(List<SqlDeclaration> declarations, List<String> namespaces, Set<QualifiedName> javaTables) {
        Set<QualifiedName> relations = new HashSet<>(javaTables);
        relations.addAll(new SearchPathNames(namespaces).views(declarations));
        return relations;
    }

    /**
     * {@code CREATE SEQUENCE [IF NOT EXISTS] name …}, {@code CREATE DOMAIN name …} or {@code CREATE [OR
     * REPLACE] [CONSTRAINT] TRIGGER name … ON table …}, the table found among {@code relations} as
     * PostgreSQL finds it.
     */
    private static Declared declared(Kind kind, String sql, List<String> namespaces, Set<QualifiedName> relations) {
        SearchPathNames names = new SearchPathNames(namespaces);
        SqlCursor c = new SqlCursor(SqlTokens.tokenize(sql));
        c.accept("create");
        c.accept("or", "replace");
        if (kind != Kind.TRIGGER) {
            c.accept(kind.name().toLowerCase(java.util.Locale.ROOT));
            c.accept("if", "not", "exists");
            return new Declared(names.created(c.name()), null);
        }
        c.accept("constraint");
        c.accept("trigger");
        String trigger = c.plainName();
        c.skipTo("on");
        QualifiedName on = names.existing(c.name(), relations::contains);
        return new Declared(new QualifiedName(on.schema(), trigger), on);
    }

    /** {@code name}, or {@code schema.name} when {@code qualified} may be, and nothing else, else null; unqualified: in {@code schema}. */
    private static QualifiedName name(String text, String schema, boolean qualified) {
        if (text.chars().filter(ch -> ch == '"').count() % 2 != 0) { // a quoted name must close: "Old Name is no name
            return null;
        }
        List<SqlTokens.Positioned> positioned = SqlTokens.tokenizeWithPositions(text);
        for (SqlTokens.Positioned p : positioned) {
            if (p.token().kind() == SqlTokens.Kind.QUOTED_IDENTIFIER
                    && (p.end() - p.start() < 2 || p.end() > text.length() || text.charAt(p.end() - 1) != '"')) {
                return null;
            }
        }
        List<SqlTokens.Token> t = positioned.stream().map(SqlTokens.Positioned::token).toList();
        if (t.size() == 1 && t.get(0).isName()) {
            return new QualifiedName(schema, t.get(0).text());
        }
        if (qualified && t.size() == 3 && t.get(0).isName() && t.get(1).isSymbol(".") && t.get(2).isName()) {
            return new QualifiedName(t.get(0).text(), t.get(2).text());
        }
        return null;
    }
}
