package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.PgType;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Schema;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a schema reads after {@code ALTER DOMAIN from RENAME TO to}. PostgreSQL holds a type by its
 * identity in columns, stored expressions (defaults, checks, index keys, view queries, trigger
 * conditions, policies) and other domains, and prints it under the new name from then on. The model
 * holds those as PostgreSQL printed them with {@code search_path} set to {@code pg_catalog}, where a
 * domain of a managed schema is always qualified ({@code public.rating}, {@code 5::public.rating}),
 * so each such qualified name, outside string literals and not called as a function, is rewritten.
 *
 * <p>A function's or procedure's text is not: a body in a procedural language names types as text,
 * which PostgreSQL does not rewrite; {@link #routinesUsing} finds those, and the rename stage refuses
 * the hint rather than plan a rename that would leave them behind.
 */
public final class DomainRenames {

    private DomainRenames() {
    }

    /** {@code text} with every qualified reference to type {@code from} naming {@code to} instead (the same instance when none). */
    public static String renamed(String text, QualifiedName from, QualifiedName to) {
        if (text == null || from.name().indexOf('"') < 0 && !text.contains(from.name())) {
            return text;
        }
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(text);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean named = is(tokens.get(i), from.schema()) && tokens.get(i + 1).token().isSymbol(".") && is(tokens.get(i + 2), from.name());
            boolean partOfLonger = i > 0 && tokens.get(i - 1).token().isSymbol(".")
                    || i + 3 < tokens.size() && (tokens.get(i + 3).token().isSymbol("(") || tokens.get(i + 3).token().isSymbol("."));
            if (!named || partOfLonger) {
                continue;
            }
            SqlTokens.Positioned name = tokens.get(i + 2);
            out = out == null ? new StringBuilder(text.length() + 8) : out;
            out.append(text, copied, name.start()).append(Identifiers.quote(to.name()));
            copied = name.end();
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    private static boolean is(SqlTokens.Positioned t, String name) {
        return t.token().isName() && t.token().text().equals(name);
    }

    /** {@code schema} after the rename: the domain itself, and everything that prints its name. */
    public static Schema renamed(Schema schema, QualifiedName from, QualifiedName to) {
        return schema
                .withDomains(schema.domains().stream().map(d -> renamedIn(d, from, to)).toList())
                .withTables(schema.tables().stream().map(t -> renamedIn(t, from, to)).toList())
                .withViews(schema.views().stream().map(v -> renamedIn(v, from, to)).toList())
                .withMaterializedViews(schema.materializedViews().stream().map(v -> renamedIn(v, from, to)).toList())
                .withTriggers(schema.triggers().stream().map(t -> renamedIn(t, from, to)).toList())
                .withPolicies(schema.policies().stream().map(p -> renamedIn(p, from, to)).toList());
    }

    /** The functions and procedures whose signature, result or body use domain {@code name} ({@link Routine#dependsOn()}). */
    public static List<String> routinesUsing(List<Routine> routines, QualifiedName name) {
        String type = "type " + name;
        return routines.stream().filter(r -> r.dependsOn().contains(type)).map(Routine::signature).toList();
    }

    /** {@code d} renamed when it is {@code from}; its base type, default and checks naming {@code from} name {@code to}. */
    public static Domain renamedIn(Domain d, QualifiedName from, QualifiedName to) {
        QualifiedName name = d.name().equals(from) ? to : d.name();
        String base = renamed(d.baseType(), from, to);
        String def = renamed(d.defaultExpression(), from, to);
        List<DomainCheck> checks = d.checks().stream().map(k -> {
            String definition = renamed(k.definition(), from, to);
            return definition == k.definition() ? k : new DomainCheck(k.name(), definition, k.validated());
        }).toList();
        boolean same = name == d.name() && base == d.baseType() && def == d.defaultExpression()
                && sameElements(checks, d.checks());
        return same ? d : new Domain(name, base, d.collation(), def, d.notNull(), checks, d.comment());
    }

    /** {@code t} with its columns of type {@code from} (or arrays of it) and its expressions naming {@code from} renamed. */
    public static Table renamedIn(Table t, QualifiedName from, QualifiedName to) {
        List<Column> columns = t.columns().stream().map(c -> {
            PgType type = typeRenamed(c.type(), from, to);
            String def = renamed(c.defaultExpression(), from, to);
            String generated = renamed(c.generatedExpression(), from, to);
            return type == c.type() && def == c.defaultExpression() && generated == c.generatedExpression() ? c
                    : new Column(c.name(), type, c.nullable(), def, c.identity(), generated, c.comment(), c.virtual(), c.sequence());
        }).toList();
        List<Check> checks = t.checks().stream().map(k -> {
            String expression = renamed(k.expression(), from, to);
            return expression == k.expression() ? k : k.with(k.name(), expression);
        }).toList();
        List<Index> indexes = t.indexes().stream().map(i -> renamedIn(i, from, to)).toList();
        List<Exclusion> exclusions = t.exclusions().stream().map(x -> {
            String definition = renamed(x.definition(), from, to);
            return definition == x.definition() ? x : new Exclusion(x.name(), definition);
        }).toList();
        if (sameElements(columns, t.columns()) && sameElements(checks, t.checks()) && sameElements(indexes, t.indexes())
                && sameElements(exclusions, t.exclusions())) {
            return t;
        }
        return t.withColumns(columns).withChecks(checks).withIndexes(indexes).withExclusions(exclusions);
    }

    private static Index renamedIn(Index i, QualifiedName from, QualifiedName to) {
        List<IndexKey> keys = i.keys().stream().map(k -> {
            String expression = renamed(k.expression(), from, to);
            return expression == k.expression() ? k
                    : new IndexKey(k.column(), expression, k.descending(), k.nullsFirst(), k.opclass(), k.collation());
        }).toList();
        String predicate = renamed(i.predicate(), from, to);
        return predicate == i.predicate() && sameElements(keys, i.keys()) ? i
                : new Index(i.name(), keys, i.unique(), predicate, i.method(), i.include(), i.nullsNotDistinct(), i.options(), i.comment());
    }

    public static View renamedIn(View v, QualifiedName from, QualifiedName to) {
        String definition = renamed(v.definition(), from, to);
        List<ViewColumn> columns = columnsRenamed(v.columns(), from, to);
        return definition == v.definition() && columns == v.columns() ? v
                : new View(v.name(), definition, columns, v.options(), v.relations(), v.uses(), v.comment(), v.functions());
    }

    public static MaterializedView renamedIn(MaterializedView v, QualifiedName from, QualifiedName to) {
        String definition = renamed(v.definition(), from, to);
        List<ViewColumn> columns = columnsRenamed(v.columns(), from, to);
        List<ViewIndex> indexes = v.indexes().stream().map(i -> {
            String d = renamed(i.definition(), from, to);
            return d == i.definition() ? i : new ViewIndex(i.name(), d);
        }).toList();
        return definition == v.definition() && columns == v.columns() && sameElements(indexes, v.indexes()) ? v
                : new MaterializedView(v.name(), definition, columns, v.withData(), indexes, v.options(), v.relations(), v.uses(),
                        v.comment(), v.functions());
    }

    /** A trigger's {@code WHEN} condition may cast to the domain. */
    public static Trigger renamedIn(Trigger t, QualifiedName from, QualifiedName to) {
        String definition = renamed(t.definition(), from, to);
        return definition == t.definition() ? t : t.withTable(t.table(), definition);
    }

    public static Policy renamedIn(Policy p, QualifiedName from, QualifiedName to) {
        String using = renamed(p.using(), from, to);
        String withCheck = renamed(p.withCheck(), from, to);
        return using == p.using() && withCheck == p.withCheck() ? p
                : new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(), using, withCheck, p.comment(), p.columns(),
                        p.relations(), p.uses());
    }

    private static List<ViewColumn> columnsRenamed(List<ViewColumn> columns, QualifiedName from, QualifiedName to) {
        List<ViewColumn> out = new ArrayList<>(columns.size());
        boolean changed = false;
        for (ViewColumn c : columns) {
            String type = renamed(c.type(), from, to);
            changed |= type != c.type();
            out.add(type == c.type() ? c : new ViewColumn(c.name(), type));
        }
        return changed ? out : columns;
    }

    private static PgType typeRenamed(PgType type, QualifiedName from, QualifiedName to) {
        if (!from.schema().equals(type.schema()) || !from.name().equals(type.name())) {
            return type;
        }
        return PgType.parse(Identifiers.quote(to.schema(), to.name()) + (type.array() ? "[]" : ""));
    }

    /** Whether the two lists hold the same instances (a rewrite that changed nothing keeps each one). */
    private static <T> boolean sameElements(List<T> a, List<T> b) {
        for (int i = 0; i < a.size(); i++) {
            if (a.get(i) != b.get(i)) {
                return false;
            }
        }
        return Objects.equals(a.size(), b.size());
    }
}
