package dev.dibs.engine.migrate;

import dev.dibs.engine.model.SourceLocation;

/**
 * A migration class found on the classpath. {@code checksum} is the SHA-256 of its source as the
 * annotation processor recorded it (or of its class file, prefixed {@code class:}, when the
 * processor did not run); {@code source} is null when unknown.
 */
public record DiscoveredMigration(String id, String className, boolean transactional, String checksum,
                                  SourceLocation source, String description) implements Comparable<DiscoveredMigration> {

    @Override
    public int compareTo(DiscoveredMigration other) {
        return id.compareTo(other.id);
    }

    /** {@code 20261125_x (com.acme.CreateUsers, com/acme/CreateUsers.java:12)}. */
    public String describe() {
        return id + " (" + className + (source == null ? "" : ", " + source) + ")";
    }
}
