package dev.dibs.engine.load;

import dev.dibs.engine.model.QualifiedName;
import dev.dibs.engine.model.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * Where each table and column of a Java schema was declared: the Java class and member, and the
 * source position when the annotation processor recorded one.
 */
public record Origins(Map<QualifiedName, Origin> tables, Map<QualifiedName, Map<String, Origin>> columns) {

    /** A Java element ({@code com.acme.User} or {@code com.acme.User.email}) and its position (null when unknown). */
    public record Origin(String javaName, SourceLocation location) {
    }

    public Origins {
        tables = Map.copyOf(tables);
        columns = Map.copyOf(columns);
    }

    public Optional<Origin> table(QualifiedName table) {
        return Optional.ofNullable(tables.get(table));
    }

    public Optional<Origin> column(QualifiedName table, String column) {
        return Optional.ofNullable(columns.getOrDefault(table, Map.of()).get(column));
    }
}
