package dev.dibs.engine.diff;

import dev.dibs.engine.model.Column;
import dev.dibs.engine.model.Domain;
import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.Table;
import dev.dibs.engine.naming.Identifiers;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

/**
 * What uses a collation {@code CREATE COLLATION} made, as PostgreSQL records it (a dependency it
 * refuses to drop the collation under): a column of it, an index key of it, a domain over it, and
 * any expression, query or body naming it ({@code COLLATE public.numeric}, as PostgreSQL prints it
 * under the inspection's {@code search_path}: qualified, quoted where needed).
 */
public final class CollationUses {

    private CollationUses() {
    }

    /** Whether {@code text} names {@code collation} after {@code COLLATE}. */
    public static boolean in(String text, QualifiedName collation) {
        if (text == null) {
            return false;
        }
        String named = "COLLATE " + Identifiers.quote(collation.schema(), collation.name());
        for (int at = text.indexOf(named); at >= 0; at = text.indexOf(named, at + 1)) {
            int end = at + named.length();
            if (end == text.length() || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
                    || text.charAt(end) == '$' || text.charAt(end) == '"')) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tables' columns, index keys, checks, defaults and generated expressions, and the domains,
     * views, materialized views, policies, triggers and routines given, that use {@code collation}, in
     * words.
     */
    public static List<String> of(QualifiedName collation, Collection<Table> tables, Collection<Domain> domains,
                                  Stream<Object[]> texts) {
        List<String> users = new ArrayList<>();
        String printed = Identifiers.quote(collation.schema(), collation.name());
        for (Table t : tables) {
            for (Column c : t.columns()) {
                if (collation.equals(c.collation()) || in(c.defaultExpression(), collation) || in(c.generatedExpression(), collation)) {
                    users.add("column " + t.name() + "." + c.name());
                }
            }
            t.indexes().stream().filter(i -> in(i.predicate(), collation) || i.keys().stream()
                            .anyMatch(k -> printed.equals(k.collation()) || in(k.expression(), collation)))
                    .forEach(i -> users.add("index " + t.name().schema() + "." + i.name()));
            t.checks().stream().filter(k -> in(k.expression(), collation)).forEach(k -> users.add("check " + t.name() + "." + k.name()));
        }
        for (Domain d : domains) { // domains.sql prints a domain's collation with quote_ident, as Identifiers.quote does
            if (printed.equals(d.collation()) || in(d.defaultExpression(), collation)
                    || d.checks().stream().anyMatch(k -> in(k.definition(), collation))) {
                users.add("domain " + d.name());
            }
        }
        texts.filter(t -> in((String) t[1], collation)).map(t -> (String) t[0]).distinct().forEach(users::add);
        return users;
    }

    /** The texts of {@code schema}'s views, materialized views, policies, triggers and routines, each {@code {what, text}}. */
    public static Stream<Object[]> texts(dev.dibs.engine.model.Schema schema) {
        return texts(schema.views(), schema.materializedViews(), schema.policies(), schema.triggers(), schema.routines());
    }

    /** As {@link #texts(dev.dibs.engine.model.Schema)}, of these objects. */
    public static Stream<Object[]> texts(Collection<dev.dibs.engine.model.View> views,
                                         Collection<dev.dibs.engine.model.MaterializedView> materializedViews,
                                         Collection<dev.dibs.engine.model.Policy> policies,
                                         Collection<dev.dibs.engine.model.Trigger> triggers,
                                         Collection<dev.dibs.engine.model.Routine> routines) {
        return Stream.of(
                views.stream().map(v -> new Object[] {"view " + v.name(), v.definition()}),
                materializedViews.stream().map(v -> new Object[] {"materialized view " + v.name(), v.definition()}),
                materializedViews.stream().flatMap(v -> v.indexes().stream()
                        .map(i -> new Object[] {"index " + v.name().schema() + "." + i.name(), i.definition()})),
                policies.stream().map(p -> new Object[] {"policy " + p.table() + "." + p.name(), p.using() + " " + p.withCheck()}),
                triggers.stream().map(t -> new Object[] {"trigger " + t.table() + "." + t.name(), t.definition()}),
                routines.stream().map(r -> new Object[] {"routine " + r.signature(), r.body()})).flatMap(s -> s);
    }
}
