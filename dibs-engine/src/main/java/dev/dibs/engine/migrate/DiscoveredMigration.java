package dev.dibs.engine.migrate;

import dev.dibs.engine.model.SourceLocation;

/**
 * A migration found on the classpath: an {@code @Migration} class, or a Flyway SQL file
 * ({@code script} not null; {@code className} is then its resource path). {@code checksum} is the
 * SHA-256 of a class's source as the annotation processor recorded it (or of its class file,
 * prefixed {@code class:}, when the processor did not run), and for a SQL file Flyway's own
 * checksum, {@code flyway:<signed int>}; {@code source} is null when unknown.
 */
public record DiscoveredMigration(String id, String className, boolean transactional, String checksum,
                                  SourceLocation source, String description, FlywayScript script)
        implements Comparable<DiscoveredMigration> {

    /** An {@code @Migration} class. */
    public DiscoveredMigration(String id, String className, boolean transactional, String checksum,
                               SourceLocation source, String description) {
        this(id, className, transactional, checksum, source, description, null);
    }

    /** In {@link MigrationOrder}. */
    @Override
    public int compareTo(DiscoveredMigration other) {
        return MigrationOrder.compare(id, other.id);
    }

    /** {@code 20261125_x (com.acme.CreateUsers, com/acme/CreateUsers.java:12)}, {@code V2 (db/migration/V2__add.sql)}. */
    public String describe() {
        return id + " (" + className + (source == null ? "" : ", " + source) + ")";
    }
}
