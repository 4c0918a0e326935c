package dev.dibs.engine.migrate;

import dev.dibs.engine.testing.JavaSources;
import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.api.migration.JavaMigration;

/** Flyway Java migrations for tests, compiled against the real flyway-core. */
public final class FlywayFixtures {

    private FlywayFixtures() {
    }

    /**
     * Compiles one {@code BaseJavaMigration} per name (package {@code e}; each creates table
     * {@code java_<name>}) and returns the classpath to scan: the classes, dibs-api and flyway-core.
     */
    public static List<Path> javaMigrations(Path to, String... names) {
        Map<String, String> sources = new LinkedHashMap<>();
        for (String name : names) {
            sources.put("e/" + name + ".java", """
                    package e;
                    public class %s extends org.flywaydb.core.api.migration.BaseJavaMigration {
                        @Override
                        public void migrate(org.flywaydb.core.api.migration.Context context) throws Exception {
                            try (var s = context.getConnection().createStatement()) {
                                s.execute("CREATE TABLE java_%s (id int)");
                            }
                        }
                    }
                    """.formatted(name, name.toLowerCase()));
        }
        Path flywayCore;
        try {
            flywayCore = Path.of(JavaMigration.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        List<Path> cp = new ArrayList<>(JavaSources.compile(to, sources, "-classpath",
                JavaSources.dibsApi() + File.pathSeparator + flywayCore));
        cp.add(flywayCore);
        return cp;
    }
}
