package dev.dibs.engine.postgres;

/**
 * The PostgreSQL major the build's embedded binaries are ({@code postgres-binaries.version}, passed
 * by Surefire), so version checks follow {@code -Dpostgres-binaries.version=15.15.0}.
 */
final class EmbeddedVersion {

    static final int MAJOR = Integer.parseInt(System.getProperty("dibs.test.postgresBinaries", "17.0.0").split("\\.")[0]);

    private EmbeddedVersion() {
    }
}
