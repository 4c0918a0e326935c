package dev.dibs.engine.load;

import dev.dibs.engine.load.SqlDeclaration.Kind;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.Printable;
import dev.dibs.engine.naming.SqlTokens;
import dev.dibs.engine.naming.SqlTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Decides, before anything runs, which statements of the SQL files are declarations dibs builds in
 * its scratch database: {@code CREATE} of a function, procedure, operator, trigger, extension, sequence,
 * domain, view or materialized view (and its indexes: {@link ViewStatements}), policy on a Java table
 * ({@link PolicyStatements}), {@code COMMENT ON}
 * one of them, {@code ALTER SEQUENCE} options, a trigger's enabled state, a view's options and
 * {@code ALTER DOMAIN … ADD CONSTRAINT}. Everything else (code that runs, data changes, session
 * settings, privileges, owners, tables and enums that Java declares, kinds dibs cannot model) is a
 * {@link Problem} naming the file and line and saying why; nothing of the files is run then.
 */
final class SqlFileClassifier {

    private final List<String> namespaces;
    private final Map<QualifiedName, String> javaTables;
    private final List<Problem> problems;
    private final ViewStatements views;
    private final PolicyStatements policies;
    private boolean tenantMode;

    /**
     * @param namespaces the managed schemas (the first is where an unqualified name goes)
     * @param javaTables the Java schema's tables and the class that declares each
     */
    SqlFileClassifier(List<String> namespaces, Map<QualifiedName, String> javaTables, List<Problem> problems) {
        this.namespaces = List.copyOf(namespaces);
        this.javaTables = Map.copyOf(javaTables);
        this.problems = problems;
        this.views = new ViewStatements(this.namespaces, this.javaTables, this::managed);
        this.policies = new PolicyStatements(this.namespaces, this.javaTables, views::declared);
    }

    /**
     * Tenant mode ({@code tenantSchemas}): the first schema is the tenant's, so a name qualified with
     * another schema is refused with the way out that mode has (an unqualified name).
     */
    SqlFileClassifier inTenantMode(boolean tenant) {
        this.tenantMode = tenant;
        return this;
    }

    /** The accepted declarations of all files, in file then statement order; a problem for every other statement. */
    List<SqlDeclaration> classify(List<SqlFile> files) {
        List<SqlDeclaration> out = new ArrayList<>();
        for (SqlFile file : files) {
            List<SqlScript.Piece> pieces;
            try {
                SqlScript.Script script = SqlScript.read(file.text());
                pieces = script.pieces();
                SqlRenames.strays(script.strays(), line -> SqlDeclaration.where(file.path(), line, file.origin()), problems);
            } catch (SqlScript.Unterminated e) {
                problems.add(new Problem(SqlDeclaration.where(file.path(), e.line(), file.origin()), e.getMessage()
                        + ", so the statements after it cannot be told apart.", "close it."));
                continue;
            }
            for (SqlScript.Piece piece : pieces) {
                String where = SqlDeclaration.where(file.path(), piece.line(), file.origin());
                Verdict v = verdict(SqlTokens.tokenize(piece.sql()));
                if (v.kind() != null && DriverStatements.count(piece.sql()) != 1) {
                    v = Verdict.refuse("reads as one statement to dibs but as " + DriverStatements.count(piece.sql())
                            + " to the JDBC driver, which would send them all (a quote, comment or dollar quote the two read"
                            + " differently, such as a $ glued to a name).", "write one plain statement: put a space before a"
                            + " dollar quote, and quote unusual names with \"…\".");
                }
                if (v.kind() == null) {
                    problems.add(new Problem(where, "\"" + shown(piece.sql()) + "\" " + v.reason(), v.fix()));
                } else {
                    PrintableNames.check(problems, where, "the object", v.object(), "name it with printable characters only.");
                    String renamedFrom = SqlRenames.renamedFrom(piece.comments(), v.kind(), piece.sql(), namespaces, where,
                            problems);
                    out.add(new SqlDeclaration(v.kind(), v.object(), piece.sql(), file.path(), piece.line(), file.origin(),
                            renamedFrom));
                }
            }
        }
        return out;
    }

    /** A kind and the object (accepted), or why not and what to do instead (refused). */
    record Verdict(Kind kind, String object, String reason, String fix) {
        static Verdict accept(Kind kind, String object) {
            return new Verdict(kind, object, null, null);
        }

        static Verdict refuse(String reason, String fix) {
            return new Verdict(null, null, reason, fix);
        }
    }

    private Verdict verdict(List<Token> tokens) {
        SqlCursor c = new SqlCursor(tokens);
        String first = c.word();
        if (first == null) {
            return Verdict.refuse("is not a statement dibs can read.", ACCEPTED);
        }
        return switch (first) {
            case "create" -> create(c);
            case "comment" -> comment(c);
            case "alter" -> alter(c);
            case "do" -> Verdict.refuse("runs code: files under dibs/ declare objects, they are not scripts.",
                    "declare the objects the code would make, or put data changes in a migration.");
            case "select", "with", "values", "table", "call", "copy", "insert", "update", "delete", "merge", "truncate",
                    "execute", "prepare" -> Verdict.refuse("runs a query or changes data, which a declaration does not.",
                    "put data changes in a migration (@Migration); files under dibs/ hold declarations only.");
            case "set", "reset" -> Verdict.refuse("changes the session, which dibs sets itself when it builds the files.",
                    "leave it out; for a function, write SET in CREATE FUNCTION … SET name = value.");
            case "begin", "start", "commit", "end", "rollback", "abort", "savepoint", "release" -> Verdict.refuse(
                    "controls a transaction, which dibs runs the files in itself.", "leave it out.");
            case "grant", "revoke" -> Verdict.refuse("changes privileges, which dibs does not manage.",
                    "grant privileges outside dibs (a migration or your database administration).");
            case "drop" -> Verdict.refuse("drops an object: the files are the desired state, not steps.",
                    "delete the object's declaration; the plan drops what is no longer declared.");
            default -> Verdict.refuse("is not a declaration dibs accepts in SQL files.", ACCEPTED);
        };
    }

    private static final String ACCEPTED = "files under dibs/ hold only CREATE FUNCTION, PROCEDURE, OPERATOR, TRIGGER, EXTENSION, "
            + "COLLATION, SEQUENCE, DOMAIN, VIEW and MATERIALIZED VIEW (with its indexes), POLICY, COMMENT ON those, ALTER SEQUENCE options, "
            + "ALTER TABLE … ENABLE/DISABLE TRIGGER, ALTER DOMAIN … ADD CONSTRAINT and ALTER VIEW … SET|RESET (…).";

    private Verdict create(SqlCursor c) {
        c.accept("or", "replace");
        if (c.accept("function") || c.accept("procedure")) {
            Kind kind = c.previous().equals("function") ? Kind.FUNCTION : Kind.PROCEDURE;
            return managed(kind, c.name());
        }
        if (c.accept("constraint", "trigger") || c.accept("trigger")) {
            String trigger = c.plainName();
            if (!c.skipTo("on")) {
                return Verdict.refuse("is a trigger without ON table.", "write CREATE TRIGGER name … ON table ….");
            }
            Name table = c.name();
            Verdict onTable = managed(Kind.TRIGGER, table);
            return onTable.kind() == null ? onTable : Verdict.accept(Kind.TRIGGER, trigger + " on " + table);
        }
        String what = c.word();
        Verdict view = what == null ? null : views.create(what, c);
        if (view != null) {
            return view;
        }
        return what == null ? Verdict.refuse("is not a declaration dibs accepts in SQL files.", ACCEPTED) : create(what, c);
    }

    private Verdict create(String what, SqlCursor c) {
        switch (what) {
            case "extension":
                c.accept("if", "not", "exists");
                Name extension = c.name();
                if (tenantMode) {
                    return Verdict.refuse("creates extension " + extension + ", but an extension exists once in a database, not"
                            + " once per tenant schema.", "create it in a migration (CREATE EXTENSION IF NOT EXISTS " + extension
                            + " SCHEMA public), outside the tenants: dibs takes a database's extensions outside the tenant as given,"
                            + " and builds each tenant's objects with them.");
                }
                if (c.skipTo("schema")) {
                    Name schema = c.name();
                    if (!namespaces.contains(schema.name())) {
                        return outside("extension " + extension, schema.name());
                    }
                }
                return Verdict.accept(Kind.EXTENSION, extension.toString());
            case "sequence":
                c.accept("if", "not", "exists");
                Name sequence = c.name();
                if (c.skipTo("owned") && !c.accept("by", "none")) {
                    return Verdict.refuse("names OWNED BY in CREATE SEQUENCE, but dibs creates sequences before the "
                            + "tables (a column default may use one), so the column does not exist yet.",
                            "write the ownership as its own statement: ALTER SEQUENCE " + sequence + " OWNED BY table.column;");
                }
                return managed(Kind.SEQUENCE, sequence);
            case "domain":
                return managed(Kind.DOMAIN, c.name());
            case "collation":
                c.accept("if", "not", "exists");
                return managed(Kind.COLLATION, c.name());
            case "temp", "temporary", "unlogged", "global", "local":
                return Verdict.refuse("creates a temporary or unlogged object, which dibs does not manage.",
                        "declare tables in Java (@Table) and other objects without TEMP or UNLOGGED.");
            case "table":
                return table(c);
            case "type":
                Name type = c.name();
                boolean isEnum = c.accept("as", "enum");
                return Verdict.refuse(isEnum ? "creates an enum type, and enums are declared in Java."
                        : "creates a composite, range or base type, which dibs cannot model yet.", isEnum
                        ? "declare " + type + " as a Java enum annotated @PgEnum." : "use a domain or a table instead, or "
                        + "create the type outside the managed schemas.");
            case "schema":
                return Verdict.refuse("creates a schema: the schemas dibs manages come from its schemas parameter.",
                        "add the schema to schemas (dibs.schemas) instead.");
            case "index", "unique":
                return Verdict.refuse("creates an index, and indexes are declared in Java.",
                        "declare it with @Index on the table's class.");
            case "policy":
                return policies.create(c);
            case "operator":
                if (c.accept("class") || c.accept("family")) {
                    return Verdict.refuse("creates an operator " + c.previous() + ", which dibs cannot model.",
                            "create it outside dibs (a migration); dibs reports it as not managed.");
                }
                return operator(Kind.OPERATOR, c.operatorName());
            default:
                return Verdict.refuse("creates " + kindName(what, c) + ", which dibs cannot model.",
                        "create it outside dibs (a migration); dibs reports it as not managed.");
        }
    }

    private Verdict table(SqlCursor c) {
        c.accept("if", "not", "exists");
        Name name = c.name();
        QualifiedName qualified = new QualifiedName(name.schema() == null ? namespaces.get(0) : name.schema(), name.name());
        String declaredBy = javaTables.get(qualified);
        if (declaredBy != null) {
            return Verdict.refuse("creates the table " + qualified + ", which is declared by " + declaredBy + ".",
                    "change it there.");
        }
        if (c.skipTo("as")) {
            return Verdict.refuse("is CREATE TABLE … AS SELECT: tables are declared in Java, and a query is not a "
                    + "declaration.", "declare the table with @Table, and fill it in a migration.");
        }
        return Verdict.refuse("creates a table, and tables are declared in Java.",
                "declare " + qualified + " as a record or class annotated @Table.");
    }

    /** The words after CREATE, for a kind dibs cannot model: {@code a rule}, {@code an event trigger}. */
    private static String kindName(String first, SqlCursor c) {
        String second = c.word();
        String kind = switch (first) {
            case "event", "foreign", "text", "access", "user", "default" -> second == null ? first : first + " " + second;
            case "operator" -> second != null && (second.equals("class") || second.equals("family")) ? first + " " + second : first;
            case "trusted", "procedural" -> "language";
            default -> first;
        };
        return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private Verdict comment(SqlCursor c) {
        if (!c.accept("on")) {
            return Verdict.refuse("is not a declaration dibs accepts in SQL files.", ACCEPTED);
        }
        String kind = c.word();
        if (kind == null) {
            return Verdict.refuse("is not a declaration dibs accepts in SQL files.", ACCEPTED);
        }
        return switch (kind) {
            case "function", "procedure", "sequence", "domain", "view", "collation" -> commentOn(kind, c.name());
            case "materialized" -> c.accept("view") ? commentOn("materialized view", c.name())
                    : Verdict.refuse("is not a declaration dibs accepts in SQL files.", ACCEPTED);
            case "extension" -> Verdict.accept(Kind.COMMENT, "extension " + c.name());
            case "operator" -> c.accept("class") || c.accept("family")
                    ? Verdict.refuse("comments on an operator " + c.previous() + ", which dibs does not manage from SQL files.", ACCEPTED)
                    : commentOnOperator(c.operatorName());
            case "policy" -> policies.comment(c);
            case "trigger" -> {
                String trigger = c.plainName();
                Name table = c.accept("on") ? c.name() : new Name(null, "?");
                yield commentOn("trigger " + trigger + " on", table);
            }
            case "table", "column", "type", "index", "constraint" -> Verdict.refuse("comments on a " + kind
                    + ", and comments of tables, columns, enums, indexes and constraints are declared in Java.",
                    "write it as the Javadoc of the Java declaration (or the annotation's comment).");
            default -> Verdict.refuse("comments on a " + kind + ", which dibs does not manage from SQL files.", ACCEPTED);
        };
    }

    /** An operator of a managed schema, named by its symbol: {@code CREATE OPERATOR} or {@code COMMENT ON OPERATOR}. */
    private Verdict operator(Kind kind, Name name) {
        if (name == null) {
            return Verdict.refuse("names no operator PostgreSQL would read (its name is made of + - * / < > = ~ ! @ # % ^ & | ` ?).",
                    "write CREATE OPERATOR schema.symbol (FUNCTION = …, LEFTARG = …, RIGHTARG = …).");
        }
        return managed(kind, name);
    }

    private Verdict commentOnOperator(Name name) {
        Verdict v = operator(Kind.COMMENT, name);
        return v.kind() == null ? v : Verdict.accept(Kind.COMMENT, "operator " + name);
    }

    private Verdict commentOn(String kind, Name name) {
        Verdict v = managed(Kind.COMMENT, name);
        return v.kind() == null ? v : Verdict.accept(Kind.COMMENT, kind + " " + name);
    }

    private Verdict alter(SqlCursor c) {
        if (c.contains("owner", "to")) {
            return Verdict.refuse("changes an owner, and dibs does not manage owners.",
                    "leave it out: objects belong to the role that runs the migrations; change owners outside dibs.");
        }
        String what = c.word();
        if ("sequence".equals(what)) {
            c.accept("if", "exists");
            Name sequence = c.name();
            for (String refused : List.of("restart", "rename", "set")) {
                if (c.contains(refused)) {
                    return Verdict.refuse("uses " + refused.toUpperCase(java.util.Locale.ROOT) + ", which ALTER SEQUENCE "
                            + "in a declaration may not: a plan never resets a sequence's value, and names and schemas "
                            + "are declared in CREATE SEQUENCE.", "keep to options such as INCREMENT, MINVALUE, MAXVALUE, "
                            + "START, CACHE, CYCLE and OWNED BY.");
                }
            }
            return managed(Kind.SEQUENCE_OPTIONS, sequence);
        }
        if ("table".equals(what)) {
            c.accept("if", "exists");
            c.accept("only");
            Name table = c.name();
            Verdict rowSecurity = PolicyStatements.rowSecurity(table, c);
            if (rowSecurity != null) {
                return rowSecurity;
            }
            boolean enable = c.accept("enable");
            if (enable && !c.accept("replica")) {
                c.accept("always");
            }
            boolean state = (enable || c.accept("disable")) && c.accept("trigger");
            if (state && c.atEnd(1)) {
                Verdict v = managed(Kind.TRIGGER_STATE, table);
                return v.kind() == null ? v : Verdict.accept(Kind.TRIGGER_STATE, "triggers of " + table);
            }
            return Verdict.refuse("alters a table, and tables are declared in Java.", "change the table's Java class; "
                    + "in SQL files only ALTER TABLE … ENABLE|DISABLE [REPLICA|ALWAYS] TRIGGER name is accepted.");
        }
        if ("view".equals(what)) {
            return views.alterView(c);
        }
        if ("operator".equals(what) && !c.accept("class") && !c.accept("family")) {
            return Verdict.refuse("alters an operator: the files declare it as it should be.", "write the operator as it "
                    + "should be in CREATE OPERATOR; the plan makes the change (ALTER OPERATOR … SET where PostgreSQL can, else "
                    + "DROP and CREATE).");
        }
        if ("collation".equals(what)) {
            return Verdict.refuse("alters a collation: the files declare it as it should be.", "write the collation as it "
                    + "should be in CREATE COLLATION; the plan makes the change (PostgreSQL alters no collation's definition: "
                    + "a DROP and a CREATE, while nothing uses it).");
        }
        if ("domain".equals(what)) {
            Name domain = c.name();
            if (c.accept("add")) {
                return managed(Kind.DOMAIN_CONSTRAINT, domain);
            }
            return Verdict.refuse("alters a domain other than by ADD CONSTRAINT.", "write the domain as it should be in "
                    + "CREATE DOMAIN (and ALTER DOMAIN … ADD CONSTRAINT); the plan makes the changes.");
        }
        return Verdict.refuse("alters an existing object: the files declare objects as they should be.", ACCEPTED);
    }

    /** Accepted when the object's schema (if named) is managed. */
    Verdict managed(Kind kind, Name name) {
        if (name.schema() != null && !namespaces.contains(name.schema())) {
            return outside(kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ') + " " + name, name.schema());
        }
        return Verdict.accept(kind, name.toString());
    }

    private Verdict outside(String what, String schema) {
        if (tenantMode) {
            return Verdict.refuse("is about " + what + " in schema " + schema + ", but with tenantSchemas the SQL files are built"
                    + " in each tenant's schema (here " + namespaces.get(0) + "), as the @Table classes are.", "write the name"
                    + " unqualified, so that it lands in each tenant; an object all tenants share belongs in a database outside"
                    + " the fleet.");
        }
        return Verdict.refuse("is about " + what + " in schema " + schema + ", which dibs does not manage (schemas: "
                + String.join(", ", namespaces) + ").", "qualify it with a managed schema (an unqualified name goes to "
                + namespaces.get(0) + "), or add " + schema + " to the schemas parameter.");
    }

    /** A name as written: {@code schema.name}, quoted parts kept as they are, unquoted ones folded. */
    record Name(String schema, String name) {
        @Override
        public String toString() {
            return schema == null ? name : schema + "." + name;
        }
    }

    /** The statement start text for a message: on one line and not endless. */
    private static String shown(String sql) {
        String oneLine = Printable.escape(sql.replaceAll("\\s+", " "));
        return oneLine.length() <= 80 ? oneLine : oneLine.substring(0, 77) + "...";
    }
}
