package dev.dibs.engine.ops;

import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;

/**
 * Something a change uses that the target's catalog must have, or PostgreSQL refuses the statement:
 * a type, a collation of pg_catalog, an index access method, an operator class for a method, or a default operator class for
 * the type of an index key's column ({@code table}, {@code column}: the type is looked up in the
 * desired schema). {@code what} names the user of it for the warning: {@code index public.t_idx}.
 *
 * @param name   the type ({@code type}; null for a default class), method or operator class (without
 *               schema and parameters)
 * @param schema the operator class's schema when written qualified, else null
 */
record CatalogNeed(Kind kind, PgType type, String name, String schema, String method, QualifiedName table, String column,
                   String what) {

    enum Kind {
        TYPE("type"), ACCESS_METHOD("access method"), OPERATOR_CLASS("operator class"),
        DEFAULT_OPERATOR_CLASS("default operator class"), FUNCTION("function"), COLLATION("collation");

        /** As {@code catalog-needs.sql} names it. */
        final String sql;

        Kind(String sql) {
            this.sql = sql;
        }
    }

    static CatalogNeed type(PgType type, String what) {
        return new CatalogNeed(Kind.TYPE, type, null, null, null, null, null, what);
    }

    /** The type of a column, and its collation when it has one of its own. */
    static List<CatalogNeed> column(dev.dibs.engine.model.Column column, String what) {
        return column.collation() == null ? List.of(type(column.type(), what))
                : List.of(type(column.type(), what), new CatalogNeed(Kind.COLLATION, null, column.collation().name(), column.collation().schema(), null, null,
                        null, what));
    }

    static CatalogNeed accessMethod(String method, String what) {
        return new CatalogNeed(Kind.ACCESS_METHOD, null, method, null, null, null, null, what);
    }

    /** {@code opclass} as the model holds it: {@code gin_trgm_ops}, {@code public.gist_trgm_ops(siglen='32')}. */
    static CatalogNeed operatorClass(String opclass, String method, String what) {
        String bare = opclass.contains("(") ? opclass.substring(0, opclass.indexOf('(')) : opclass;
        int dot = bare.lastIndexOf('.');
        String schema = dot < 0 ? null : unquote(bare.substring(0, dot).strip());
        return new CatalogNeed(Kind.OPERATOR_CLASS, null, unquote(bare.substring(dot + 1).strip()), schema, method, null, null, what);
    }

    /** A function named schema-qualified in an expression: PostgreSQL prints every function outside pg_catalog so. */
    static CatalogNeed function(String schema, String name, String what) {
        return new CatalogNeed(Kind.FUNCTION, null, name, schema, null, null, null, what);
    }

    /**
     * The functions of schemas other than {@code pg_catalog} that {@code expression} calls, as
     * PostgreSQL prints them ({@code public.sourcepattern(…)}): a call of one the target lacks is
     * refused. Unqualified calls are built-in ones, or resolve through the search path; not asked.
     */
    static List<CatalogNeed> functionsIn(String expression, String what) {
        List<CatalogNeed> needs = new ArrayList<>();
        if (expression == null) {
            return needs;
        }
        List<SqlTokens.Token> t = SqlTokens.tokenize(expression);
        for (int i = 0; i + 3 < t.size(); i++) {
            if (t.get(i).isName() && t.get(i + 1).isSymbol(".") && t.get(i + 2).isName() && t.get(i + 3).isSymbol("(")
                    && (i == 0 || !t.get(i - 1).isSymbol(".") && !t.get(i - 1).isSymbol("::"))
                    && !t.get(i).text().equals("pg_catalog")) {
                needs.add(function(t.get(i).text(), t.get(i + 2).text(), what));
            }
        }
        return needs;
    }

    static CatalogNeed defaultOperatorClass(QualifiedName table, String column, String method, String what) {
        return new CatalogNeed(Kind.DEFAULT_OPERATOR_CLASS, null, null, null, method, table, column, what);
    }

    /** A name as PostgreSQL stores it: a quoted one verbatim, an unquoted one in lower case; either cut to 63 bytes. */
    private static String unquote(String name) {
        return name.length() > 1 && name.startsWith("\"") && name.endsWith("\"")
                ? dev.dibs.engine.naming.Identifiers.truncated(name.substring(1, name.length() - 1).replace("\"\"", "\""))
                : dev.dibs.engine.naming.Identifiers.fold(name);
    }
}
