package dev.dibs.engine.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dibs.Table;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles real Java sources, as a user's build would (javac, dibs-api on the classpath, its
 * annotation processor discovered there), into a fresh directory the loader can scan.
 */
final class TestCompiler {

    private TestCompiler() {
    }

    /** Where dibs-api's classes are (a directory or a jar). */
    static Path dibsApi() {
        try {
            return Path.of(Table.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code sources} (path relative to the source root → text) under {@code dir/src},
     * compiles them to {@code dir/classes} and returns the classpath to scan.
     */
    static List<Path> compile(Path dir, Map<String, String> sources, String... extraOptions) {
        try {
            Path src = dir.resolve("src");
            Path out = dir.resolve("classes");
            Files.createDirectories(out);
            List<Path> files = new ArrayList<>();
            for (Map.Entry<String, String> e : sources.entrySet()) {
                Path file = src.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue());
                files.add(file);
            }
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            StringWriter diagnostics = new StringWriter();
            try (StandardJavaFileManager fm = javac.getStandardFileManager(null, null, null)) {
                Iterable<? extends JavaFileObject> units = fm.getJavaFileObjectsFromPaths(files);
                List<String> options = new ArrayList<>(List.of("-d", out.toString(), "-classpath", dibsApi().toString(),
                        "-sourcepath", src.toString(), "--release", "17", "-Xlint:-options"));
                options.addAll(List.of(extraOptions));
                boolean ok = javac.getTask(diagnostics, fm, null, options, null, units).call();
                assertThat(ok).as("javac output:%n%s", diagnostics).isTrue();
            }
            return List.of(out, dibsApi());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
