package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint. {@code predicate} is null for a full index;
 * {@code method} is the access method ({@code btree}, {@code gin}, …). {@code nullsNotDistinct}
 * is PostgreSQL 15's {@code NULLS NOT DISTINCT} of a unique index; {@code options} are its
 * storage parameters ({@code WITH (fillfactor=70)}) as {@code name=value}, sorted;
 * {@code comment} is null when it has none.
 */
public record Index(
        String name,
        List<IndexKey> keys,
        boolean unique,
        String predicate,
        String method,
        List<String> include,
        boolean nullsNotDistinct,
        List<String> options,
        String comment) {

    /** An index without {@code NULLS NOT DISTINCT}, storage parameters or comment. */
    public Index(String name, List<IndexKey> keys, boolean unique, String predicate, String method, List<String> include) {
        this(name, keys, unique, predicate, method, include, false, List.of(), null);
    }

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        options = options.stream().sorted().toList();
        method = method == null || method.isBlank() ? "btree" : method;
    }

    /** The same index under another name. */
    public Index withName(String newName) {
        return new Index(newName, keys, unique, predicate, method, include, nullsNotDistinct, options, comment);
    }

    /** The same index on other keys and {@code INCLUDE} columns (after a column rename). */
    public Index withColumns(List<IndexKey> newKeys, List<String> newInclude) {
        return new Index(name, newKeys, unique, predicate, method, newInclude, nullsNotDistinct, options, comment);
    }

    /** The same index with another comment (null: none). */
    public Index withComment(String newComment) {
        return new Index(name, keys, unique, predicate, method, include, nullsNotDistinct, options, newComment);
    }

    /** Everything but the name and the comment: two indexes alike in this are the same index. */
    public boolean sameDefinition(Index other) {
        return keys.equals(other.keys) && unique == other.unique && Objects.equals(predicate, other.predicate)
                && method.equals(other.method) && include.equals(other.include) && nullsNotDistinct == other.nullsNotDistinct
                && options.equals(other.options);
    }

    /** Whether a key (by name or in an expression), an INCLUDE column or the predicate uses one of {@code columns}. */
    public boolean uses(List<String> columns) {
        return include.stream().anyMatch(columns::contains) || dev.dibs.engine.naming.ExpressionNames.reads(predicate, columns)
                || keys.stream().anyMatch(k -> k.isExpression() ? dev.dibs.engine.naming.ExpressionNames.reads(k.expression(), columns)
                : columns.contains(k.column()));
    }
}
