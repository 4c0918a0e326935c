package dev.dibs.engine.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages are layered as each {@code package-info.java} says: a package imports only
 * those below it, so that a new object kind finds its place and no cycle creeps in. Read from the
 * sources' import lines (fully qualified names in code would slip through; none are used for engine
 * types).
 */
class PackageDependenciesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/dibs/engine");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?dev\\.dibs\\.engine\\.([a-z]+)\\.", Pattern.MULTILINE);

    /** What each package may import besides itself and the root package ({@code DibsException}, {@code DibsVersion}). */
    private static final Map<String, Set<String>> ALLOWED = Map.ofEntries(
            Map.entry("model", Set.of("naming")),
            Map.entry("naming", Set.of()),
            Map.entry("postgres", Set.of("naming")),
            Map.entry("inspect", Set.of("model", "naming", "postgres")),
            Map.entry("load", Set.of("model", "naming")),
            Map.entry("diff", Set.of("model", "naming", "load")),
            Map.entry("solve", Set.of("diff", "model", "naming")),
            Map.entry("plan", Set.of("model", "naming", "diff", "postgres")),
            Map.entry("render", Set.of("model", "naming", "diff", "load", "plan")),
            Map.entry("report", Set.of("model", "naming", "diff", "inspect", "plan")),
            Map.entry("canonical", Set.of("model", "naming", "load", "render", "inspect", "postgres")),
            Map.entry("migrate", Set.of("model", "naming", "load", "render", "postgres", "plan")),
            Map.entry("importer", Set.of("model", "naming", "inspect", "diff", "render", "load")),
            Map.entry("ops", Set.of("model", "naming", "postgres", "inspect", "load", "diff", "solve", "render", "plan",
                    "report", "canonical", "migrate", "importer")),
            Map.entry("fleet", Set.of("model", "naming", "postgres", "inspect", "load", "plan", "report", "canonical", "migrate",
                    "ops")));

    @Test
    void eachPackageImportsOnlyWhatItsLayerAllows() throws IOException {
        List<String> violations = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertThat(ALLOWED.keySet()).as("every engine package has a layer here and a package-info.java saying it")
                .containsExactlyInAnyOrderElementsOf(packages);
        for (String pkg : packages) {
            assertThat(SOURCES.resolve(pkg).resolve("package-info.java")).exists();
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher m = IMPORT.matcher(Files.readString(file));
                    while (m.find()) {
                        String used = m.group(1);
                        if (!used.equals(pkg) && !ALLOWED.get(pkg).contains(used)) {
                            violations.add(pkg + "/" + file.getFileName() + " imports " + used);
                        }
                    }
                }
            }
        }
        assertThat(violations).as("imports against the layers of package-info.java").isEmpty();
    }
}
