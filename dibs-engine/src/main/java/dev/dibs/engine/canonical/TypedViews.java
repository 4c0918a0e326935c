package dev.dibs.engine.canonical;

import dev.dibs.engine.load.Problem;
import dev.dibs.engine.load.TypedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The columns PostgreSQL derived for each {@code @View} record's query against the record's
 * components: every column has a component of its name and every component a column, of the type
 * the component maps to. A {@code String} takes any character type ({@code text}, {@code varchar(n)},
 * {@code char(n)}, {@code citext}) and a {@code BigDecimal} any {@code numeric(p,s)}, as JDBC reads
 * them alike; a type given with {@code @Column(type = …)} must be the column's exactly.
 * Nullability is not compared: PostgreSQL derives none for a view's columns.
 */
final class TypedViews {

    private static final Set<String> CHARACTER_TYPES = Set.of("text", "character varying", "character", "bpchar", "citext", "name");

    private TypedViews() {
    }

    /** A problem for every difference, naming the record and its component. */
    static List<Problem> check(List<TypedView> typed, Schema built) {
        List<Problem> problems = new ArrayList<>();
        for (TypedView t : typed) {
            View view = built.views().stream().filter(v -> v.name().equals(t.view())).findFirst().orElse(null);
            if (view == null) {
                problems.add(new Problem(t.javaClass(), "dibs built no view " + t.view() + " from its @View query.",
                        "report it: the query was accepted, so the view should exist."));
                continue;
            }
            Map<String, ViewColumn> columns = new LinkedHashMap<>();
            view.columns().forEach(c -> columns.put(c.name(), c));
            List<String> named = new ArrayList<>();
            for (TypedView.Component c : t.components()) {
                named.add(c.column());
                ViewColumn column = columns.get(c.column());
                String where = t.javaClass() + "." + c.javaName();
                if (column == null) {
                    problems.add(new Problem(where, "names the column " + c.column() + ", which the query of view " + t.view()
                            + " does not return (it returns " + String.join(", ", columns.keySet()) + ").",
                            "name the column in the query (… AS " + c.column() + "), or the component after one it returns"
                                    + " (@Column(name = …) where snake_case does not give it)."));
                } else if (c.type() != null && !matches(c, PgType.parse(withoutCollation(column.type())))) {
                    problems.add(new Problem(where, "is " + c.javaType() + " (" + c.type().sql() + ") but the view's column "
                            + c.column() + " is " + column.type() + ".",
                            "change the component's type, cast the column in the query (… ::" + c.type().sql()
                                    + "), or give the type with @Column(type = \"" + column.type() + "\")."));
                }
            }
            for (String column : columns.keySet()) {
                if (!named.contains(column)) {
                    problems.add(new Problem(t.javaClass(), "has no component for the column " + column + " of view " + t.view()
                            + " (" + columns.get(column).type() + ").", "add a component for it, or leave it out of the query."));
                }
            }
        }
        return problems;
    }

    /** A view column's type as views.sql gives it, without the {@code COLLATE} of a column of a collation of its own. */
    static String withoutCollation(String type) {
        int collate = type.indexOf(" COLLATE ");
        return collate < 0 ? type : type.substring(0, collate);
    }

    private static boolean matches(TypedView.Component c, PgType derived) {
        PgType wanted = c.type();
        if (wanted.equals(derived)) {
            return true;
        }
        if (c.explicit() || wanted.array() != derived.array()) {
            return false;
        }
        PgType w = wanted.array() ? wanted.element() : wanted;
        PgType d = derived.array() ? derived.element() : derived;
        return w.isBuiltin() && w.name().equals("text") && CHARACTER_TYPES.contains(d.name())
                || w.isBuiltin() && w.name().equals("numeric") && d.isBuiltin() && d.name().equals("numeric");
    }
}
