package dev.dibs.engine.migrate;

import dev.dibs.DibsMigration;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;

/** Loads and creates {@code @Migration} classes: the only place dibs runs a project's migration code. */
final class MigrationClasses {

    private MigrationClasses() {
    }

    /** Creates a migration class with its public no-argument constructor; a failure names the migration. */
    static DibsMigration instantiate(DiscoveredMigration m, ClassLoader loader) {
        try {
            Class<?> cls = Class.forName(m.className(), false, loader);
            Object instance = cls.getConstructor().newInstance();
            if (!(instance instanceof DibsMigration migration)) {
                throw new MigrationException("Migration " + m.describe() + " is not a dev.dibs.DibsMigration as dibs loads it"
                        + " (a second copy of dibs-api on the classpath?).");
            }
            return migration;
        } catch (ReflectiveOperationException | LinkageError e) {
            Throwable cause = e instanceof java.lang.reflect.InvocationTargetException ite ? ite.getCause() : e;
            throw new MigrationFailedException(m, 0, null, cause, "dibs could not create the migration; nothing of it ran.");
        }
    }

    /** A loader of the compiled migrations and their dependencies, over dibs-api as dibs loads it. */
    static URLClassLoader loader(List<Path> classpath) {
        URL[] urls = classpath.stream().map(p -> {
            try {
                return p.toUri().toURL();
            } catch (MalformedURLException e) {
                throw new IllegalArgumentException(p.toString(), e);
            }
        }).toArray(URL[]::new);
        return new URLClassLoader(urls, DibsMigration.class.getClassLoader());
    }
}
