package dev.dibs.engine.model;

import java.util.List;
import java.util.Objects;

/**
 * An index that does not back a constraint. {@code predicate} is null for a full index;
 * {@code method} is the access method ({@code btree}, {@code gin}, …).
 */
public record Index(
        String name,
        List<IndexKey> keys,
        boolean unique,
        String predicate,
        String method,
        List<String> include) {

    public Index {
        Objects.requireNonNull(name, "name");
        keys = List.copyOf(keys);
        include = List.copyOf(include);
        method = method == null || method.isBlank() ? "btree" : method;
    }
}
