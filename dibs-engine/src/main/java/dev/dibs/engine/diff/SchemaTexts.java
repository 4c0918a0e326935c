package dev.dibs.engine.diff;

import dev.dibs.engine.model.Check;
import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.DomainCheck;
import dev.dibs.engine.model.Exclusion;
import dev.dibs.engine.model.Index;
import dev.dibs.engine.model.IndexKey;
import dev.dibs.engine.model.MaterializedView;
import dev.dibs.engine.model.Partition;
import dev.dibs.engine.model.Policy;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Routine;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.model.TableOptions;
import dev.dibs.engine.model.Trigger;
import dev.dibs.engine.model.View;
import dev.dibs.engine.model.ViewColumn;
import dev.dibs.engine.model.ViewIndex;
import dev.dibs.engine.naming.Identifiers;
import dev.dibs.engine.naming.SqlTokens;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The texts of a schema's objects that PostgreSQL prints from what it stores, rewritten by one
 * function: what a rename of a type or a function changes in them. The model holds those texts as
 * PostgreSQL printed them with {@code search_path} set to {@code pg_catalog}, where a type or function
 * of a managed schema is always qualified ({@code 5::public.rating}, {@code public.slug(name)}), so
 * {@link #renamed} finds each reference by its qualified name. Every method returns the same instance
 * when nothing changed.
 */
public final class SchemaTexts {

    private SchemaTexts() {
    }

    /**
     * {@code text} with every reference {@code from.schema . from.name} (outside string literals and
     * dollar-quoted text, not the tail of a longer name) naming {@code to} instead: only calls
     * ({@code calls}: followed by {@code (}), or only other references (a type). The same instance
     * when there is none.
     */
    public static String renamed(String text, QualifiedName from, QualifiedName to, boolean calls) {
        if (text == null || from.name().indexOf('"') < 0 && !text.contains(from.name())) {
            return text;
        }
        List<SqlTokens.Positioned> tokens = SqlTokens.tokenizeWithPositions(text);
        StringBuilder out = null;
        int copied = 0;
        for (int i = 0; i + 2 < tokens.size(); i++) {
            boolean named = is(tokens.get(i), from.schema()) && tokens.get(i + 1).token().isSymbol(".") && is(tokens.get(i + 2), from.name());
            boolean call = i + 3 < tokens.size() && tokens.get(i + 3).token().isSymbol("(");
            boolean longer = i > 0 && tokens.get(i - 1).token().isSymbol(".") || i + 3 < tokens.size() && tokens.get(i + 3).token().isSymbol(".");
            if (!named || longer || call != calls) {
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

    /** Its base type, default and checks. */
    public static Domain in(Domain d, UnaryOperator<String> f) {
        String base = f.apply(d.baseType());
        String def = f.apply(d.defaultExpression());
        List<DomainCheck> checks = map(d.checks(), k -> {
            String definition = f.apply(k.definition());
            return definition == k.definition() ? k : new DomainCheck(k.name(), definition, k.validated());
        });
        return base == d.baseType() && def == d.defaultExpression() && checks == d.checks() ? d
                : new Domain(d.name(), base, d.collation(), def, d.notNull(), checks, d.comment());
    }

    /** Its columns' defaults and generated expressions, checks, index keys and predicates, exclusions, partition key (not column types). */
    public static Table in(Table t, UnaryOperator<String> f) {
        List<Column> columns = map(t.columns(), c -> {
            String def = f.apply(c.defaultExpression());
            String generated = f.apply(c.generatedExpression());
            return def == c.defaultExpression() && generated == c.generatedExpression() ? c
                    : c.withExpressions(def, generated);
        });
        List<Check> checks = map(t.checks(), k -> {
            String expression = f.apply(k.expression());
            return expression == k.expression() ? k : k.with(k.name(), expression);
        });
        List<Index> indexes = map(t.indexes(), i -> {
            List<IndexKey> keys = map(i.keys(), k -> {
                String expression = f.apply(k.expression());
                return expression == k.expression() ? k
                        : new IndexKey(k.column(), expression, k.descending(), k.nullsFirst(), k.opclass(), k.collation());
            });
            String predicate = f.apply(i.predicate());
            return predicate == i.predicate() && keys == i.keys() ? i
                    : new Index(i.name(), keys, i.unique(), predicate, i.method(), i.include(), i.nullsNotDistinct(), i.options(), i.comment());
        });
        List<Exclusion> exclusions = map(t.exclusions(), x -> {
            String definition = f.apply(x.definition());
            return definition == x.definition() ? x : new Exclusion(x.name(), definition);
        });
        TableOptions o = t.options();
        String partitionBy = f.apply(o.partitionBy());
        List<Partition> partitions = map(o.partitions(), p -> {
            String key = f.apply(p.partitionBy());
            return key == p.partitionBy() ? p : p.withPartitionBy(key);
        });
        TableOptions options = partitionBy == o.partitionBy() && partitions == o.partitions() ? o
                : new TableOptions(o.unlogged(), o.storage(), partitionBy, partitions, o.rowSecurity(), o.forceRowSecurity(), o.inherits());
        return columns == t.columns() && checks == t.checks() && indexes == t.indexes() && exclusions == t.exclusions() && options == o ? t
                : t.withColumns(columns).withChecks(checks).withIndexes(indexes).withExclusions(exclusions).withOptions(options);
    }

    /** Its query and its columns' types; {@code functions} rewrites its list of called routines' signatures. */
    public static View in(View v, UnaryOperator<String> f, UnaryOperator<String> functions) {
        String definition = f.apply(v.definition());
        List<ViewColumn> columns = columns(v.columns(), f);
        List<String> called = map(v.functions(), functions);
        return definition == v.definition() && columns == v.columns() && called == v.functions() ? v
                : new View(v.name(), definition, columns, v.options(), v.relations(), v.uses(), v.comment(), called);
    }

    /** Its query, its columns' types and its indexes; {@code functions} rewrites its list of called routines' signatures. */
    public static MaterializedView in(MaterializedView v, UnaryOperator<String> f, UnaryOperator<String> functions) {
        String definition = f.apply(v.definition());
        List<ViewColumn> columns = columns(v.columns(), f);
        List<ViewIndex> indexes = map(v.indexes(), i -> {
            String d = f.apply(i.definition());
            return d == i.definition() ? i : new ViewIndex(i.name(), d);
        });
        List<String> called = map(v.functions(), functions);
        return definition == v.definition() && columns == v.columns() && indexes == v.indexes() && called == v.functions() ? v
                : new MaterializedView(v.name(), definition, columns, v.withData(), indexes, v.options(), v.relations(), v.uses(),
                        v.comment(), called);
    }

    /** Its definition ({@code WHEN}, {@code EXECUTE FUNCTION}); {@code functions} rewrites the signature of the function it executes. */
    public static Trigger in(Trigger t, UnaryOperator<String> f, UnaryOperator<String> functions) {
        String definition = f.apply(t.definition());
        String function = t.function() == null ? null : functions.apply(t.function());
        return definition == t.definition() && function == t.function() ? t
                : new Trigger(t.table(), t.name(), definition, function, t.enabled(), t.comment(), t.columns());
    }

    /**
     * Its signature, argument types, argument defaults, result, definition and dependencies through {@code f}, and its
     * body too when PostgreSQL parsed it ({@code BEGIN ATOMIC … END}, {@code RETURN …}): a body kept as
     * a string is text PostgreSQL never rewrites (in the definition it is dollar-quoted, a string to
     * {@code f}). Its name is left to the caller. Its dependencies are words with names as they are
     * ({@code type public.Score}, {@code routine public.f(integer)}), not SQL: {@code dependencies}
     * rewrites each.
     */
    public static Routine in(Routine r, UnaryOperator<String> f, UnaryOperator<String> dependencies) {
        String identity = f.apply(r.identityArguments());
        String types = f.apply(r.argumentTypes());
        String arguments = f.apply(r.arguments());
        String result = f.apply(r.result());
        String definition = f.apply(r.definition());
        String body = sqlStandard(r) ? f.apply(r.body()) : r.body();
        List<String> dependsOn = map(r.dependsOn(), dependencies);
        return identity == r.identityArguments() && types == r.argumentTypes() && arguments == r.arguments() && result == r.result()
                && definition == r.definition() && body == r.body() && dependsOn == r.dependsOn() ? r
                : new Routine(r.name(), identity, types, r.procedure(), arguments, result, r.language(), body, r.volatility(), r.strict(),
                        r.securityDefiner(), r.leakproof(), r.parallel(), r.cost(), r.rows(), r.config(), definition, r.comment(), dependsOn);
    }

    /** A body PostgreSQL parsed and prints ({@code BEGIN ATOMIC … END}, {@code RETURN …}), not a string it keeps. */
    public static boolean sqlStandard(Routine r) {
        return "sql".equals(r.language()) && r.body() != null && (r.body().startsWith("BEGIN ATOMIC") || r.body().startsWith("RETURN "));
    }

    /** Its {@code USING} and {@code WITH CHECK} expressions. */
    public static Policy in(Policy p, UnaryOperator<String> f) {
        String using = f.apply(p.using());
        String withCheck = f.apply(p.withCheck());
        return using == p.using() && withCheck == p.withCheck() ? p
                : new Policy(p.table(), p.name(), p.permissive(), p.command(), p.roles(), using, withCheck, p.comment(), p.columns(),
                        p.relations(), p.uses());
    }

    private static List<ViewColumn> columns(List<ViewColumn> columns, UnaryOperator<String> f) {
        return map(columns, c -> {
            String type = f.apply(c.type());
            return type == c.type() ? c : new ViewColumn(c.name(), type);
        });
    }

    /** {@code f} applied to each element: the same list when it returned every element itself. */
    static <T> List<T> map(List<T> list, UnaryOperator<T> f) {
        List<T> out = null;
        for (int i = 0; i < list.size(); i++) {
            T before = list.get(i);
            T after = f.apply(before);
            if (after != before && out == null) {
                out = new ArrayList<>(list.subList(0, i));
            }
            if (out != null) {
                out.add(after);
            }
        }
        return out == null ? list : out;
    }
}
