package dev.dibs.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of dibs that is running, as its build recorded it (never a string kept by hand). */
public final class DibsVersion {

    private static final String VERSION = load();

    private DibsVersion() {
    }

    /** E.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = DibsVersion.class.getResourceAsStream("dibs.properties")) {
            if (in == null) {
                throw new IllegalStateException("dibs bug: dev/dibs/engine/dibs.properties is missing from the engine jar");
            }
            Properties p = new Properties();
            p.load(in);
            String version = p.getProperty("version", "");
            if (version.isBlank() || version.contains("${")) {
                throw new IllegalStateException("dibs bug: the engine was built without its version (" + version + ")");
            }
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
