package dev.dibs.engine.migrate;

import io.github.classgraph.ClassGraph;
import io.github.classgraph.ClassInfo;
import io.github.classgraph.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;

/**
 * Flyway Java migrations on the class path: concrete classes implementing
 * {@code org.flywaydb.core.api.migration.JavaMigration} (directly or through
 * {@code BaseJavaMigration}), found with ClassGraph without loading them. dibs never runs them: an
 * applied one (a {@code JDBC} row of Flyway's history) is fine, a pending one stops
 * {@code dibs:migrate}, and {@code dibs:check}/{@code dibs:generate} cannot replay them at all.
 */
public final class FlywayJavaMigrations {

    static final String JAVA_MIGRATION = "org.flywaydb.core.api.migration.JavaMigration";
    /** Flyway's naming of a Java migration: {@code V1_2__Add_things} is version 1.2. */
    private static final Pattern NAME = Pattern.compile("V(\\d+(?:_\\d+)*)__.*");

    private FlywayJavaMigrations() {
    }

    /**
     * The Flyway Java migrations on {@code classpath} (within {@code packages}, empty: all), as
     * migrations dibs can place: id {@code V<version>} from the class name as Flyway reads it
     * ({@code V1_2__X} is {@code V1.2}), or the class name itself when it does not follow that naming
     * (its own {@code getVersion()} decides, and dibs does not load it to ask).
     */
    public static List<DiscoveredMigration> find(List<Path> classpath, List<String> packages) {
        if (!flywayOn(classpath)) {
            return List.of(); // nothing can be a Flyway Java migration: spare the projects without Flyway a second scan
        }
        ClassGraph graph = new ClassGraph().overrideClasspath(classpath.stream().map(Path::toString).toList())
                .enableClassInfo().ignoreClassVisibility();
        if (!packages.isEmpty()) {
            graph.acceptPackages(packages.toArray(String[]::new));
        }
        List<DiscoveredMigration> out = new ArrayList<>();
        try (ScanResult scan = graph.scan()) {
            for (ClassInfo cls : scan.getClassesImplementing(JAVA_MIGRATION)) {
                if (cls.isAbstract() || cls.isInterface()) {
                    continue;
                }
                Matcher m = NAME.matcher(cls.getSimpleName());
                String id = m.matches() ? "V" + m.group(1).replace('_', '.') : cls.getName();
                out.add(new DiscoveredMigration(id, cls.getName(), true, FlywayHistory.JAVA_CHECKSUM, null,
                        "Flyway Java migration " + cls.getName()));
            }
        }
        return out.stream().sorted().toList();
    }

    /** Whether flyway-core's {@code JavaMigration} is on the class path (a folder or a jar holding it). */
    static boolean flywayOn(List<Path> classpath) {
        String entry = JAVA_MIGRATION.replace('.', '/') + ".class";
        for (Path element : classpath) {
            if (Files.isDirectory(element)) {
                if (Files.isRegularFile(element.resolve(entry))) {
                    return true;
                }
            } else if (Files.isRegularFile(element)) {
                try (ZipFile jar = new ZipFile(element.toFile())) {
                    if (jar.getEntry(entry) != null) {
                        return true;
                    }
                } catch (IOException e) {
                    // not a jar (a stray file on the class path): it holds no class either
                }
            }
        }
        return false;
    }

    /** Why {@code goal} cannot replay these migrations on a throwaway database; null when there are none. */
    public static String replayRefusal(List<DiscoveredMigration> found, String goal) {
        if (found.isEmpty()) {
            return null;
        }
        return goal + " replay every migration on a throwaway database and cannot replay Flyway Java migrations, which dibs"
                + " never runs; the class path has " + found.size() + ": "
                + String.join(", ", found.stream().map(DiscoveredMigration::className).toList())
                + ". Rewrite each as a V<version>__<description>.sql file of its version (where Flyway ran the class, dibs counts"
                + " the file as applied) and remove the class.";
    }
}
