package dev.dibs.engine.model;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A domain: a base type with an optional default, NOT NULL and named checks. {@code baseType} as
 * {@code format_type} prints it; {@code collation}, {@code defaultExpression} and {@code comment}
 * are null when absent.
 */
public record Domain(QualifiedName name, String baseType, String collation, String defaultExpression, boolean notNull,
                     List<DomainCheck> checks, String comment) {

    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = checks.stream().sorted(Comparator.comparing(DomainCheck::name)).toList();
    }
}
